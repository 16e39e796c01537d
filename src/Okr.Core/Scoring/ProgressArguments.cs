namespace Okr.Core.Scoring;

/// <summary>What a <see cref="ProgressStrategy"/> receives: one value, so new inputs never break existing strategies.</summary>
public readonly ref struct ProgressArguments
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="keyResult">The key result.</param>
    /// <param name="period">The key result's period.</param>
    /// <param name="asOf">The day; only check-ins and work done by its end count.</param>
    /// <param name="latestCheckIn">The check-in holding the value as of <paramref name="asOf"/>, or null.</param>
    /// <param name="childValues">For cascaded sums: the current values of the child key results that have one (and 0 for
    /// each child without one when the kind's <see cref="CascadedSumKind.NotScoredChildren"/> counts them as 0).</param>
    /// <exception cref="ArgumentNullException"><paramref name="keyResult"/> is null.</exception>
    public ProgressArguments(KeyResult keyResult, Period period, DateOnly asOf, CheckIn? latestCheckIn, ReadOnlySpan<decimal> childValues)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        KeyResult = keyResult;
        Period = period;
        AsOf = asOf;
        LatestCheckIn = latestCheckIn;
        ChildValues = childValues;
    }

    /// <summary>The key result.</summary>
    public KeyResult KeyResult { get; }

    /// <summary>The key result's period.</summary>
    public Period Period { get; }

    /// <summary>The day; only check-ins and work done by its end count.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The check-in holding the value as of <see cref="AsOf"/>, or null when there is none yet.</summary>
    public CheckIn? LatestCheckIn { get; }

    /// <summary>For cascaded sums: the current values of the child key results that have one (and 0 for each child
    /// without one under <see cref="NotScoredChildRule.CountAsZero"/>); otherwise empty.</summary>
    public ReadOnlySpan<decimal> ChildValues { get; }

    /// <summary>For activity key results, when the engine has already counted them from its compiled tables: the
    /// counting work items under contributing initiatives and how many of them are done as of <see cref="AsOf"/>.
    /// The built-in formulas use it for the methods that need only these counts.</summary>
    internal (int Counting, int Done)? ActivityTally { get; init; }

    /// <summary>The check-ins whose day is on or before <see cref="AsOf"/>, ordered by moment (stable for equal moments).</summary>
    /// <returns>A new array; empty when there are none.</returns>
    public ImmutableArray<CheckIn> GetCheckInsToDate()
    {
        var asOf = AsOf;
        return KeyResult.CheckIns.Where(c => c.Day <= asOf).OrderBy(c => c.At).ToImmutableArray();
    }
}
