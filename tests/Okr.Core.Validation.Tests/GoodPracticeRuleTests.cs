using FluentValidation;
using static Okr.Core.Validation.Tests.Sample;

namespace Okr.Core.Validation.Tests;

public sealed class GoodPracticeRuleTests
{
    private static KeyResult[] KeyResults(int count) => Enumerable.Range(1, count).Select(i => KeyResult("k" + i)).ToArray();

    [Fact]
    public void TooManyKeyResults_Five_NotReported() => AssertNone(Validate(Objective("o1", KeyResults(5))), OkrErrorCodes.TooManyKeyResults);

    [Fact]
    public void TooManyKeyResults_Six_ReportedAsWarningAtKeyResults() =>
        AssertOne(Validate(Objective("o1", KeyResults(6))), OkrErrorCodes.TooManyKeyResults, "Objectives[0].KeyResults", Severity.Warning);

    [Fact]
    public void TooManyKeyResults_LimitFromOptions_Applies() =>
        AssertOne(Validate([Objective("o1", KeyResults(3))], Options with { MaxKeyResultsPerObjective = 2 }), OkrErrorCodes.TooManyKeyResults, "Objectives[0].KeyResults", Severity.Warning);

    [Fact]
    public void NoKeyResults_OneKeyResult_NotReported() => AssertNone(Validate(Objective("o1", KeyResults(1))), OkrErrorCodes.NoKeyResults);

    [Fact]
    public void NoKeyResults_None_ReportedAsWarning() =>
        AssertOne(Validate(Objective("o1")), OkrErrorCodes.NoKeyResults, "Objectives[0].KeyResults", Severity.Warning);

    [Fact]
    public void AspirationalFullScore_CommittedAtOne_NotReported() =>
        AssertNone(Validate(Objective("o1", KeyResults(1)) with { ScoreOverride = new ScoreOverride(1m, "done", "ann", InQuarter) }), OkrErrorCodes.AspirationalFullScore);

    [Fact]
    public void AspirationalFullScore_AspirationalAtOne_ReportedAsWarning()
    {
        var objective = Objective("o1", KeyResults(1)) with { Type = ObjectiveType.Aspirational, ScoreOverride = new ScoreOverride(1m, "done", "ann", InQuarter) };
        AssertOne(Validate(objective), OkrErrorCodes.AspirationalFullScore, "Objectives[0].ScoreOverride", Severity.Warning);
    }
}
