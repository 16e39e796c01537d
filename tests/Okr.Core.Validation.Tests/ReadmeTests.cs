using FluentValidation;

namespace Okr.Core.Validation.Tests;

/// <summary>The README's quick start, compiled and run.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void QuickStart_PlanWithProblems_ListsThem()
    {
        var plan = new OkrPlan([Sample.Objective("o1", Sample.KeyResult("k1", new RangeKind(5m, 1m))) with { Owner = null }]);
        var lines = new List<string>();
        var console = new StringWriter();

        // begin-snippet: validate
        var options = new PlanValidationOptions { Clock = TimeProvider.System, RequireOwners = true };
        var result = new OkrPlanValidator(options).Validate(plan);
        foreach (var failure in result.Errors)
        {
            console.WriteLine($"{failure.Severity} {failure.ErrorCode} at {failure.PropertyName}: {failure.ErrorMessage}");
        }
        // end-snippet

        lines.AddRange(console.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));

        Assert.Contains("Error okr.owner.missing at Objectives[0].Owner: Objective 'o1' has no owner; this plan requires one for every objective and key result.", lines);
        Assert.Contains(lines, l => l.StartsWith("Error okr.kr.range-empty at Objectives[0].KeyResults[0].Kind.Upper: Key result 'k1'", StringComparison.Ordinal));
        Assert.False(new ObjectiveSetValidator(options).Validate(plan.Objectives).IsValid);
    }
}
