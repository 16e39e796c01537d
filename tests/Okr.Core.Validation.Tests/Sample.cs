using FluentValidation;
using FluentValidation.Results;

namespace Okr.Core.Validation.Tests;

/// <summary>Small valid building blocks for the rule tests: each test changes one thing.</summary>
internal static class Sample
{
    public static readonly Period Quarter = Period.Quarter(2026, 2);

    public static readonly DateTimeOffset InQuarter = new(2026, 4, 15, 10, 0, 0, TimeSpan.Zero);

    public static readonly PlanValidationOptions Options = new() { Today = new DateOnly(2026, 5, 1) };

    public static Objective Objective(string id, params KeyResult[] keyResults) =>
        new() { Id = id, Title = "Objective " + id, Period = Quarter, Owner = "ann", KeyResults = [.. keyResults] };

    public static KeyResult KeyResult(string id, KeyResultKind? kind = null) =>
        new() { Id = id, Title = "Key result " + id, Owner = "bob", Kind = kind ?? KeyResultKind.Increase(0m, 10m) };

    public static Initiative Initiative(string id, params WorkItem[] items) =>
        new() { Id = id, Title = "Initiative " + id, WorkItems = [.. items] };

    public static WorkItem WorkItem(string id, params string[] dependsOn) =>
        new() { Id = id, Title = "Task " + id, DependsOn = [.. dependsOn] };

    public static CheckIn CheckIn(decimal value, DateTimeOffset? at = null) => new(at ?? InQuarter, value);

    /// <summary>A valid plan with one of each item.</summary>
    public static Objective[] ValidObjectives() =>
    [
        Objective("o1", KeyResult("k1") with
        {
            CheckIns = [CheckIn(4m)],
            Initiatives = [Initiative("i1", WorkItem("w1"), WorkItem("w2", "w1"))],
        }),
        Objective("o2", KeyResult("k2", new PercentageKind())) with { Alignment = Alignment.ToObjective("o1") },
    ];

    public static List<ValidationFailure> Validate(IEnumerable<Objective> objectives, PlanValidationOptions? options = null) =>
        new ObjectiveSetValidator(options ?? Options).Validate(objectives).Errors;

    public static List<ValidationFailure> Validate(params Objective[] objectives) => Validate((IEnumerable<Objective>)objectives);

    public static List<ValidationFailure> ValidatePlan(OkrPlan plan, PlanValidationOptions? options = null) =>
        new OkrPlanValidator(options ?? Options).Validate(plan).Errors;

    public static ValidationFailure AssertOne(List<ValidationFailure> failures, string code, string path, Severity severity)
    {
        var matching = failures.Where(f => f.ErrorCode == code).ToList();
        var failure = Assert.Single(matching);
        Assert.Equal(path, failure.PropertyName);
        Assert.Equal(severity, failure.Severity);
        Assert.False(string.IsNullOrWhiteSpace(failure.ErrorMessage));
        Assert.IsType<OkrValidationDetails>(failure.CustomState);
        return failure;
    }

    public static void AssertNone(List<ValidationFailure> failures, string code) =>
        Assert.DoesNotContain(failures, f => f.ErrorCode == code);

    public static Objective[] WithKeyResult(KeyResult keyResult) => [Objective("o1", keyResult)];
}
