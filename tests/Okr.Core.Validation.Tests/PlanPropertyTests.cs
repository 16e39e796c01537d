using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Okr.Core.Validation.Tests;

public sealed class PlanPropertyTests
{
    [Property(MaxTest = 200)]
    public Property Validate_GeneratedValidPlan_HasNoErrors() =>
        Prop.ForAll(Arb.From(PlanGenerator.Shapes()), shape =>
        {
            var objectives = PlanGenerator.Build(shape.Seed, shape.Size);
            var plan = new OkrPlan(objectives);
            var setErrors = new ObjectiveSetValidator(PlanGenerator.Options).Validate(objectives).Errors.Where(f => f.Severity == Severity.Error);
            var planErrors = new OkrPlanValidator(PlanGenerator.Options).Validate(plan).Errors.Where(f => f.Severity == Severity.Error);
            return !setErrors.Any() && !planErrors.Any();
        });

    [Property(MaxTest = 300)]
    public Property Validate_GeneratedPlanWithOneCorruption_ReportsItsCode() =>
        Prop.ForAll(Arb.From(PlanGenerator.CorruptedShapes()), shape =>
        {
            var objectives = PlanGenerator.Corrupt(PlanGenerator.Build(shape.Seed, shape.Size), shape.Corruption);
            var failures = new ObjectiveSetValidator(PlanGenerator.Options).Validate(objectives).Errors;
            return failures.Any(f => f.ErrorCode == PlanGenerator.ExpectedCode(shape.Corruption));
        });

    [Fact]
    public void Validate_EveryCorruption_ReportsItsCodeOnASmallPlan()
    {
        foreach (var corruption in Enum.GetValues<Corruption>())
        {
            var objectives = PlanGenerator.Corrupt(PlanGenerator.Build(7, 3), corruption);
            var failures = new ObjectiveSetValidator(PlanGenerator.Options).Validate(objectives).Errors;
            Assert.True(failures.Any(f => f.ErrorCode == PlanGenerator.ExpectedCode(corruption)), corruption.ToString());
        }
    }

    [Fact]
    public void Validate_LargePlan_ReportsEveryProblemWithoutThrowing()
    {
        var objectives = PlanGenerator.Build(42, 2000);
        var plan = new OkrPlan(objectives);
        Assert.True(plan.ItemCount > 20_000);
        var result = new OkrPlanValidator(PlanGenerator.Options).Validate(plan);
        Assert.DoesNotContain(result.Errors, f => f.Severity == Severity.Error);
    }
}
