namespace Okr.Core.Validation;

/// <summary>
/// The settings a plan is validated against: the clock for "not in the future", whether owners are required, the
/// good-practice limit on key results and the tolerance for shares that must sum to 100%.
/// </summary>
/// <remarks>
/// Pass an instance to a validator's constructor, or put it in
/// <see cref="ValidationContext{T}.RootContextData"/> under <see cref="ContextKey"/> (that one wins).
/// Immutable; use <c>with</c> to change a copy.
/// </remarks>
public sealed record PlanValidationOptions
{
    private readonly int maxKeyResultsPerObjective = 5;
    private readonly decimal shareTolerancePercent = 0.01m;

    /// <summary>The key under which <see cref="ValidationContext{T}.RootContextData"/> may hold the options for one call.</summary>
    public const string ContextKey = "Okr.Core.Validation.PlanValidationOptions";

    /// <summary>The default options: no clock (check-ins are not checked against the future), owners not required,
    /// at most 5 key results per objective, shares within 0.01 percentage points of 100%.</summary>
    public static PlanValidationOptions Default { get; } = new();

    /// <summary>The clock that says what "now" is; check-ins after its current moment are reported.
    /// <value>The default is null: use <see cref="Today"/>, or skip the check when both are null.</value></summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>The current day, used when <see cref="Clock"/> is null; check-ins on a later day are reported.
    /// <value>The default is null.</value></summary>
    public DateOnly? Today { get; init; }

    /// <summary>Whether every objective and key result must name an owner.
    /// <value>The default is <see langword="false"/>.</value></summary>
    public bool RequireOwners { get; init; }

    /// <summary>More key results than this on one objective is reported as a warning.
    /// <value>The default is 5.</value></summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int MaxKeyResultsPerObjective
    {
        get => maxKeyResultsPerObjective;
        init => maxKeyResultsPerObjective = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxKeyResultsPerObjective), value, "The limit must be at least 1.");
    }

    /// <summary>How far, in percentage points, fixed shares may be from 100% and still count as summing to 100%.
    /// <value>The default is 0.01.</value></summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 0 or above 100.</exception>
    public decimal ShareTolerancePercent
    {
        get => shareTolerancePercent;
        init => shareTolerancePercent = value is >= 0m and <= 100m ? value : throw new ArgumentOutOfRangeException(nameof(ShareTolerancePercent), value, "The tolerance must be between 0 and 100.");
    }

    /// <summary>The options to use for one validation call: those in the context data under <see cref="ContextKey"/>,
    /// otherwise <paramref name="fallback"/>.</summary>
    internal static PlanValidationOptions Resolve(IValidationContext context, PlanValidationOptions fallback) =>
        context.RootContextData.TryGetValue(ContextKey, out var value) && value is PlanValidationOptions options ? options : fallback;

    /// <summary>Whether a moment lies after "now"; false when no clock or day is set.</summary>
    internal bool IsInFuture(DateTimeOffset at, DateOnly day)
    {
        if (Clock is { } clock)
        {
            return at > clock.GetUtcNow();
        }

        return Today is { } today && day > today;
    }
}
