using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using static Okr.Core.Validation.Tests.Sample;

namespace Okr.Core.Validation.Tests;

public sealed class ValidatorApiTests
{
    [Fact]
    public void AddValidatorsFromAssemblyContaining_RegistersEveryValidator_Resolvable()
    {
        var services = new ServiceCollection();
        services.AddValidatorsFromAssemblyContaining<OkrPlanValidator>();
        using var provider = services.BuildServiceProvider();
        Assert.IsType<OkrPlanValidator>(provider.GetRequiredService<IValidator<OkrPlan>>());
        Assert.IsType<ObjectiveSetValidator>(provider.GetRequiredService<IValidator<IEnumerable<Objective>>>());
        Assert.IsType<ObjectiveValidator>(provider.GetRequiredService<IValidator<Objective>>());
        Assert.IsType<KeyResultValidator>(provider.GetRequiredService<IValidator<KeyResult>>());
        Assert.IsType<CheckInValidator>(provider.GetRequiredService<IValidator<CheckIn>>());
        Assert.IsType<InitiativeValidator>(provider.GetRequiredService<IValidator<Initiative>>());
        Assert.IsType<WorkItemValidator>(provider.GetRequiredService<IValidator<WorkItem>>());
        Assert.IsType<KeyResultKindValidator>(provider.GetRequiredService<IValidator<KeyResultKind>>());
    }

    [Fact]
    public void AddValidatorsFromAssemblyContaining_WithRegisteredOptions_UsesThem()
    {
        var options = new PlanValidationOptions { RequireOwners = true };
        var services = new ServiceCollection();
        services.AddSingleton(options);
        services.AddValidatorsFromAssemblyContaining<OkrPlanValidator>();
        using var provider = services.BuildServiceProvider();
        var validator = (OkrPlanValidator)provider.GetRequiredService<IValidator<OkrPlan>>();
        Assert.Same(options, validator.Options);
        var plan = new OkrPlan([Objective("o1", KeyResult("k1")) with { Owner = null }]);
        Assert.Contains(validator.Validate(plan).Errors, f => f.ErrorCode == OkrErrorCodes.OwnerMissing);
    }

    [Fact]
    public void Validate_OptionsInRootContextData_WinOverConstructorOptions()
    {
        var plan = new OkrPlan([Objective("o1", KeyResult("k1")) with { Owner = null }]);
        var context = new ValidationContext<OkrPlan>(plan);
        context.RootContextData[PlanValidationOptions.ContextKey] = new PlanValidationOptions { RequireOwners = true };
        var result = new OkrPlanValidator().Validate(context);
        AssertOne(result.Errors, OkrErrorCodes.OwnerMissing, "Objectives[0].Owner", Severity.Error);
        Assert.True(new OkrPlanValidator().Validate(plan).IsValid);
    }

    [Fact]
    public void Validate_ManyProblems_ReportsAllInOnePass()
    {
        var objective = Objective("o1",
            KeyResult("k1", new RangeKind(5m, 1m)),
            KeyResult("k2", KeyResultKind.Increase(3m, 3m)) with { CheckIns = [CheckIn(1m, new DateTimeOffset(2026, 6, 20, 0, 0, 0, TimeSpan.Zero))] });
        var failures = ValidatePlan(new OkrPlan([objective]));
        Assert.Contains(failures, f => f.ErrorCode == OkrErrorCodes.RangeEmpty);
        Assert.Contains(failures, f => f.ErrorCode == OkrErrorCodes.StartEqualsTarget);
        Assert.Contains(failures, f => f.ErrorCode == OkrErrorCodes.CheckInInFuture);
    }

    [Fact]
    public void KeyResultValidator_Standalone_PathsStartAtTheKeyResult()
    {
        var keyResult = KeyResult("k1", new BinaryKind()) with { CheckIns = [CheckIn(3m)] };
        var failures = new KeyResultValidator().Validate(keyResult).Errors;
        AssertOne(failures, OkrErrorCodes.CheckInValueUnit, "CheckIns[0].Value", Severity.Error);
    }

    [Fact]
    public void ObjectiveValidator_Standalone_ChecksKeyResultsAndShares()
    {
        var objective = Objective("o1", KeyResult("k1", new RangeKind(3m, 1m)) with { Weight = ContributionWeight.FixedShare(50m) });
        var failures = new ObjectiveValidator().Validate(objective).Errors;
        AssertOne(failures, OkrErrorCodes.RangeEmpty, "KeyResults[0].Kind.Upper", Severity.Error);
        AssertOne(failures, OkrErrorCodes.SharesNotHundred, string.Empty, Severity.Error);
    }

    [Fact]
    public void WorkItemInitiativeCheckInKindValidators_Standalone_Report()
    {
        AssertOne(new WorkItemValidator().Validate(WorkItem("w") with { State = WorkItemState.Done, PercentComplete = 10m }).Errors, OkrErrorCodes.DoneNotComplete, "PercentComplete", Severity.Error);
        AssertOne(new InitiativeValidator().Validate(Initiative("i", WorkItem("w") with { Start = new DateOnly(2026, 2, 2), Due = new DateOnly(2026, 2, 1) })).Errors, OkrErrorCodes.DueBeforeStart, "WorkItems[0].Due", Severity.Error);
        AssertOne(new CheckInValidator(Options).Validate(CheckIn(1m, new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero))).Errors, OkrErrorCodes.CheckInInFuture, "At", Severity.Error);
        AssertOne(new KeyResultKindValidator().Validate(new RangeKind(2m, 1m)).Errors, OkrErrorCodes.RangeEmpty, "Upper", Severity.Error);
    }

    [Fact]
    public void MustBeValidPlan_NestedInOwnValidator_PrefixesPaths()
    {
        var document = new PlanDocument(new OkrPlan([Objective("o1", KeyResult("k1", new RangeKind(3m, 1m)))]));
        var failures = new PlanDocumentValidator().Validate(document).Errors;
        AssertOne(failures, OkrErrorCodes.RangeEmpty, "Plan.Objectives[0].KeyResults[0].Kind.Upper", Severity.Error);
    }

    private sealed record PlanDocument(OkrPlan? Plan);

    private sealed class PlanDocumentValidator : AbstractValidator<PlanDocument>
    {
        public PlanDocumentValidator() => RuleFor(d => d.Plan).MustBeValidPlan();
    }
}
