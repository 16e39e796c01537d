using Okr.Core.Scoring.Rules;

namespace Okr.Core.Scoring;

/// <summary>The per-kind progress rules of <see cref="StandardProgressStrategy"/>, with their explanations.</summary>
internal static class KindFormulas
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static ProgressResult Compute(in ProgressArguments a, bool describe = true)
    {
        var latest = a.LatestCheckIn;
        switch (a.KeyResult.Kind)
        {
            case LinearKind linear:
                if (latest is null)
                {
                    return ProgressResult.NotScored("no check-in yet");
                }

                return ProgressFormulas.Linear(linear, latest.Value) is { } ratio
                    ? ProgressResult.Scored(Progress.FromRatio(ratio), latest.Value, "linear")
                    : ProgressResult.NotScored(linear.Start == linear.Target ? "start equals target (rule: not scored)" : "the value is beyond the range of decimal arithmetic", latest.Value);

            case PercentageKind:
                return latest is null
                    ? ProgressResult.NotScored("no check-in yet")
                    : ProgressResult.Scored(Progress.FromRatio(KindProgressRules.Percentage(latest.Value)), latest.Value, "percentage");

            case ThresholdKind threshold:
                if (latest is null)
                {
                    return ProgressResult.NotScored("no check-in yet");
                }

                bool passes = ProgressFormulas.PassesThreshold(threshold.Direction, threshold.Threshold, threshold.Boundary, latest.Value);
                return ProgressResult.Scored(Progress.FromRatio(KindProgressRules.Threshold(passes)), latest.Value, "threshold");

            case RangeKind range:
                if (range.Lower > range.Upper)
                {
                    return ProgressResult.NotScored("the range is empty (lower above upper)", latest?.Value);
                }

                if (latest is null)
                {
                    return ProgressResult.NotScored("no check-in yet");
                }

                return ProgressResult.Scored(ProgressFormulas.InRange(range.Lower, range.Upper, latest.Value) ? Progress.Complete : Progress.Zero, latest.Value, "range");

            case ControlKpiKind kpi:
                return ControlKpi(a, kpi);

            case BinaryKind:
                return ProgressResult.Scored(Progress.FromRatio(KindProgressRules.Binary(latest is not null, latest?.Value ?? 0m)), latest?.Value, "binary");

            case MilestonesKind milestones:
                return Milestones(milestones, latest);

            case ActivityKind activity:
                return a.ActivityTally is { } tally && activity.Method is ActivityMethod.DoneShare or ActivityMethod.DoneCount
                    ? ActivityFromCounts(activity, tally.Counting, tally.Done, describe)
                    : Activity(a.KeyResult, activity, a.AsOf, describe);

            case CascadedSumKind cascade:
                return Cascade(cascade, a.ChildValues);

            case BaselineKind:
                return ProgressResult.NotScored("baseline: no target yet", latest?.Value);

            default:
                return ProgressResult.NotScored($"the kind '{a.KeyResult.Kind.Discriminator}' has no standard formula");
        }
    }

    public static string Explain(in ProgressArguments a, ProgressResult result)
    {
        if (!result.IsScored)
        {
            return "not scored: " + result.NotScoredReason;
        }

        decimal ratio = result.Progress!.Value.Ratio;
        string pct = Progress.FromRatio(ratio).ToString();
        return a.KeyResult.Kind switch
        {
            LinearKind l => string.Create(Inv, $"linear ({l.Direction.ToString().ToLowerInvariant()}): ({result.Value} - {l.Start}) / ({l.Target} - {l.Start}) = {pct}"),
            PercentageKind => string.Create(Inv, $"percentage: {result.Value} / 100 = {pct}"),
            ThresholdKind t => string.Create(Inv, $"threshold: {result.Value} must stay {(t.Direction == ThresholdDirection.StayAbove ? "above" : "below")} {t.Threshold} (on the threshold {(t.Boundary == ThresholdBoundary.OnThresholdPasses ? "passes" : "fails")}) = {pct}"),
            RangeKind r => string.Create(Inv, $"range: {result.Value} must lie in [{r.Lower}, {r.Upper}] = {pct}"),
            ControlKpiKind k => string.Create(Inv, $"control KPI ({k.Method}), {ControlKpiRules.Describe(k)} per check-in, {k.PlannedCheckIns} planned = {pct}"),
            BinaryKind => result.Value is null ? "binary: no check-in, not done yet = 0%" : string.Create(Inv, $"binary: latest value {result.Value} = {pct}"),
            MilestonesKind m => string.Create(Inv, $"milestones: {result.Value ?? 0} of {m.Milestones.Length} reached, weights {string.Join(" + ", m.Milestones.Select(x => x.Weight.ToString(Inv)))} = {pct}"),
            ActivityKind act => string.Create(Inv, $"activity ({act.Method}): {result.Rule} = {pct}"),
            CascadedSumKind c => string.Create(Inv, $"cascaded sum: ({result.Value} - {c.Start}) / ({c.Target} - {c.Start}) = {pct}"),
            _ => result.Rule + " = " + pct,
        };
    }

    private static ProgressResult ControlKpi(in ProgressArguments a, ControlKpiKind kpi)
    {
        var checkIns = a.GetCheckInsToDate();
        if (checkIns.IsEmpty)
        {
            return ProgressResult.NotScored("no check-in yet");
        }

        decimal last = checkIns[^1].Value;
        try
        {
            decimal? ratio;
            switch (kpi.Method)
            {
                case ControlKpiMethod.SuccessfulCheckInShare:
                    if (kpi.PlannedCheckIns <= 0)
                    {
                        return ProgressResult.NotScored("no planned check-ins", last);
                    }

                    int successes = checkIns.Count(c => ControlKpiRules.IsSuccessful(kpi, c.Value));
                    ratio = (decimal)successes / kpi.PlannedCheckIns;
                    break;
                case ControlKpiMethod.DistanceFromTarget:
                    ratio = ControlKpiRules.Distance(kpi, last, 1m);
                    break;
                case ControlKpiMethod.AverageOverTarget:
                    decimal sum = 0m;
                    foreach (var c in checkIns)
                    {
                        sum += c.Value;
                    }

                    ratio = ControlKpiRules.Distance(kpi, sum / checkIns.Length, 1m);
                    break;
                default:
                    if (kpi.PlannedCheckIns <= 0)
                    {
                        return ProgressResult.NotScored("no planned check-ins", last);
                    }

                    decimal total = 0m;
                    foreach (var c in checkIns)
                    {
                        total += c.Value;
                    }

                    ratio = ControlKpiRules.Distance(kpi, total, kpi.PlannedCheckIns);
                    break;
            }

            return ratio is { } r
                ? ProgressResult.Scored(Progress.FromRatio(r), last, "control-kpi")
                : ProgressResult.NotScored("the target is 0", last);
        }
        catch (OverflowException)
        {
            return ProgressResult.NotScored("the values are beyond the range of decimal arithmetic", last);
        }
    }

    private static ProgressResult Milestones(MilestonesKind kind, CheckIn? latest)
    {
        int reached = latest is null ? 0 : KindProgressRules.MilestonesReached(latest.Value, kind.Milestones.Length);

        Span<decimal> weights = kind.Milestones.Length <= 64 ? stackalloc decimal[kind.Milestones.Length] : new decimal[kind.Milestones.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = kind.Milestones[i].Weight;
        }

        return ProgressFormulas.Milestones(weights, reached) is { } ratio
            ? ProgressResult.Scored(Progress.FromRatio(ratio), reached, "milestones")
            : ProgressResult.NotScored("the milestones' weights sum to 0", reached);
    }

    private static ProgressResult Activity(KeyResult keyResult, ActivityKind kind, DateOnly asOf, bool describe)
    {
        // Each method sums only what it reads, so an effort beyond decimal's range affects only the effort method.
        bool efforts = kind.Method == ActivityMethod.EffortWeighted;
        bool completions = kind.Method == ActivityMethod.MeanCompletion;
        int counting = 0;
        int done = 0;
        decimal effortTotal = 0m;
        decimal effortDone = 0m;
        decimal completionSum = 0m;
        try
        {
            foreach (var initiative in keyResult.Initiatives)
            {
                if (!initiative.Contributes || initiative.Weight.IsZero)
                {
                    continue;
                }

                foreach (var item in initiative.WorkItems)
                {
                    if (!item.Counts)
                    {
                        continue;
                    }

                    counting++;
                    bool isDone = item.IsDoneAsOf(asOf);
                    if (isDone)
                    {
                        done++;
                    }

                    if (completions)
                    {
                        completionSum += item.CompletionAsOf(asOf);
                    }

                    if (efforts && item.Effort is { } effort)
                    {
                        effortTotal += effort;
                        if (isDone)
                        {
                            effortDone += effort;
                        }
                    }
                }
            }
        }
        catch (OverflowException)
        {
            return ProgressResult.NotScored("the efforts are beyond the range of decimal arithmetic");
        }

        return kind.Method switch
        {
            ActivityMethod.EffortWeighted => effortTotal == 0m
                ? ProgressResult.NotScored("no counting work item has an effort estimate")
                : ProgressResult.Scored(Progress.FromRatio(effortDone / effortTotal), done, describe ? string.Create(Inv, $"effort {effortDone} done of {effortTotal}") : "activity"),
            ActivityMethod.MeanCompletion => counting == 0
                ? ProgressResult.NotScored("no counting work item")
                : ProgressResult.Scored(Progress.FromRatio(completionSum / counting), done, describe ? string.Create(Inv, $"mean completion of {counting} work items") : "activity"),
            _ => ActivityFromCounts(kind, counting, done, describe),
        };
    }

    /// <summary>The activity methods that need only the counts: done out of a target count, or done out of counting.</summary>
    private static ProgressResult ActivityFromCounts(ActivityKind kind, int counting, int done, bool describe) =>
        kind.Method == ActivityMethod.DoneCount
            ? ProgressResult.Scored(Progress.FromRatio(done / kind.TargetCount!.Value), done, describe ? string.Create(Inv, $"{done} done of a target of {kind.TargetCount}") : "activity")
            : counting == 0
                ? ProgressResult.NotScored("no counting work item")
                : ProgressResult.Scored(Progress.FromRatio(KindProgressRules.DoneShare(counting, done)), done, describe ? string.Create(Inv, $"{done} done of {counting} work items") : "activity");

    private static ProgressResult Cascade(CascadedSumKind kind, ReadOnlySpan<decimal> childValues)
    {
        if (childValues.IsEmpty)
        {
            return ProgressResult.NotScored("no child key result has a value yet");
        }

        decimal sum = 0m;
        try
        {
            foreach (var v in childValues)
            {
                sum += v;
            }
        }
        catch (OverflowException)
        {
            return ProgressResult.NotScored("the children's values sum beyond the range of decimal arithmetic");
        }

        var linear = ProgressFormulas.Linear(kind.Start, kind.Target, sum, kind.WhenStartEqualsTarget);
        return linear is { } ratio
            ? ProgressResult.Scored(Progress.FromRatio(ratio), sum, "cascaded-sum")
            : ProgressResult.NotScored(kind.Start == kind.Target ? "start equals target (rule: not scored)" : "the sum is beyond the range of decimal arithmetic", sum);
    }
}
