namespace Okr.Core.Scoring;

/// <summary>
/// A key result's forecast: its inputs by kind, the plan's <see cref="ForecastStrategy"/> for the line, and the key
/// result's own progress strategy for the progress at the projected value (the rule of the scorer, not a copy).
/// </summary>
internal static class KeyResultForecaster
{
    public static ItemForecast Forecast(Scorecard scorecard, Objective objective, KeyResult keyResult)
    {
        var asOf = scorecard.AsOf;
        var period = objective.Period;
        var score = scorecard[keyResult.Id];
        if (asOf < period.Start)
        {
            return NotForecast(keyResult.Id, $"the period starts on {ForecastText.Day(period.Start)}");
        }

        var progressStrategy = scorecard.Plan.Scoring.ProgressFor(keyResult);
        if ((objective.ClosedOn is { } closed && closed <= asOf) || asOf >= period.End)
        {
            return Final(keyResult, score, objective, progressStrategy, asOf);
        }

        var inputs = ForecastInputs.For(keyResult, progressStrategy, period, asOf);
        if (inputs.NotForecastReason is { } reason)
        {
            return NotForecast(keyResult.Id, reason, inputs.Points.Length);
        }

        var arguments = new ForecastArguments(keyResult, period, asOf, inputs.Points, inputs.Start, inputs.Target) { Measure = inputs.Measure };
        var result = scorecard.Plan.Scoring.Forecast.Forecast(arguments);
        if (!result.IsForecast)
        {
            return NotForecast(keyResult.Id, result.NotForecastReason ?? "the forecast strategy gave no value", result.PointCount);
        }

        return inputs.Measure == ForecastMeasure.Progress
            ? FromProgress(keyResult, (ActivityKind)keyResult.Kind, score, result, inputs, period)
            : FromValue(keyResult, score, result, inputs, period, asOf, progressStrategy);
    }

    /// <summary>A cascaded sum's forecast: the sum of its children's projected values (a child without one is held
    /// at its current value), turned into progress by its own progress strategy.</summary>
    public static ItemForecast Cascade(Scorecard scorecard, Objective objective, KeyResult keyResult, IReadOnlyList<(ItemForecast? Forecast, decimal? Current)> children)
    {
        var asOf = scorecard.AsOf;
        var period = objective.Period;
        var progressStrategy = scorecard.Plan.Scoring.ProgressFor(keyResult);
        if (asOf < period.Start)
        {
            return NotForecast(keyResult.Id, $"the period starts on {ForecastText.Day(period.Start)}");
        }

        if ((objective.ClosedOn is { } closed && closed <= asOf) || asOf >= period.End)
        {
            return Final(keyResult, scorecard[keyResult.Id], objective, progressStrategy, asOf);
        }

        decimal sum = 0m, low = 0m, high = 0m, rate = 0m;
        int projected = 0, held = 0;
        try
        {
            foreach (var (forecast, current) in children)
            {
                if (forecast?.Value is { } v)
                {
                    projected++;
                    sum += v;
                    low += forecast.LowValue ?? v;
                    high += forecast.HighValue ?? v;
                    rate += forecast.RatePerDay ?? 0m;
                }
                else if (current is { } c)
                {
                    held++;
                    sum += c;
                    low += c;
                    high += c;
                }
            }
        }
        catch (OverflowException)
        {
            return NotForecast(keyResult.Id, "the children's projected values sum beyond the range of decimal arithmetic");
        }

        if (projected == 0)
        {
            return NotForecast(keyResult.Id, "no child key result has a forecast");
        }

        bool band = low != sum || high != sum;
        var result = ForecastResult.Projected(sum, rate, TargetReach.NotApplicable, null, projected, "cascaded-sum", band ? Math.Min(low, sum) : null, band ? Math.Max(high, sum) : null);
        var progress = ProgressAt(keyResult, progressStrategy, period, asOf, sum);
        var (pl, ph) = band ? Ordered(ProgressAt(keyResult, progressStrategy, period, asOf, result.Low!.Value), ProgressAt(keyResult, progressStrategy, period, asOf, result.High!.Value)) : (null, null);
        string text = $"sum of {projected} child key result{(projected == 1 ? string.Empty : "s")}' forecasts{(held > 0 ? $" and {held} held at their current value" : string.Empty)}: {ForecastText.Number(sum)} by {ForecastText.Day(period.End)} ({progress?.ToString() ?? "not scored"})";
        return new ItemForecast(keyResult.Id, OkrItemKind.KeyResult, result, progress, pl, ph, text);
    }

    internal static ItemForecast NotForecast(string id, string reason, int pointCount = 0) =>
        new(id, OkrItemKind.KeyResult, ForecastResult.NotForecast(reason, pointCount), null, null, null, "not forecast: " + reason);

    private static ItemForecast FromValue(KeyResult keyResult, ItemResult score, ForecastResult result, ForecastInputs inputs, Period period, DateOnly asOf, ProgressStrategy progressStrategy)
    {
        var progress = ProgressAt(keyResult, progressStrategy, period, asOf, result.Value!.Value);
        var (low, high) = result.Low is { } l && result.High is { } h
            ? Ordered(ProgressAt(keyResult, progressStrategy, period, asOf, l), ProgressAt(keyResult, progressStrategy, period, asOf, h))
            : (null, null);
        string? note = null;
        if (score.IsProgressOverridden)
        {
            (progress, low, high) = (score.Progress, null, null);
            note = $"; its progress is overridden by hand, so {score.Progress} is held";
        }

        return new ItemForecast(keyResult.Id, OkrItemKind.KeyResult, result, progress, low, high, ForecastText.Projected(result, inputs, period, progress, low, high, note));
    }

    /// <summary>An activity key result: the projected progress, never below today's (work done stays done) nor above
    /// all its counting work done.</summary>
    private static ItemForecast FromProgress(KeyResult keyResult, ActivityKind kind, ItemResult score, ForecastResult result, ForecastInputs inputs, Period period)
    {
        decimal current = score.Progress?.Ratio ?? 0m;
        decimal ceiling = 1m;
        if (kind.Method == ActivityMethod.DoneCount && kind.TargetCount is { } target && target > 0m)
        {
            int counting = keyResult.Initiatives.Where(i => i.Contributes && !i.Weight.IsZero).Sum(i => i.WorkItems.Count(w => w.Counts));
            ceiling = counting / target;
        }

        Progress Bound(decimal ratio) => Okr.Core.Progress.FromRatio(Math.Max(current, Math.Min(ratio, Math.Max(ceiling, current))));
        var progress = Bound(result.Value!.Value);
        Progress? low = result.Low is { } l ? Bound(l) : null;
        Progress? high = result.High is { } h ? Bound(h) : null;
        string? note = null;
        if (score.IsProgressOverridden)
        {
            (progress, low, high) = (score.Progress!.Value, null, null);
            note = $"; its progress is overridden by hand, so {score.Progress} is held";
        }

        return new ItemForecast(keyResult.Id, OkrItemKind.KeyResult, result, progress, low, high, ForecastText.Projected(result, inputs, period, progress, low, high, note), value: null);
    }

    /// <summary>The period is over (or the objective closed): the forecast is the final value, not a projection.</summary>
    private static ItemForecast Final(KeyResult keyResult, ItemResult score, Objective objective, ProgressStrategy progressStrategy, DateOnly asOf)
    {
        bool closed = objective.ClosedOn is { } c && c <= asOf;
        string rule = closed ? "closed" : "period-ended";
        string why = closed
            ? $"the objective was closed on {ForecastText.Day(objective.ClosedOn!.Value)}"
            : $"the period ended on {ForecastText.Day(objective.Period.End)}";
        var inputs = ForecastInputs.For(keyResult, progressStrategy, objective.Period, asOf);
        var (reach, day) = (TargetReach.NotApplicable, (DateOnly?)null);
        if (inputs.Target is { } target && inputs.NotForecastReason is null)
        {
            var reached = inputs.Points.FirstOrDefault(p => target.IsReachedBy(p.Value));
            (reach, day) = reached.Day != default ? (TargetReach.AlreadyReached, (DateOnly?)reached.Day) : (TargetReach.Never, null);
        }

        var result = score.Value is { } value && keyResult.Kind is not ActivityKind
            ? ForecastResult.Projected(value, 0m, reach, day, inputs.Points.Length, rule)
            : ForecastResult.NotForecast(why, inputs.Points.Length);
        string text = $"{why}: the final {(score.Value is { } v && keyResult.Kind is not ActivityKind ? $"value is {ForecastText.Number(v)} ({score.Progress?.ToString() ?? "not scored"})" : $"progress is {score.Progress?.ToString() ?? "not scored"}")}";
        return new ItemForecast(keyResult.Id, OkrItemKind.KeyResult, result, score.Progress, null, null, text, keyResult.Kind is ActivityKind ? null : score.Value);
    }

    /// <summary>The progress the key result would have with <paramref name="value"/> checked in at the end of its
    /// period's last day (its check-ins after the scoring day left out), by its own progress strategy.</summary>
    internal static Progress? ProgressAt(KeyResult keyResult, ProgressStrategy strategy, Period period, DateOnly asOf, decimal value)
    {
        var moment = new DateTimeOffset(period.End.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
        var synthetic = new CheckIn(moment, value);
        var history = keyResult.CheckIns.Where(c => c.Day <= asOf).Append(synthetic).ToImmutableArray();
        var projected = keyResult with { CheckIns = history };
        ReadOnlySpan<decimal> children = keyResult.Kind is CascadedSumKind ? [value] : default;
        return strategy.Compute(new ProgressArguments(projected, period, period.End, synthetic, children)).Progress;
    }

    private static (Progress? Low, Progress? High) Ordered(Progress? a, Progress? b) =>
        a is { } x && b is { } y ? (x <= y ? (x, y) : (y, x)) : (null, null);
}
