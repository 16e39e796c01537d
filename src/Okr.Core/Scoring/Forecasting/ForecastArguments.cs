namespace Okr.Core.Scoring;

/// <summary>What a <see cref="ForecastStrategy"/> receives: one value, so new inputs never break existing strategies.</summary>
public readonly ref struct ForecastArguments
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="keyResult">The key result.</param>
    /// <param name="period">Its period: the forecast projects to <see cref="Period.End"/>.</param>
    /// <param name="asOf">The scoring day; only what was known by its end is in <paramref name="points"/>.</param>
    /// <param name="points">The dated values, one per day, in day order, within the period and by <paramref name="asOf"/>.</param>
    /// <param name="start">The value at the period's start (a linear key result's start, 0 for a percentage), or null when the kind has none.</param>
    /// <param name="target">The target to reach, or null when the kind has none (a baseline, a range).</param>
    /// <exception cref="ArgumentNullException"><paramref name="keyResult"/> is null.</exception>
    public ForecastArguments(KeyResult keyResult, Period period, DateOnly asOf, ReadOnlySpan<ForecastPoint> points, decimal? start, ForecastTarget? target)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        KeyResult = keyResult;
        Period = period;
        AsOf = asOf;
        Points = points;
        Start = start;
        Target = target;
    }

    /// <summary>The key result.</summary>
    public KeyResult KeyResult { get; }

    /// <summary>The key result's period; the forecast projects to its last day.</summary>
    public Period Period { get; }

    /// <summary>The scoring day.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The dated values, one per day (the value held at the end of that day), in day order, within the period and by <see cref="AsOf"/>.</summary>
    public ReadOnlySpan<ForecastPoint> Points { get; }

    /// <summary>The value at the period's start, or null when the kind has none.</summary>
    public decimal? Start { get; }

    /// <summary>The target, or null when the kind has none.</summary>
    public ForecastTarget? Target { get; }

    /// <summary>What <see cref="Points"/>, <see cref="Start"/> and <see cref="Target"/> are measured in.
    /// <value>The default is <see cref="ForecastMeasure.Value"/>; activity key results use <see cref="ForecastMeasure.Progress"/>.</value></summary>
    public ForecastMeasure Measure { get; init; }
}
