using Okr.Core.Scoring;
using Okr.Core.Tests.Support;
using static Okr.Core.Tests.Support.Plans;

namespace Okr.Core.Tests.Model;

public class OkrPlanTests
{
    [Fact]
    public void Constructor_DuplicateIdAcrossKinds_ThrowsNamingTheId()
    {
        var objective = Objective("same", KrAt("same", 10m));
        var ex = Assert.Throws<InvalidPlanException>(() => Plan(objective));
        Assert.Equal(PlanProblem.DuplicateId, ex.Problem);
        Assert.Equal(["same"], ex.ItemIds.ToArray());
        Assert.Contains("'same'", ex.Message);
    }

    [Fact]
    public void Constructor_AlignmentToMissingObjective_ThrowsDanglingReference()
    {
        var objective = Objective("o") with { Alignment = Alignment.ToObjective("ghost") };
        var ex = Assert.Throws<InvalidPlanException>(() => Plan(objective));
        Assert.Equal(PlanProblem.DanglingReference, ex.Problem);
        Assert.Equal(["o", "ghost"], ex.ItemIds.ToArray());
    }

    [Fact]
    public void Constructor_AlignmentToKeyResultIdThatIsAnObjective_ThrowsDanglingReference()
    {
        var a = Objective("a");
        var b = Objective("b") with { Alignment = Alignment.ToKeyResult("a") };
        Assert.Equal(PlanProblem.DanglingReference, Assert.Throws<InvalidPlanException>(() => Plan(a, b)).Problem);
    }

    [Fact]
    public void Constructor_MissingWorkItemDependency_ThrowsDanglingReference()
    {
        var item = new WorkItem { Id = "t1", Title = "T1", DependsOn = ["t0"] };
        var kr = KrAt("kr", 0m) with { Initiatives = [new Initiative { Id = "i", Title = "I", WorkItems = [item] }] };
        var ex = Assert.Throws<InvalidPlanException>(() => Plan(Objective("o", kr)));
        Assert.Equal(PlanProblem.DanglingReference, ex.Problem);
        Assert.Contains("t0", ex.ItemIds);
    }

    [Fact]
    public void Constructor_AlignmentCycle_ThrowsWithTheCyclePath()
    {
        var a = Objective("a") with { Alignment = Alignment.ToObjective("c") };
        var b = Objective("b") with { Alignment = Alignment.ToObjective("a") };
        var c = Objective("c") with { Alignment = Alignment.ToObjective("b") };
        var ex = Assert.Throws<InvalidPlanException>(() => Plan(a, b, c));
        Assert.Equal(PlanProblem.AlignmentCycle, ex.Problem);
        Assert.Equal(4, ex.ItemIds.Length);
        Assert.Equal(ex.ItemIds[0], ex.ItemIds[^1]);
        Assert.Equal(["a", "b", "c"], ex.ItemIds.Take(3).Order());
        Assert.Contains("->", ex.Message);
    }

    [Fact]
    public void Constructor_CycleThroughKeyResultAlignment_IsDetected()
    {
        // o2 is aligned to o1's key result, and o1 is aligned to o2.
        var o1 = Objective("o1", KrAt("kr1", 0m)) with { Alignment = Alignment.ToObjective("o2") };
        var o2 = Objective("o2") with { Alignment = Alignment.ToKeyResult("kr1") };
        Assert.Equal(PlanProblem.AlignmentCycle, Assert.Throws<InvalidPlanException>(() => Plan(o1, o2)).Problem);
    }

    [Fact]
    public void Constructor_SelfAlignment_IsACycle()
    {
        var a = Objective("a") with { Alignment = Alignment.ToObjective("a") };
        var ex = Assert.Throws<InvalidPlanException>(() => Plan(a));
        Assert.Equal(["a", "a"], ex.ItemIds.ToArray());
    }

    [Fact]
    public void Constructor_NullObjectives_ThrowsWithParameterName()
    {
        Assert.Equal("objectives", Assert.Throws<ArgumentNullException>(() => new OkrPlan(null!)).ParamName);
        Assert.Equal("objectives", Assert.Throws<ArgumentException>(() => new OkrPlan([null!])).ParamName);
    }

    [Fact]
    public void AddCheckIn_ReturnsNewPlanAndKeepsTheOld()
    {
        var plan = Plan(Objective("o", KrAt("kr", 10m)));
        var updated = plan.AddCheckIn("kr", CheckIn(20m, new DateOnly(2026, 5, 1)));
        Assert.Single(plan.FindKeyResult("kr")!.CheckIns);
        Assert.Equal(2, updated.FindKeyResult("kr")!.CheckIns.Length);
        Assert.Throws<KeyNotFoundException>(() => plan.AddCheckIn("nope", CheckIn(1m)));
    }

    [Fact]
    public void Find_ByIdOfEveryKind_ReturnsTheItem()
    {
        var item = new WorkItem { Id = "t", Title = "T" };
        var kr = KrAt("kr", 0m) with { Initiatives = [new Initiative { Id = "i", Title = "I", WorkItems = [item] }] };
        var plan = Plan(Objective("o", kr));
        Assert.Equal(4, plan.ItemCount);
        Assert.Equal(OkrItemKind.WorkItem, plan.ItemKindOf("t"));
        Assert.Same(item, plan.FindWorkItem("t"));
        Assert.Equal("i", plan.FindInitiative("i")!.Id);
        Assert.Equal("kr", plan.FindOwningKeyResult("t")!.Id);
        Assert.Equal("o", plan.FindOwningObjective("t")!.Id);
        Assert.Null(plan.FindKeyResult("o"));
        Assert.Null(plan.ItemKindOf("missing"));
    }

    [Fact]
    public void Equals_StructurallyEqualPlans_AreEqual()
    {
        OkrPlan Build() => Plan(Objective("o", KrAt("kr", 10m) with { Weight = ContributionWeight.Times(2m) }));
        Assert.Equal(Build(), Build());
        Assert.Equal(Build().GetHashCode(), Build().GetHashCode());
        Assert.NotEqual(Build(), Build().AddCheckIn("kr", CheckIn(1m)));
    }

    [Fact]
    public void Constructor_DeepAlignmentChainOf100000_BuildsAndScoresWithoutStackOverflow()
    {
        const int depth = 100_000;
        var objectives = new Objective[depth];
        for (int i = 0; i < depth; i++)
        {
            var keyResults = i == depth - 1 ? ImmutableArray.Create(KrAt("kr", 50m)) : ImmutableArray<KeyResult>.Empty;
            objectives[i] = new Objective
            {
                Id = "o" + i,
                Title = "O",
                Period = Q2,
                KeyResults = keyResults,
                Alignment = i == 0 ? Alignment.None : Alignment.ToObjective("o" + (i - 1)),
            };
        }

        var scorecard = OkrScorer.Score(new OkrPlan(objectives), MidQ2);
        Assert.Equal(0.5m, scorecard["o0"].Ratio());
        Assert.Equal(0.5m, scorecard["o" + (depth - 1)].Ratio());
    }

    [Fact]
    public void Score_WidePlanOfAMillionItems_Scores()
    {
        // 1 objective, 1,000 activity key results, each with one initiative of 998 work items: 1,000,000 items.
        var keyResults = new KeyResult[1000];
        for (int k = 0; k < keyResults.Length; k++)
        {
            var items = new WorkItem[998];
            for (int w = 0; w < items.Length; w++)
            {
                items[w] = new WorkItem { Id = $"t{k}-{w}", Title = "T", State = w % 2 == 0 ? WorkItemState.Done : WorkItemState.NotStarted };
            }

            keyResults[k] = new KeyResult
            {
                Id = "kr" + k,
                Title = "KR",
                Kind = new ActivityKind(),
                Initiatives = [new Initiative { Id = "i" + k, Title = "I", WorkItems = [.. items] }],
            };
        }

        var plan = new OkrPlan([new Objective { Id = "o", Title = "O", Period = Q2, KeyResults = [.. keyResults] }]);
        Assert.True(plan.ItemCount >= 1_000_000);
        var scorecard = OkrScorer.Score(plan, MidQ2);
        Assert.Equal(0.5m, scorecard["o"].Ratio());
    }
}
