namespace Okr.Core.Scoring;

/// <summary>
/// Where one key result or objective is heading: its value and progress projected to its period's end, a low/high
/// band, and when its target is reached; or why there is no forecast. <see cref="Explanation"/> says how it was
/// made ("least squares through 4 check-ins, +1.2 per week; reaches 90 on 2026-06-22").
/// </summary>
public sealed class ItemForecast
{
    internal ItemForecast(string id, OkrItemKind kind, ForecastResult result, Progress? progress, Progress? low, Progress? high, string explanation)
        : this(id, kind, result, progress, low, high, explanation, result.Value)
    {
    }

    internal ItemForecast(string id, OkrItemKind kind, ForecastResult result, Progress? progress, Progress? low, Progress? high, string explanation, decimal? value, string? rule = null)
    {
        Id = id;
        ItemKind = kind;
        Value = value;
        bool valueBand = value is not null && result.Value == value;
        LowValue = valueBand ? result.Low : null;
        HighValue = valueBand ? result.High : null;
        RatePerDay = result.RatePerDay;
        Reach = result.Reach;
        ReachesTargetOn = result.ReachesTargetOn;
        PointCount = result.PointCount;
        Rule = rule ?? result.Rule;
        NotForecastReason = progress is null && value is null ? result.NotForecastReason ?? "not forecast" : null;
        Progress = progress;
        Low = low;
        High = high;
        Explanation = explanation;
    }

    /// <summary>The item's id.</summary>
    public string Id { get; }

    /// <summary>The item's kind: <see cref="OkrItemKind.KeyResult"/> or <see cref="OkrItemKind.Objective"/>.</summary>
    public OkrItemKind ItemKind { get; }

    /// <summary>The value projected to the period's last day, in the key result's unit (for objectives with a scale,
    /// the projected value on it); null when not forecast or not applicable (activity key results forecast their progress).</summary>
    public decimal? Value { get; }

    /// <summary>The progress at the projected value, by the key result's own progress strategy, or for objectives
    /// rolled up from their children's forecasts with the plan's roll-up; null when not forecast.</summary>
    public Progress? Progress { get; }

    /// <summary>The band's lower progress, or null when there is no band (fewer than 3 check-ins, or a strategy without one).</summary>
    public Progress? Low { get; }

    /// <summary>The band's higher progress, or null when there is no band.</summary>
    public Progress? High { get; }

    /// <summary>The band's low value, in the key result's unit, or null.</summary>
    public decimal? LowValue { get; }

    /// <summary>The band's high value, in the key result's unit, or null.</summary>
    public decimal? HighValue { get; }

    /// <summary>The rate of change per day (in the unit of <see cref="Value"/>, or of progress for activity key results), or null.</summary>
    public decimal? RatePerDay { get; }

    /// <summary>Whether and when the target is reached; <see cref="TargetReach.NotApplicable"/> for objectives.</summary>
    public TargetReach Reach { get; }

    /// <summary>The day the target is (or was) reached, when there is one.</summary>
    public DateOnly? ReachesTargetOn { get; }

    /// <summary>How many points the forecast was fitted through (for objectives, how many key results were projected).</summary>
    public int PointCount { get; }

    /// <summary>The rule: the forecast strategy's name, <c>period-ended</c>, <c>closed</c>, <c>roll-up</c> or <c>not-forecast</c>.</summary>
    public string Rule { get; }

    /// <summary>Why there is no forecast, or null when there is one.</summary>
    public string? NotForecastReason { get; }

    /// <summary>Whether a progress or a value was projected.</summary>
    public bool IsForecast => Progress.HasValue || Value.HasValue;

    /// <summary>How the forecast was made, with its numbers, or why there is none.</summary>
    public string Explanation { get; }

    /// <summary>The explanation.</summary>
    /// <returns><see cref="Explanation"/>.</returns>
    public override string ToString() => $"{Id}: {Explanation}";
}
