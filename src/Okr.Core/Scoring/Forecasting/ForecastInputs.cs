namespace Okr.Core.Scoring;

/// <summary>
/// What a key result's forecast is fitted through, by kind: its dated values in the period (one per day, the value
/// held at the end of that day, by the same latest-moment rule as scoring), its start and target; for activity key
/// results, its progress on each day a work item was completed. Kinds with no trend to project carry the reason.
/// </summary>
internal sealed class ForecastInputs
{
    private ForecastInputs(ForecastPoint[] points, decimal? start, ForecastTarget? target, ForecastMeasure measure, string? reason, int checkInCount)
    {
        Points = points;
        Start = start;
        Target = target;
        Measure = measure;
        NotForecastReason = reason;
        CheckInCount = checkInCount;
    }

    public ForecastPoint[] Points { get; }

    public decimal? Start { get; }

    public ForecastTarget? Target { get; }

    public ForecastMeasure Measure { get; }

    /// <summary>Why the kind cannot be forecast, or null.</summary>
    public string? NotForecastReason { get; }

    /// <summary>How many check-ins (or completed work items) lie in the period by the day.</summary>
    public int CheckInCount { get; }

    public static ForecastInputs For(KeyResult keyResult, ProgressStrategy progress, Period period, DateOnly asOf)
    {
        var kind = keyResult.Kind;
        if (kind is ActivityKind activity)
        {
            return ForActivity(keyResult, activity, progress, period, asOf);
        }

        var (points, count) = CheckInPoints(keyResult, period, asOf);
        return kind switch
        {
            LinearKind l => new(points, l.Start, l.Start == l.Target ? null : new ForecastTarget(l.Target, l.Target > l.Start ? ForecastDirection.Increase : ForecastDirection.Decrease), ForecastMeasure.Value, null, count),
            PercentageKind => new(points, 0m, new ForecastTarget(100m, ForecastDirection.Increase), ForecastMeasure.Value, null, count),
            MilestonesKind m => new(points, 0m, m.Milestones.Length == 0 ? null : new ForecastTarget(m.Milestones.Length, ForecastDirection.Increase), ForecastMeasure.Value, null, count),
            ThresholdKind t => new(points, null, new ForecastTarget(
                t.Threshold,
                t.Direction == ThresholdDirection.StayAbove ? ForecastDirection.Increase : ForecastDirection.Decrease,
                t.Boundary == ThresholdBoundary.OnThresholdPasses), ForecastMeasure.Value, null, count),
            RangeKind or BaselineKind => new(points, null, null, ForecastMeasure.Value, null, count),
            ControlKpiKind { Direction: ControlKpiDirection.Between } => NotForecast("a control KPI kept between two bounds has no single target to move towards", count),
            ControlKpiKind { Method: ControlKpiMethod.DistanceFromTarget } k => new(points, null, new ForecastTarget(
                k.Target, k.Direction == ControlKpiDirection.AtLeast ? ForecastDirection.Increase : ForecastDirection.Decrease), ForecastMeasure.Value, null, count),
            ControlKpiKind k => NotForecast($"a control KPI measured over all its check-ins ({k.Method}) has no single value to project", count),
            BinaryKind => NotForecast("a binary key result is done or not: it has no trend to project", count),
            _ => NotForecast($"the kind '{kind.Discriminator}' has no value of its own to project", count),
        };
    }

    private static ForecastInputs NotForecast(string reason, int count) => new([], null, null, ForecastMeasure.Value, reason, count);

    /// <summary>The value held at the end of each day with a check-in, within the period and by the day: the
    /// check-in with the latest moment that day, the one recorded last on a tie (the rule of <see cref="KeyResult.LatestCheckInAsOf"/>).</summary>
    private static (ForecastPoint[] Points, int Count) CheckInPoints(KeyResult keyResult, Period period, DateOnly asOf)
    {
        int first = period.Start.DayNumber;
        int last = Math.Min(asOf.DayNumber, period.End.DayNumber);
        var latestByDay = new SortedDictionary<int, CheckIn>();
        int count = 0;
        foreach (var checkIn in keyResult.CheckIns)
        {
            int day = checkIn.DayNumber;
            if (day < first || day > last)
            {
                continue;
            }

            count++;
            if (!latestByDay.TryGetValue(day, out var held) || checkIn.UtcTicks >= held.UtcTicks)
            {
                latestByDay[day] = checkIn;
            }
        }

        var points = new ForecastPoint[latestByDay.Count];
        int i = 0;
        foreach (var (day, checkIn) in latestByDay)
        {
            points[i++] = new ForecastPoint(DateOnly.FromDayNumber(day), checkIn.Value);
        }

        return (points, count);
    }

    /// <summary>An activity key result's progress (by its own progress strategy) at the period's start, on each day a
    /// counting work item was completed since, and on the day itself: the steps of its burn-up.</summary>
    private static ForecastInputs ForActivity(KeyResult keyResult, ActivityKind kind, ProgressStrategy progress, Period period, DateOnly asOf)
    {
        var last = asOf < period.End ? asOf : period.End;
        if (last < period.Start)
        {
            return new([], 0m, new ForecastTarget(1m, ForecastDirection.Increase), ForecastMeasure.Progress, null, 0);
        }

        var days = new SortedSet<DateOnly> { period.Start, last };
        int completed = 0;
        foreach (var initiative in keyResult.Initiatives)
        {
            if (!initiative.Contributes || initiative.Weight.IsZero)
            {
                continue;
            }

            foreach (var item in initiative.WorkItems)
            {
                if (item.Counts && item.State == WorkItemState.Done && item.CompletedOn is { } on && on > period.Start && on <= last)
                {
                    days.Add(on);
                    completed++;
                }
            }
        }

        var points = new List<ForecastPoint>(days.Count);
        foreach (var day in days)
        {
            var result = progress.Compute(new ProgressArguments(keyResult, period, day, keyResult.LatestCheckInAsOf(day), default));
            if (result.Progress is { } p)
            {
                points.Add(new ForecastPoint(day, p.Ratio));
            }
        }

        string? reason = points.Count > 0 ? null : "its work items give no progress yet";
        return new([.. points], points.Count > 0 ? points[0].Value : 0m, new ForecastTarget(1m, ForecastDirection.Increase), ForecastMeasure.Progress, reason, completed);
    }
}
