using Okr.Core.Testing;

namespace Okr.Core.Office.Tests;

public sealed class WorkbookRoundTripTests
{
    [Fact]
    public void Write_GeneratedPlan_PassesTheValidator()
    {
        var scorecard = OkrScorer.Score(CompanyPlanGenerator.Generate(400), CompanyPlanGenerator.AsOf);
        using var stream = new MemoryStream();
        OkrWorkbook.Write(scorecard, stream);
        OfficeValidation.AssertValidWorkbook(stream);
    }

    [Theory]
    [InlineData(200, 1)]
    [InlineData(1000, 7)]
    [InlineData(3000, 42)]
    public void Read_WrittenWorkbook_ScoresTheSame(int items, int seed)
    {
        var plan = CompanyPlanGenerator.Generate(items, seed);
        var before = OkrScorer.Score(plan, CompanyPlanGenerator.AsOf);
        using var stream = new MemoryStream();
        OkrWorkbook.Write(before, stream);
        stream.Position = 0;

        var import = OkrWorkbook.Read(stream, "plan.xlsx");
        var after = OkrScorer.Score(import.Plan, CompanyPlanGenerator.AsOf);

        Assert.Equal(WorkbookLayout.OutlineByType, import.Layout);
        Assert.Equal(plan.Objectives.Length, import.Plan.Objectives.Length);
        Assert.Equal(plan.KeyResults.Count(), import.Plan.KeyResults.Count());
        Assert.Equal(plan.Initiatives.Count(), import.Plan.Initiatives.Count());
        Assert.Equal(plan.WorkItems.Count(), import.Plan.WorkItems.Count());
        foreach (var item in plan.KeyResults.Select(k => k.Id).Concat(plan.Objectives.Select(o => o.Id)).Concat(plan.Initiatives.Select(i => i.Id)))
        {
            var expected = before[item];
            var actual = after[item];
            Assert.True(expected.Progress == actual.Progress, $"{item}: progress {expected.Progress} became {actual.Progress} ({plan.FindKeyResult(item)?.Kind})");
            Assert.True(expected.Status == actual.Status, $"{item}: status {expected.Status} became {actual.Status} ({plan.FindKeyResult(item)?.Kind}, {import.Plan.FindKeyResult(item)?.Kind}, {import.Plan.FindKeyResult(item)?.CheckIns.Length})");
            Assert.True(expected.Score.Value == actual.Score.Value, $"{item}: score {expected.Score.Value} became {actual.Score.Value}");
        }
    }

    [Fact]
    public void Read_WrittenWorkbook_KeepsCarriedKindsCheckInsAndWork()
    {
        var plan = CompanyPlanGenerator.Generate(600, 3);
        using var stream = new MemoryStream();
        OkrWorkbook.Write(OkrScorer.Score(plan, CompanyPlanGenerator.AsOf), stream);
        stream.Position = 0;

        var read = OkrWorkbook.Read(stream, "plan.xlsx").Plan;

        Assert.Contains(plan.KeyResults, k => k.Kind is ActivityKind);
        foreach (var keyResult in plan.KeyResults.Where(k => k.Kind is LinearKind or PercentageKind or BinaryKind or ActivityKind))
        {
            var back = read.FindKeyResult(keyResult.Id)!;
            Assert.Equal(keyResult.Kind, back.Kind);
            Assert.Equal(keyResult.Initiatives.AsEnumerable(), back.Initiatives.AsEnumerable());
            Assert.Equal(keyResult.CheckIns.AsEnumerable(), back.CheckIns.AsEnumerable());
            Assert.Equal(keyResult.Contributes, back.Contributes);
            Assert.Equal(keyResult.Title, back.Title);
            Assert.Equal(keyResult.Weight, back.Weight);
        }

        foreach (var objective in plan.Objectives)
        {
            var back = read.FindObjective(objective.Id)!;
            Assert.Equal(objective.Title, back.Title);
            Assert.Equal(objective.Alignment, back.Alignment);
            Assert.Equal(objective.Period, back.Period);
            Assert.Equal(objective.Weight, back.Weight);
            Assert.Equal(objective.Contributes, back.Contributes);
        }
    }

    [Fact]
    public void Write_ToForwardOnlyStream_IsAValidWorkbookThatReadsBack()
    {
        var scorecard = OkrScorer.Score(SamplePlans.TwoObjectives(), SamplePlans.AsOf);
        using var sink = new WriteOnlyStream();
        OkrWorkbook.Write(scorecard, sink);

        using var written = new MemoryStream(sink.ToArray());
        OfficeValidation.AssertValidWorkbook(written);
        written.Position = 0;
        var read = OkrWorkbook.Read(written, "scorecard.xlsx").Plan;
        Assert.Equal(scorecard.Plan.KeyResults.Select(k => k.Id), read.KeyResults.Select(k => k.Id));
    }

    [Fact]
    public void Write_TextXmlCannotHold_LeavesOutOnlyThoseCharacters()
    {
        var plan = SamplePlans.TwoObjectives();
        var objective = plan.Objectives[0] with { Title = "Grow\u0001 the \uD83D\uDE80 user base\uD800" };
        plan = new OkrPlan([objective, plan.Objectives[1]]);
        using var stream = new MemoryStream();
        OkrWorkbook.Write(OkrScorer.Score(plan, SamplePlans.AsOf), stream);

        OfficeValidation.AssertValidWorkbook(stream);
        stream.Position = 0;
        Assert.Equal("Grow the \uD83D\uDE80 user base", OkrWorkbook.Read(stream, "scorecard.xlsx").Plan.Objectives[0].Title);
    }

    [Theory]
    [InlineData(ActivityMethod.DoneShare, null)]
    [InlineData(ActivityMethod.EffortWeighted, null)]
    [InlineData(ActivityMethod.DoneCount, 3)]
    [InlineData(ActivityMethod.MeanCompletion, null)]
    public void Read_WrittenWorkbook_KeepsEachActivityMethodAndItsWork(ActivityMethod method, int? targetCount)
    {
        var initiative = new Initiative
        {
            Id = "i-onboarding", Title = "Rebuild onboarding", Owner = "Ana", Start = new DateOnly(2026, 4, 6), Due = new DateOnly(2026, 6, 12),
            Weight = ContributionWeight.Times(2m),
            WorkItems =
            [
                new WorkItem { Id = "t-1", Title = "Design", State = WorkItemState.Done, CompletedOn = new DateOnly(2026, 4, 30), Effort = 5m, Assignee = "Ana" },
                new WorkItem { Id = "t-2", Title = "Build", State = WorkItemState.InProgress, PercentComplete = 40m, Effort = 8m, DependsOn = ["t-1"] },
                new WorkItem { Id = "t-3", Title = "Launch", State = WorkItemState.Done, CompletedOn = new DateOnly(2026, 6, 1), DependsOn = ["t-1", "t-2"] },
                new WorkItem { Id = "t-4", Title = "Old plan", State = WorkItemState.Cancelled },
            ],
        };
        var plan = new OkrPlan(
        [
            new Objective
            {
                Id = "o-1", Title = "Onboard faster", Period = Period.Quarter(2026, 2),
                KeyResults =
                [
                    new KeyResult { Id = "kr-1", Title = "Onboarding work done", Kind = new ActivityKind(method, targetCount), Initiatives = [initiative] },
                    new KeyResult
                    {
                        Id = "kr-2", Title = "Docs", Kind = new PercentageKind(),
                        Initiatives = [new Initiative { Id = "i-docs", Title = "Write docs", PercentComplete = 30m, Contributes = false }],
                    },
                ],
            },
        ]);
        var before = OkrScorer.Score(plan, SamplePlans.AsOf);
        using var stream = new MemoryStream();
        OkrWorkbook.Write(before, stream);
        OfficeValidation.AssertValidWorkbook(stream);
        stream.Position = 0;

        var import = OkrWorkbook.Read(stream, "plan.xlsx");
        var after = OkrScorer.Score(import.Plan, SamplePlans.AsOf);

        Assert.Empty(import.Problems);
        Assert.Equal(plan.Objectives[0].KeyResults[0], import.Plan.Objectives[0].KeyResults[0]);
        Assert.Equal(plan.Objectives[0].KeyResults[1].Initiatives[0], import.Plan.Objectives[0].KeyResults[1].Initiatives[0]);
        Assert.NotNull(before["kr-1"].Progress);
        foreach (string id in new[] { "o-1", "kr-1", "kr-2", "i-onboarding", "i-docs" })
        {
            Assert.Equal(before[id].Progress, after[id].Progress);
            Assert.Equal(before[id].Status, after[id].Status);
        }
    }

    [Fact]
    public void Read_ActivityKindWithoutInitiativesSheet_IsReadFromItsProgress()
    {
        var workbook = new TestWorkbook().Sheet("OKRs")
            .Row(1, TestWorkbook.Text("A1", "Objective"), TestWorkbook.Text("B1", "Key result"), TestWorkbook.Text("C1", "Progress"), TestWorkbook.Text("D1", "Kind"))
            .Row(2, TestWorkbook.Text("A2", "Ship it"), TestWorkbook.Text("B2", "Beta out"), TestWorkbook.Percent("C2", 0.25), TestWorkbook.Text("D2", "activity"))
            .ToStream();

        var import = OkrWorkbook.Read(workbook, "okrs.xlsx", new WorkbookReadOptions { Period = Period.Quarter(2026, 2), CheckInDate = SamplePlans.AsOf });

        var keyResult = Assert.Single(import.Plan.KeyResults);
        Assert.IsType<PercentageKind>(keyResult.Kind);
        Assert.Equal(25m, Assert.Single(keyResult.CheckIns).Value);
    }

    private sealed class WriteOnlyStream : MemoryStream
    {
        public override bool CanSeek => false;

        public override bool CanRead => false;
    }
}
