namespace Okr.Core.Scoring;

/// <summary>
/// The formulas behind the built-in strategies, callable on plain numbers without building a plan (for embedding
/// in a spreadsheet add-in, a dashboard or a report). Each returns null where the honest answer is "not scored"
/// (division by zero, nothing to aggregate, a result beyond the range of <see cref="decimal"/>); none returns NaN
/// or Infinity, and none throws for any numeric input.
/// </summary>
public static class ProgressFormulas
{
    /// <summary>Linear progress: (current - start) / (target - start). Moving the wrong way gives a negative ratio.</summary>
    /// <param name="start">The start value.</param>
    /// <param name="target">The target value.</param>
    /// <param name="current">The current value.</param>
    /// <param name="whenStartEqualsTarget">The rule when start equals target. The default is not scored.</param>
    /// <returns>The ratio; null when start equals target under <see cref="StartEqualsTargetRule.NotScored"/>, or on overflow.</returns>
    public static decimal? Linear(decimal start, decimal target, decimal current, StartEqualsTargetRule whenStartEqualsTarget = StartEqualsTargetRule.NotScored)
    {
        if (start == target)
        {
            // With no distance, "at or beyond the target" cannot tell increase from decrease: reaching the target exactly counts.
            return whenStartEqualsTarget == StartEqualsTargetRule.MetWhenAtOrBeyondTarget ? (current == target ? 1m : 0m) : null;
        }

        try
        {
            return (current - start) / (target - start);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>Linear progress with a direction, so start == target can be judged "at or beyond" the target.</summary>
    /// <param name="kind">The linear kind.</param>
    /// <param name="current">The current value.</param>
    /// <returns>The ratio, or null (see <see cref="Linear(decimal, decimal, decimal, StartEqualsTargetRule)"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public static decimal? Linear(LinearKind kind, decimal current)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (kind.Start == kind.Target && kind.WhenStartEqualsTarget == StartEqualsTargetRule.MetWhenAtOrBeyondTarget)
        {
            bool met = kind.Direction == LinearDirection.Decrease ? current <= kind.Target : current >= kind.Target;
            return met ? 1m : 0m;
        }

        return Linear(kind.Start, kind.Target, current, kind.WhenStartEqualsTarget);
    }

    /// <summary>Whether a value passes a threshold.</summary>
    /// <param name="direction">Stay above or below.</param>
    /// <param name="threshold">The threshold.</param>
    /// <param name="boundary">Whether a value exactly on the threshold passes.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the value is on the right side.</returns>
    public static bool PassesThreshold(ThresholdDirection direction, decimal threshold, ThresholdBoundary boundary, decimal value)
    {
        if (value == threshold)
        {
            return boundary == ThresholdBoundary.OnThresholdPasses;
        }

        return direction == ThresholdDirection.StayAbove ? value > threshold : value < threshold;
    }

    /// <summary>Whether a value lies in [lower, upper].</summary>
    /// <param name="lower">The lowest passing value.</param>
    /// <param name="upper">The highest passing value.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when inside, both ends included.</returns>
    public static bool InRange(decimal lower, decimal upper, decimal value) => value >= lower && value <= upper;

    /// <summary>A control KPI value's distance from target: value / target for at least; 1 + (target - value) / target for at most.</summary>
    /// <param name="direction">At least or at most.</param>
    /// <param name="target">The target per check-in.</param>
    /// <param name="value">The value (the last one, or an average).</param>
    /// <returns>The ratio; null when the target is 0 or on overflow.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is <see cref="ControlKpiDirection.Between"/>
    /// (a band has two targets: use <see cref="InRange"/> and these formulas against the nearer bound) or unknown.</exception>
    public static decimal? ControlKpiDistance(ControlKpiDirection direction, decimal target, decimal value)
    {
        CheckSingleTarget(direction);
        if (target == 0m)
        {
            return null;
        }

        try
        {
            return direction == ControlKpiDirection.AtLeast ? value / target : 1m + ((target - value) / target);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>Whether one control KPI check-in is successful: at or above the target for at least, at or below for at most.</summary>
    /// <param name="direction">At least or at most.</param>
    /// <param name="target">The target per check-in.</param>
    /// <param name="value">The checked-in value.</param>
    /// <returns><see langword="true"/> when successful.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is <see cref="ControlKpiDirection.Between"/>
    /// (use <see cref="InRange"/>) or unknown.</exception>
    public static bool IsSuccessfulCheckIn(ControlKpiDirection direction, decimal target, decimal value) =>
        CheckSingleTarget(direction) == ControlKpiDirection.AtLeast ? value >= target : value <= target;

    private static ControlKpiDirection CheckSingleTarget(ControlKpiDirection direction) =>
        direction is ControlKpiDirection.AtLeast or ControlKpiDirection.AtMost
            ? direction
            : throw new ArgumentOutOfRangeException(nameof(direction), direction, "These formulas take one target: at least or at most.");

    /// <summary>The progress of ordered, weighted milestones: the weights of the first <paramref name="reached"/> milestones over all weights.</summary>
    /// <param name="weights">The milestones' weights, in order; each zero or greater.</param>
    /// <param name="reached">How many milestones are reached, in order; clamped to 0..count.</param>
    /// <returns>The ratio; null when the weights sum to 0 or a weight is negative.</returns>
    public static decimal? Milestones(ReadOnlySpan<decimal> weights, int reached)
    {
        decimal total = 0m;
        decimal done = 0m;
        int count = Math.Clamp(reached, 0, weights.Length);
        try
        {
            for (int i = 0; i < weights.Length; i++)
            {
                if (weights[i] < 0m)
                {
                    return null;
                }

                total += weights[i];
                if (i < count)
                {
                    done += weights[i];
                }
            }

            return total == 0m ? null : total == 1m ? done : done / total;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>The weighted mean of ratios: sum(weight * value) / sum(weight). Items with weight 0 change nothing.</summary>
    /// <param name="values">The values.</param>
    /// <param name="weights">The weights, one per value, each zero or greater.</param>
    /// <returns>The mean; null when the total weight is 0, a weight is negative, the lengths differ, or on overflow.</returns>
    public static decimal? WeightedMean(ReadOnlySpan<decimal> values, ReadOnlySpan<decimal> weights)
    {
        if (values.Length != weights.Length)
        {
            return null;
        }

        try
        {
            // The engine's weighted-mean rule (Rules.WeightedMean), after this formula's own edge rules: a negative weight
            // gives null, a zero weight is skipped (so it cannot change the result's scale), overflow gives null.
            var mean = default(Rules.WeightedMean);
            for (int i = 0; i < values.Length; i++)
            {
                if (weights[i] < 0m)
                {
                    return null;
                }

                if (weights[i] == 0m)
                {
                    continue;
                }

                mean.Add(weights[i], values[i]);
            }

            return mean.Mean;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>The expected progress of a period as of the end of a day: the elapsed share (1 to 30 April, as of 15 April: 0.5).</summary>
    /// <param name="period">The period.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>A ratio from 0 to 1.</returns>
    public static decimal ExpectedProgress(Period period, DateOnly asOf) => period.ElapsedFraction(asOf);

    /// <summary>
    /// Status from pace in points (Viva Goals): the gap is (expected - actual) * 100; more than
    /// <paramref name="atRiskGap"/> points is at risk, more than <paramref name="behindGap"/> is behind, else on track.
    /// </summary>
    /// <param name="actual">The actual progress ratio.</param>
    /// <param name="expected">The expected progress ratio.</param>
    /// <param name="atRiskGap">The at-risk band in points (Viva Goals: 25).</param>
    /// <param name="behindGap">The behind band in points (Viva Goals: 0).</param>
    /// <returns><see cref="OkrStatus.OnTrack"/>, <see cref="OkrStatus.Behind"/> or <see cref="OkrStatus.AtRisk"/>.</returns>
    public static OkrStatus PaceByPoints(decimal actual, decimal expected, decimal atRiskGap = 25m, decimal behindGap = 0m)
    {
        // Most gaps are far from both bands: decide those in binary floating point, whose error (about 1e-16 of the
        // magnitudes) is far below the margin kept (1e-9 of them), and leave the close calls, and anything large, to the
        // exact decimal rule below. The answer is the same; the decimal subtraction and multiplication cost more.
        double e = (double)expected;
        double a = (double)actual;
        double risk = (double)atRiskGap;
        double behind = (double)behindGap;
        double magnitude = (100d * (Math.Abs(e) + Math.Abs(a) + 1d)) + Math.Abs(risk) + Math.Abs(behind);
        if (magnitude < 1e15)
        {
            double estimate = (e - a) * 100d;
            double margin = 1e-9 * magnitude;
            if (Math.Abs(estimate - risk) > margin && Math.Abs(estimate - behind) > margin)
            {
                return estimate > risk ? OkrStatus.AtRisk : estimate > behind ? OkrStatus.Behind : OkrStatus.OnTrack;
            }
        }

        return PaceByPointsExactly(actual, expected, atRiskGap, behindGap);
    }

    /// <summary><see cref="PaceByPoints"/> in decimal arithmetic throughout.</summary>
    internal static OkrStatus PaceByPointsExactly(decimal actual, decimal expected, decimal atRiskGap, decimal behindGap)
    {
        decimal gap;
        try
        {
            gap = (expected - actual) * 100m;
        }
        catch (OverflowException)
        {
            return expected > actual ? OkrStatus.AtRisk : OkrStatus.OnTrack;
        }

        return gap > atRiskGap ? OkrStatus.AtRisk : gap > behindGap ? OkrStatus.Behind : OkrStatus.OnTrack;
    }

    /// <summary>
    /// Status from pace as a ratio (Oboard, UpRaise): actual / expected below <paramref name="atRiskBelow"/> is at risk,
    /// at or above <paramref name="onTrackFrom"/> on track, else behind. Nothing expected yet is on track.
    /// </summary>
    /// <param name="actual">The actual progress ratio.</param>
    /// <param name="expected">The expected progress ratio.</param>
    /// <param name="atRiskBelow">The at-risk bound, for example 0.75.</param>
    /// <param name="onTrackFrom">The on-track bound, for example 0.95.</param>
    /// <returns><see cref="OkrStatus.OnTrack"/>, <see cref="OkrStatus.Behind"/> or <see cref="OkrStatus.AtRisk"/>.</returns>
    public static OkrStatus PaceByRatio(decimal actual, decimal expected, decimal atRiskBelow = 0.75m, decimal onTrackFrom = 0.95m)
    {
        if (expected <= 0m)
        {
            return OkrStatus.OnTrack;
        }

        decimal ratio;
        try
        {
            ratio = actual / expected;
        }
        catch (OverflowException)
        {
            return actual > 0m ? OkrStatus.OnTrack : OkrStatus.AtRisk;
        }

        return ratio < atRiskBelow ? OkrStatus.AtRisk : ratio >= onTrackFrom ? OkrStatus.OnTrack : OkrStatus.Behind;
    }

    /// <summary>
    /// Resolves sibling weights into effective weights: fixed shares get exactly their percent; the remainder is split
    /// among the other siblings in proportion to their multipliers (see <see cref="ContributionWeight"/>).
    /// </summary>
    /// <param name="weights">The siblings' weights.</param>
    /// <param name="effective">Receives one effective weight per sibling; with no fixed share, the multipliers themselves.</param>
    /// <exception cref="ArgumentException"><paramref name="effective"/> is shorter than <paramref name="weights"/>.</exception>
    public static void ResolveWeights(ReadOnlySpan<ContributionWeight> weights, Span<decimal> effective)
    {
        if (effective.Length < weights.Length)
        {
            throw new ArgumentException("The destination must have room for one weight per sibling.", nameof(effective));
        }

        decimal fixedTotal = 0m;
        decimal largestMultiplier = 0m;
        bool anyFixed = false;
        foreach (var weight in weights)
        {
            if (weight.IsFixedShare)
            {
                anyFixed = true;
                fixedTotal += weight.FixedSharePercent;
            }
            else
            {
                largestMultiplier = Math.Max(largestMultiplier, weight.Multiplier);
            }
        }

        if (!anyFixed)
        {
            for (int i = 0; i < weights.Length; i++)
            {
                effective[i] = weights[i].Multiplier;
            }

            return;
        }

        // Multipliers are scaled down by a power of ten (exact in decimal) first, so their sum stays small whatever their size.
        largestMultiplier = PowerOfTenAtLeast(largestMultiplier);
        decimal multiplierTotal = 0m;
        foreach (var weight in weights)
        {
            if (!weight.IsFixedShare && largestMultiplier > 0m)
            {
                multiplierTotal += weight.Multiplier / largestMultiplier;
            }
        }

        decimal scale = fixedTotal > 100m ? 100m / fixedTotal : 1m;
        decimal remainder = Math.Max(0m, 100m - fixedTotal);
        for (int i = 0; i < weights.Length; i++)
        {
            var weight = weights[i];
            effective[i] = weight.IsFixedShare
                ? weight.FixedSharePercent * scale / 100m
                : multiplierTotal == 0m ? 0m : remainder * (weight.Multiplier / largestMultiplier) / multiplierTotal / 100m;
        }
    }

    /// <summary>The smallest power of ten (1, 10, 100, ...) at or above <paramref name="value"/>; 1 for values up to 1.
    /// Dividing by it is exact in decimal, so weights keep their exact ratios.</summary>
    internal static decimal PowerOfTenAtLeast(decimal value)
    {
        decimal power = 1m;
        while (power < value && power < 1e28m)
        {
            power *= 10m;
        }

        return power;
    }
}
