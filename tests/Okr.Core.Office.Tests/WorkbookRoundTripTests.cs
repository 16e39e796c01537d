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
        foreach (var item in plan.KeyResults.Select(k => k.Id).Concat(plan.Objectives.Select(o => o.Id)))
        {
            var expected = before[item];
            var actual = after[item];
            Assert.True(expected.Progress == actual.Progress, $"{item}: progress {expected.Progress} became {actual.Progress} ({plan.FindKeyResult(item)?.Kind})");
            Assert.True(expected.Status == actual.Status, $"{item}: status {expected.Status} became {actual.Status} ({plan.FindKeyResult(item)?.Kind}, {import.Plan.FindKeyResult(item)?.Kind}, {import.Plan.FindKeyResult(item)?.CheckIns.Length})");
            Assert.True(expected.Score.Value == actual.Score.Value, $"{item}: score {expected.Score.Value} became {actual.Score.Value}");
        }
    }

    [Fact]
    public void Read_WrittenWorkbook_KeepsCarriedKindsAndCheckIns()
    {
        var plan = CompanyPlanGenerator.Generate(600, 3);
        using var stream = new MemoryStream();
        OkrWorkbook.Write(OkrScorer.Score(plan, CompanyPlanGenerator.AsOf), stream);
        stream.Position = 0;

        var read = OkrWorkbook.Read(stream, "plan.xlsx").Plan;

        foreach (var keyResult in plan.KeyResults.Where(k => k.Kind is LinearKind or PercentageKind or BinaryKind))
        {
            var back = read.FindKeyResult(keyResult.Id)!;
            Assert.Equal(keyResult.Kind, back.Kind);
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
}
