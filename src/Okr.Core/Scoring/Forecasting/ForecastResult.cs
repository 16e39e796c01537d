namespace Okr.Core.Scoring;

/// <summary>
/// The outcome of a <see cref="ForecastStrategy"/>: the value projected to the period's end with its rate, an optional
/// low/high band, and when the target is reached; or "not forecast" with a reason. Never NaN or infinity: every
/// number is a decimal.
/// </summary>
public readonly struct ForecastResult
{
    private ForecastResult(decimal? value, decimal? low, decimal? high, decimal? ratePerDay, TargetReach reach, DateOnly? reachesTargetOn, int pointCount, string rule, string? notForecastReason)
    {
        Value = value;
        Low = low;
        High = high;
        RatePerDay = ratePerDay;
        Reach = reach;
        ReachesTargetOn = reachesTargetOn;
        PointCount = pointCount;
        Rule = rule;
        NotForecastReason = notForecastReason;
    }

    /// <summary>The value projected to the period's last day, or null when not forecast.</summary>
    public decimal? Value { get; }

    /// <summary>The low end of the band around <see cref="Value"/>, or null when there is no band.</summary>
    public decimal? Low { get; }

    /// <summary>The high end of the band around <see cref="Value"/>, or null when there is no band.</summary>
    public decimal? High { get; }

    /// <summary>The rate of change, in the measure's unit per day, or null when not forecast.</summary>
    public decimal? RatePerDay { get; }

    /// <summary>Whether and when the target is reached.</summary>
    public TargetReach Reach { get; }

    /// <summary>The day the target is (or was) reached: for <see cref="TargetReach.AlreadyReached"/>,
    /// <see cref="TargetReach.WithinPeriod"/> and, when a calendar day, <see cref="TargetReach.AfterPeriod"/>; otherwise null.</summary>
    public DateOnly? ReachesTargetOn { get; }

    /// <summary>How many points the forecast was fitted through.</summary>
    public int PointCount { get; }

    /// <summary>A short name of the rule applied, for example <c>least-squares</c>; <c>not-forecast</c> when not forecast.</summary>
    public string Rule { get; }

    /// <summary>Why there is no forecast, or null when there is one.</summary>
    public string? NotForecastReason { get; }

    /// <summary>Whether a value was projected.</summary>
    public bool IsForecast => Value.HasValue;

    /// <summary>A projected value.</summary>
    /// <param name="value">The value at the period's last day.</param>
    /// <param name="ratePerDay">The rate of change per day.</param>
    /// <param name="reach">Whether and when the target is reached.</param>
    /// <param name="reachesTargetOn">The day, as <see cref="ReachesTargetOn"/> describes; null where not applicable.</param>
    /// <param name="pointCount">How many points the forecast was fitted through; not negative.</param>
    /// <param name="rule">A short name of the rule; not blank.</param>
    /// <param name="low">The band's low end, or null; when given, <paramref name="high"/> is given too and low &lt;= value &lt;= high.</param>
    /// <param name="high">The band's high end, or null.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is blank, or the band is given on one side only or does not contain the value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reach"/> is undefined, disagrees with <paramref name="reachesTargetOn"/>, or <paramref name="pointCount"/> is negative.</exception>
    public static ForecastResult Projected(decimal value, decimal ratePerDay, TargetReach reach, DateOnly? reachesTargetOn, int pointCount, string rule, decimal? low = null, decimal? high = null)
    {
        Internal.Guard.NotBlank(rule);
        ArgumentOutOfRangeException.ThrowIfNegative(pointCount);
        bool dayExpected = reach is TargetReach.AlreadyReached or TargetReach.WithinPeriod;
        if (!Enum.IsDefined(reach) || (dayExpected && reachesTargetOn is null) || (reach is TargetReach.NotApplicable or TargetReach.Never && reachesTargetOn is not null))
        {
            throw new ArgumentOutOfRangeException(nameof(reach), reach, "The reach must be defined, with a day for AlreadyReached and WithinPeriod and none for NotApplicable and Never.");
        }

        if (low.HasValue != high.HasValue || low > value || high < value)
        {
            throw new ArgumentException("A band needs both ends, with the low end at or below the value and the high end at or above it.", nameof(low));
        }

        return new ForecastResult(value, low, high, ratePerDay, reach, reachesTargetOn, pointCount, rule, null);
    }

    /// <summary>No forecast can be made.</summary>
    /// <param name="reason">Why, for a person; not blank.</param>
    /// <param name="pointCount">How many points there were.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    public static ForecastResult NotForecast(string reason, int pointCount = 0) =>
        new(null, null, null, null, TargetReach.NotApplicable, null, Math.Max(0, pointCount), "not-forecast", Internal.Guard.NotBlank(reason));
}
