using FluentValidation;
using static Okr.Core.Validation.Tests.Sample;

namespace Okr.Core.Validation.Tests;

public sealed class ValidationResultExtensionTests
{
    private static FluentValidation.Results.ValidationResult Result(params Objective[] objectives) =>
        new OkrPlanValidator(Options).Validate(new OkrPlan(objectives));

    [Fact]
    public void WarningsOnly_NotValidForFluentValidation_ButNoBlockingErrors()
    {
        var result = Result(Objective("o1"));

        Assert.False(result.IsValid);
        Assert.False(result.HasBlockingErrors());
        Assert.Empty(result.BlockingErrors());
        Assert.Contains(result.Warnings(), w => w.ErrorCode == OkrErrorCodes.NoKeyResults && w.Severity == Severity.Warning);
        Assert.Throws<ArgumentException>(() => result.ToProblemDetails());
    }

    [Fact]
    public void ErrorsAndWarnings_ProblemDetailsList422EveryErrorAndWarningWithItem()
    {
        var badRange = KeyResult("k1", new RangeKind(10m, 5m));
        var result = Result(Objective("o1", badRange), Objective("o2"));

        Assert.True(result.HasBlockingErrors());
        var problem = result.ToProblemDetails();

        Assert.Equal(422, problem.Status);
        Assert.Equal("urn:okr:problem:invalid-plan", problem.Type);
        var error = Assert.Single(problem.Errors, e => e.Code == OkrErrorCodes.RangeEmpty);
        Assert.Equal("k1", error.ItemId);
        Assert.StartsWith("Objectives[0].KeyResults[0]", error.Path, StringComparison.Ordinal);
        Assert.Contains(problem.Warnings, w => w.Code == OkrErrorCodes.NoKeyResults && w.ItemId == "o2");
        Assert.Equal(result.BlockingErrors().Length, problem.Errors.Length);
        Assert.Equal(result.Warnings().Length, problem.Warnings.Length);
        Assert.Equal(result.Errors.Count, problem.Errors.Length + problem.Warnings.Length);
        var extensions = problem.ToExtensions();
        Assert.Equal(problem.Errors, extensions["errors"]);
        Assert.Equal(problem.Warnings, extensions["warnings"]);
    }
}
