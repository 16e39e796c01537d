namespace Okr.Core;

/// <summary>
/// Carries a plan into the next period (Viva Goals' "carry over"): the next period's plan, to be saved as a new
/// plan file. Every objective, key result, initiative and task keeps its id, title, owner, weights, alignment,
/// roll-up settings and links; the scoring configuration is kept; only what belongs to the closed period is reset.
/// </summary>
/// <remarks>
/// <para>Each key result's <em>current value</em> is its latest check-in as of the last day of its objective's period
/// (or the day before the next period starts, when that is earlier). Then, by kind:</para>
/// <list type="bullet">
/// <item>linear (a KPI): restarts from its current value with the same target (C19: target 10, 5 published, the next
/// period starts at 5 with target 10). A "reach" key result becomes an increase from the current value. A value
/// already at or past the target starts at the target.</item>
/// <item>percentage: restarts from 0.</item>
/// <item>threshold, range, baseline, binary and milestones: keep their kind and continue from their current value
/// (a milestone reached stays reached).</item>
/// <item>control KPI: keeps its kind and starts with no check-in (its check-ins are counted per period).</item>
/// <item>activity-based and cascaded sums: keep their kind; their values come from their tasks and child key results,
/// which are carried as they are (done tasks stay done).</item>
/// </list>
/// <para>The starting value is recorded as one opening check-in dated the first moment of the next period (UTC),
/// copying the original check-in's confidence, author and source, with a note naming the old period. The old
/// history stays in the old plan file. Also reset: objectives' <see cref="Objective.ClosedOn"/>, progress and score
/// overrides of objectives and key results, and phased targets (their days belong to the old period).</para>
/// </remarks>
public static class PlanCarryOver
{
    /// <summary>Returns the plan carried into <paramref name="next"/>, as described on <see cref="PlanCarryOver"/>.</summary>
    /// <param name="plan">The plan of the period that ends.</param>
    /// <param name="next">The next period; every objective moves to it.</param>
    /// <returns>The next period's plan, with the same ids.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <example><code>var q3 = plan.CarryOver(Period.Quarter(2026, 3));</code></example>
    public static OkrPlan CarryOver(this OkrPlan plan, Period next)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var objectives = ImmutableArray.CreateBuilder<Objective>(plan.Objectives.Length);
        foreach (var objective in plan.Objectives)
        {
            var closeDay = objective.Period.End < next.Start ? objective.Period.End : next.Start.AddDays(-1);
            var keyResults = ImmutableArray.CreateBuilder<KeyResult>(objective.KeyResults.Length);
            foreach (var keyResult in objective.KeyResults)
            {
                keyResults.Add(CarryKeyResult(keyResult, objective.Period, closeDay, next));
            }

            objectives.Add(objective with
            {
                Period = next,
                KeyResults = keyResults.MoveToImmutable(),
                ClosedOn = null,
                ProgressOverride = null,
                ScoreOverride = null,
            });
        }

        return new OkrPlan(objectives.MoveToImmutable(), plan.Scoring);
    }

    private static KeyResult CarryKeyResult(KeyResult keyResult, Period old, DateOnly closeDay, Period next)
    {
        var latest = keyResult.LatestCheckInAsOf(closeDay);
        var kind = keyResult.Kind;
        decimal? opening = null;
        switch (kind)
        {
            case LinearKind linear when latest is not null:
                kind = Restart(linear, latest.Value);
                opening = latest.Value;
                break;
            case PercentageKind when latest is not null:
                opening = 0m;
                break;
            case ThresholdKind or RangeKind or BaselineKind or BinaryKind or MilestonesKind when latest is not null:
                opening = latest.Value;
                break;
        }

        var checkIns = ImmutableArray<CheckIn>.Empty;
        if (opening is { } value && latest is not null)
        {
            checkIns = [new CheckIn(new DateTimeOffset(next.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), value)
            {
                Confidence = latest.Confidence,
                Author = latest.Author,
                Source = latest.Source,
                Note = string.Create(CultureInfo.InvariantCulture, $"Carried over from {old}: {latest.Value} on {latest.Day:yyyy-MM-dd}."),
            }];
        }

        return keyResult with
        {
            Kind = kind,
            CheckIns = checkIns,
            PhasedTargets = [],
            ProgressOverride = null,
            ScoreOverride = null,
        };
    }

    private static LinearKind Restart(LinearKind linear, decimal current) => linear.Direction == LinearDirection.Decrease
        ? new LinearKind(LinearDirection.Decrease, Math.Max(current, linear.Target), linear.Target, linear.Unit, linear.WhenStartEqualsTarget)
        : new LinearKind(LinearDirection.Increase, Math.Min(current, linear.Target), linear.Target, linear.Unit, linear.WhenStartEqualsTarget);
}
