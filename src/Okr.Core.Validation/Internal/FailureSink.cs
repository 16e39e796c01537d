namespace Okr.Core.Validation.Internal;

/// <summary>Where the rules report: a FluentValidation context or a list, with the options in force.</summary>
internal sealed class FailureSink
{
    private readonly Action<ValidationFailure> add;

    public FailureSink(Action<ValidationFailure> add, PlanValidationOptions options)
    {
        this.add = add;
        Options = options;
    }

    public PlanValidationOptions Options { get; }

    public static FailureSink For<T>(ValidationContext<T> context, PlanValidationOptions fallback) =>
        new(context.AddFailure, PlanValidationOptions.Resolve(context, fallback));

    public void Report(OkrRule rule, PathNode path, string? member, string message, string? itemId, OkrItemKind? kind, object? attemptedValue = null, ImmutableArray<string> related = default)
    {
        add(new ValidationFailure(path.Build(member), message, attemptedValue)
        {
            ErrorCode = rule.Code,
            Severity = rule.Severity,
            CustomState = new OkrValidationDetails(itemId, kind, related),
        });
    }

    public static string Inv(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Inv(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
