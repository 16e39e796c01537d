using Okr.Core.Scoring;
using static Okr.Core.Tests.Support.Plans;

namespace Okr.Core.Tests.Model;

public class PlanCarryOverTests
{
    private static readonly Period Q3 = Period.Quarter(2026, 3);

    [Fact]
    public void C19_CarryOverRestartsMetricFromCurrentValue()
    {
        // Viva Goals: a KPI "publish 10 blogs" with 5 published, carried over: the next period starts at 5, target 10.
        var plan = Plan(Objective("o", Kr("blogs", KeyResultKind.Reach(10m), 2m, 5m)));

        var next = plan.CarryOver(Q3);

        var blogs = next.FindKeyResult("blogs")!;
        var kind = Assert.IsType<LinearKind>(blogs.Kind);
        Assert.Equal(5m, kind.Start);
        Assert.Equal(10m, kind.Target);
        var opening = Assert.Single(blogs.CheckIns);
        Assert.Equal(5m, opening.Value);
        Assert.Equal(Q3.Start, opening.Day);
        var scored = OkrScorer.Score(next, Q3.Start)["blogs"];
        Assert.Equal(5m, scored.Value);
        Assert.Equal(0m, scored.Progress!.Value.Ratio);
    }

    [Fact]
    public void CarryOver_Percentage_RestartsFromZero()
    {
        var plan = Plan(Objective("o", KrAt("pct", 60m)));

        var carried = plan.CarryOver(Q3).FindKeyResult("pct")!;

        Assert.IsType<PercentageKind>(carried.Kind);
        Assert.Equal(0m, Assert.Single(carried.CheckIns).Value);
    }

    [Fact]
    public void CarryOver_Decrease_RestartsFromCurrentValue()
    {
        var plan = Plan(Objective("o", Kr("bugs", KeyResultKind.Decrease(8m, 2m), 7m, 5m)));

        var kind = Assert.IsType<LinearKind>(plan.CarryOver(Q3).FindKeyResult("bugs")!.Kind);

        Assert.Equal(LinearDirection.Decrease, kind.Direction);
        Assert.Equal(5m, kind.Start);
        Assert.Equal(2m, kind.Target);
    }

    [Fact]
    public void CarryOver_IncreasePastTarget_StartsAtTarget()
    {
        var plan = Plan(Objective("o", Kr("arr", KeyResultKind.Increase(10m, 20m), 25m)));

        var carried = plan.CarryOver(Q3).FindKeyResult("arr")!;

        var kind = Assert.IsType<LinearKind>(carried.Kind);
        Assert.Equal(20m, kind.Start);
        Assert.Equal(25m, Assert.Single(carried.CheckIns).Value);
    }

    [Fact]
    public void CarryOver_NoCheckIn_KeepsKindAndHasNoCheckIn()
    {
        var plan = Plan(Objective("o", Kr("new", KeyResultKind.Reach(3m))));

        var carried = plan.CarryOver(Q3).FindKeyResult("new")!;

        Assert.Equal(KeyResultKind.Reach(3m), carried.Kind);
        Assert.Empty(carried.CheckIns);
    }

    [Fact]
    public void CarryOver_CheckInAfterOldPeriod_IsNotTheCurrentValue()
    {
        var kr = Kr("k", KeyResultKind.Reach(10m), 4m)
            .AddCheckIn(new CheckIn(At(new DateOnly(2026, 7, 3)), 9m));
        var plan = Plan(Objective("o", kr));

        var kind = Assert.IsType<LinearKind>(plan.CarryOver(Q3).FindKeyResult("k")!.Kind);

        Assert.Equal(4m, kind.Start);
    }

    [Fact]
    public void CarryOver_ControlKpi_StartsWithoutCheckIns()
    {
        var plan = Plan(Objective("o", Kr("kpi", new ControlKpiKind(ControlKpiDirection.AtLeast, 5m, 12), 4m, 6m)));

        var carried = plan.CarryOver(Q3).FindKeyResult("kpi")!;

        Assert.IsType<ControlKpiKind>(carried.Kind);
        Assert.Empty(carried.CheckIns);
    }

    [Fact]
    public void CarryOver_KeepsIdsStructureAlignmentWorkAndScoring()
    {
        var task = new WorkItem { Id = "t1", Title = "Research", State = WorkItemState.Done, Effort = 3m };
        var initiative = new Initiative { Id = "i1", Title = "Benchmark", WorkItems = [task], Weight = ContributionWeight.Times(2m) };
        var parent = Objective("parent", Kr("kr-p", KeyResultKind.Increase(0m, 100m), 40m) with
        {
            Owner = "CEO",
            Weight = ContributionWeight.FixedShare(50m),
            Initiatives = [initiative],
            PhasedTargets = [new PhasedTarget(new DateOnly(2026, 5, 1), 30m)],
        }) with { ScoreOverride = new ScoreOverride(0.3m, "declined", "ceo", At(Q2.End)), ClosedOn = Q2.End };
        var child = Objective("child", KrAt("kr-c", 10m)) with { Alignment = Alignment.ToKeyResult("kr-p"), Owner = "Mei" };
        var scoring = ScoringConfiguration.Default with { Rollup = new MeanRollup() };
        var plan = new OkrPlan([parent, child], scoring);

        var next = plan.CarryOver(Q3);

        Assert.Equal(plan.ItemCount, next.ItemCount);
        Assert.All(next.Objectives, o => Assert.Equal(Q3, o.Period));
        Assert.Equal(scoring, next.Scoring);
        var carriedParent = next.FindObjective("parent")!;
        Assert.Null(carriedParent.ClosedOn);
        Assert.Null(carriedParent.ScoreOverride);
        var carriedKr = next.FindKeyResult("kr-p")!;
        Assert.Equal("CEO", carriedKr.Owner);
        Assert.Equal(ContributionWeight.FixedShare(50m), carriedKr.Weight);
        Assert.Equal(initiative, Assert.Single(carriedKr.Initiatives));
        Assert.Empty(carriedKr.PhasedTargets);
        Assert.Equal(Alignment.ToKeyResult("kr-p"), next.FindObjective("child")!.Alignment);
        Assert.Equal("Mei", next.FindObjective("child")!.Owner);
    }

    [Fact]
    public void CarryOver_NullPlan_Throws()
    {
        Assert.Throws<ArgumentNullException>("plan", () => PlanCarryOver.CarryOver(null!, Q3));
    }
}
