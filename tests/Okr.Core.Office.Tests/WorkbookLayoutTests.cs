using static Okr.Core.Office.Tests.TestWorkbook;

namespace Okr.Core.Office.Tests;

public sealed class WorkbookLayoutTests
{
    private static readonly Period Q2 = Period.Quarter(2026, 2);

    [Fact]
    public void Read_RowPerKeyResultWithMergedObjectiveAndTitleRows_ReadsKindsValuesAndDates()
    {
        using var stream = new TestWorkbook().Sheet("OKRs")
            .Row(1, Text("A1", "Team OKRs, second quarter"))
            .Row(3, Text("A3", "Objective"), Text("B3", "Key Result"), Text("C3", "Owner"), Text("D3", "Baseline"), Text("E3", "Target"),
                Text("F3", "Actual"), Text("G3", "% Complete"), Text("H3", "Confidence"), Text("I3", "Last updated"), Text("J3", "Quarter"))
            .Row(4, Text("A4", "Grow the user base"), Text("B4", "Weekly active users to 100k"), Text("C4", "Ana"), Number("D4", 20), Number("E4", 100),
                Number("F4", 62), Formula("G4", "(F4-D4)/(E4-D4)", 0.525, PercentStyle), Percent("H4", 0.7), Date("I4", new DateOnly(2026, 5, 18)), Text("J4", "Q2 2026"))
            .Row(5, Text("B5", "Monthly churn down to 2%"), Text("C5", "Ben"), Percent("D5", 0.05), Percent("E5", 0.02), Percent("F5", 0.04),
                Date("I5", new DateOnly(2026, 5, 10)), Text("H5", "5"))
            .Row(6, Text("A6", "Make revenue predictable"), Text("B6", "Pricing survey done"), Percent("G6", 0.4), Text("I6", "2026-05-12"), Text("J6", "2026-Q2"))
            .Merge("A4:A5")
            .ToStream();

        var import = OkrWorkbook.Read(stream, "team.xlsx");

        Assert.Equal(WorkbookLayout.RowPerKeyResult, import.Layout);
        Assert.Equal("OKRs", import.Sheet);
        Assert.Equal(3, import.HeaderRow);
        Assert.Empty(import.Problems);
        var plan = import.Plan;
        Assert.Equal(["o-grow-the-user-base", "o-make-revenue-predictable"], plan.Objectives.Select(o => o.Id));
        Assert.All(plan.Objectives, o => Assert.Equal(Q2, o.Period));
        var wau = plan.FindKeyResult("kr-weekly-active-users-to-100k")!;
        Assert.Equal(KeyResultKind.Increase(20m, 100m), wau.Kind);
        Assert.Equal("Ana", wau.Owner);
        var checkIn = Assert.Single(wau.CheckIns);
        Assert.Equal(62m, checkIn.Value);
        Assert.Equal(new DateOnly(2026, 5, 18), checkIn.Day);
        Assert.Equal(0.7m, checkIn.Confidence);
        var churn = plan.FindKeyResult("kr-monthly-churn-down-to-2")!;
        Assert.Equal(KeyResultKind.Decrease(5m, 2m, MetricUnit.Percent), churn.Kind);
        Assert.Equal(4m, churn.CheckIns.Single().Value);
        Assert.Equal(0.5m, churn.CheckIns.Single().Confidence);
        var survey = plan.FindKeyResult("kr-pricing-survey-done")!;
        Assert.IsType<PercentageKind>(survey.Kind);
        Assert.Equal(40m, survey.CheckIns.Single().Value);
        Assert.Equal(new DateOnly(2026, 5, 12), survey.CheckIns.Single().Day);
        Assert.Equal(0.525m, OkrScorer.Score(plan, new DateOnly(2026, 5, 20))[wau.Id].Progress!.Value.Ratio);
    }

    [Fact]
    public void Read_OutlineByIndentation_AttachesKeyResultsToTheObjectiveAbove()
    {
        using var stream = new TestWorkbook().Sheet("Plan")
            .Row(1, Text("A1", "OKR"), Text("B1", "Owner"), Text("C1", "Target"), Text("D1", "Current"), Text("E1", "Progress"))
            .Row(2, Text("A2", "Launch version 2"), Text("B2", "Product"), Formula("E2", "AVERAGE(E3:E4)", 0.45, PercentStyle))
            .Row(3, Text("A3", "Ship the beta", Indent1Style), Percent("E3", 0.5))
            .Row(4, Text("A4", "Sign pilots", Indent1Style), Number("C4", 10), Number("D4", 4))
            .Row(5, Text("A5", "Build the team"))
            .Row(6, Text("A6", "   Hire engineers"), Number("C6", 3), Number("D6", 1))
            .ToStream();

        var import = OkrWorkbook.Read(stream, "plan.xlsx", new WorkbookReadOptions { Period = Q2, CheckInDate = new DateOnly(2026, 5, 20) });

        Assert.Equal(WorkbookLayout.OutlineByIndent, import.Layout);
        Assert.Empty(import.Problems);
        var plan = import.Plan;
        Assert.Equal(["Launch version 2", "Build the team"], plan.Objectives.Select(o => o.Title));
        Assert.Equal("Product", plan.Objectives[0].Owner);
        Assert.Equal(["Ship the beta", "Sign pilots"], plan.Objectives[0].KeyResults.Select(k => k.Title));
        Assert.Equal(LinearKind.Reach(10m), plan.Objectives[0].KeyResults[1].Kind);
        Assert.Equal("Hire engineers", Assert.Single(plan.Objectives[1].KeyResults).Title);
        Assert.Equal(new DateOnly(2026, 5, 20), plan.Objectives[0].KeyResults[0].CheckIns.Single().Day);
    }

    [Fact]
    public void Read_OutlineByTypeColumnWithOutlineLevels_ReadsIdsAndStatuses()
    {
        using var stream = new TestWorkbook().Sheet("Scorecard")
            .Row(1, Text("A1", "Type"), Text("B1", "Id"), Text("C1", "Title"), Text("D1", "Target"), Text("E1", "Current"), Text("F1", "Status"), Text("G1", "Updated"), Text("H1", "Period"))
            .Row(2, Text("A2", "Objective"), Text("B2", "o-1"), Text("C2", "Delight customers"), Text("H2", "Q2-2026"))
            .OutlinedRow(3, 1, Text("A3", "KR"), Text("B3", "kr-nps"), Text("C3", "Raise NPS", Indent1Style), Number("D3", 50), Number("E3", 30), Text("F3", "Off track"), Date("G3", new DateOnly(2026, 5, 1)))
            .OutlinedRow(4, 1, Text("A4", "Key result"), Text("B4", "kr-tickets"), Text("C4", "Answer tickets within a day", Indent1Style), Percent("D4", 0.9), Percent("E4", 0.8), Text("F4", "amber"), Date("G4", new DateOnly(2026, 5, 2)))
            .ToStream();

        var import = OkrWorkbook.Read(stream, "scorecard.xlsx");

        Assert.Equal(WorkbookLayout.OutlineByType, import.Layout);
        Assert.Empty(import.Problems);
        var objective = Assert.Single(import.Plan.Objectives);
        Assert.Equal("o-1", objective.Id);
        Assert.Equal(["kr-nps", "kr-tickets"], objective.KeyResults.Select(k => k.Id));
        Assert.Equal(OkrStatus.AtRisk, objective.KeyResults[0].CheckIns.Single().Status);
        Assert.Equal(OkrStatus.Behind, objective.KeyResults[1].CheckIns.Single().Status);
        Assert.Equal(LinearKind.Reach(90m, MetricUnit.Percent), objective.KeyResults[1].Kind);
        Assert.Equal(80m, objective.KeyResults[1].CheckIns.Single().Value);
    }

    [Fact]
    public void Read_ProgressFormulaWithoutCachedValue_IsDerivedFromStartTargetAndCurrentOrReported()
    {
        using var stream = new TestWorkbook().Sheet("OKRs")
            .Row(1, Text("A1", "Objective"), Text("B1", "KR"), Text("C1", "Start"), Text("D1", "Target"), Text("E1", "Current"), Text("F1", "Progress"))
            .Row(2, Text("A2", "Be faster"), Text("B2", "Cut build time"), Number("C2", 30), Number("D2", 10), Number("E2", 20), Formula("F2", "(E2-C2)/(D2-C2)", null, PercentStyle))
            .Row(3, Text("B3", "Faster reviews"), Formula("F3", "G3/H3", null, PercentStyle))
            .ToStream();

        var import = OkrWorkbook.Read(stream, "speed.xlsx", new WorkbookReadOptions { Period = Q2, CheckInDate = new DateOnly(2026, 5, 20) });

        var keyResult = Assert.Single(import.Plan.KeyResults);
        Assert.Equal(KeyResultKind.Decrease(30m, 10m), keyResult.Kind);
        Assert.Equal(0.5m, OkrScorer.Score(import.Plan, new DateOnly(2026, 5, 20))[keyResult.Id].Progress!.Value.Ratio);
        var problem = Assert.Single(import.Problems);
        Assert.Equal(("OKRs", "F3", WorkbookProblemSeverity.Error), (problem.Sheet, problem.Cell, problem.Severity));
        Assert.Contains("no calculated value", problem.Problem);
        Assert.Equal(1, import.RowsSkipped);
    }

    [Fact]
    public void Read_WithColumnMap_UsesTheCallersHeadersAndLetters()
    {
        using var stream = new TestWorkbook().Sheet("Aims")
            .Row(1, Text("A1", "Our aims"), Text("B1", "Measures"), Text("C1", "Now"), Text("D1", "Where we want to be"))
            .Row(2, Text("A2", "Quiet on-call"), Text("B2", "Pages per week"), Number("C2", 12), Number("D2", 3))
            .ToStream();
        var map = ImmutableDictionary<WorkbookField, string>.Empty
            .Add(WorkbookField.Objective, "Our aims").Add(WorkbookField.KeyResult, "measures").Add(WorkbookField.Current, "Now").Add(WorkbookField.Target, "D");

        var import = OkrWorkbook.Read(stream, "aims.xlsx", new WorkbookReadOptions { ColumnMap = map, Period = Q2, CheckInDate = new DateOnly(2026, 5, 20) });

        var keyResult = Assert.Single(import.Plan.KeyResults);
        Assert.Equal(LinearKind.Reach(3m), keyResult.Kind);
        Assert.True(keyResult.CheckIns.Length == 1, string.Join("; ", import.Problems) + " cols " + string.Join(",", import.Columns));
        Assert.Equal(12m, keyResult.CheckIns.Single().Value);
        Assert.Equal("D", import.Columns[WorkbookField.Target]);
    }

    [Fact]
    public void Read_BadCells_AreReportedInA1NotationAndTheRestIsRead()
    {
        using var stream = new TestWorkbook().Sheet("OKRs")
            .Row(1, Text("A1", "Objective"), Text("B1", "Key result"), Text("C1", "Target"), Text("D1", "Current"), Text("E1", "Status"), Text("F1", "Due"))
            .Row(2, Text("A2", "Win deals"), Text("B2", "Close deals"), Text("C2", "lots"), Number("D2", 3))
            .Row(3, Text("B3", "Book demos"), Number("C3", 40), Number("D3", 12), Text("E3", "purple"), Text("F3", "someday"))
            .Row(4, Text("C4", "99"))
            .ToStream();

        var import = OkrWorkbook.Read(stream, "deals.xlsx", new WorkbookReadOptions { Period = Q2, CheckInDate = new DateOnly(2026, 5, 20) });

        Assert.Equal(["Book demos"], import.Plan.KeyResults.Select(k => k.Title));
        Assert.Equal(3, import.RowsRead);
        Assert.Equal(2, import.RowsSkipped);
        Assert.Equal(
            ["'OKRs'!C2: error", "'OKRs'!F3: warning", "'OKRs'!E3: warning", "'OKRs'!B4: error"],
            import.Problems.Select(p => $"'{p.Sheet}'!{p.Cell}: {(p.Severity == WorkbookProblemSeverity.Error ? "error" : "warning")}"));
        Assert.Contains("'lots' is not a number", import.Problems[0].Problem);
    }

    [Fact]
    public void Read_SameWorkbookTwice_GivesTheSameIds()
    {
        static OkrPlan ReadOnce()
        {
            using var stream = new TestWorkbook().Sheet("OKRs")
                .Row(1, Text("A1", "Objective"), Text("B1", "Key result"), Text("C1", "Progress"))
                .Row(2, Text("A2", "Ship it"), Text("B2", "Beta out"), Percent("C2", 0.2))
                .Row(3, Text("B3", "Beta out"), Percent("C3", 0.3))
                .Row(4, Text("A4", "Ünïcode ◆ title"), Text("B4", "日本語"), Percent("C4", 0.1))
                .ToStream();
            return OkrWorkbook.Read(stream, "ids.xlsx", new WorkbookReadOptions { Period = Q2, CheckInDate = new DateOnly(2026, 5, 20) }).Plan;
        }

        var first = ReadOnce();
        Assert.Equal(first.KeyResults.Select(k => k.Id), ReadOnce().KeyResults.Select(k => k.Id));
        Assert.Equal(["kr-beta-out", "kr-beta-out-2"], first.KeyResults.Take(2).Select(k => k.Id));
        Assert.Equal("o-unicode-title", first.Objectives[1].Id);
        Assert.StartsWith("kr-", first.KeyResults.Last().Id);
    }
}
