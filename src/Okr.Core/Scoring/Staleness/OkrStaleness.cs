namespace Okr.Core.Scoring;

/// <summary>
/// Stale check-ins: how many days since each key result's last check-in as of a scorecard's day, whether that is past
/// the plan's <see cref="ScoringConfiguration.StaleAfterDays"/> (14 by default: two missed weekly check-ins), and how
/// many stale key results each objective has. Closed or achieved key results are never stale.
/// </summary>
public static class OkrStaleness
{
    /// <summary>Checks every objective and key result with the plan's threshold.</summary>
    /// <param name="scorecard">The scorecard as of the day to check.</param>
    /// <returns>The freshness of every objective and key result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is null.</exception>
    public static PlanStaleness Check(Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        return Check(scorecard, scorecard.Plan.Scoring.StaleAfterDays);
    }

    /// <summary>Checks every objective and key result with the given threshold.</summary>
    /// <param name="scorecard">The scorecard as of the day to check.</param>
    /// <param name="staleAfterDays">Stale when more days than this have passed since the last check-in; 1 or more.</param>
    /// <returns>The freshness of every objective and key result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="staleAfterDays"/> is below 1.</exception>
    public static PlanStaleness Check(Scorecard scorecard, int staleAfterDays)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentOutOfRangeException.ThrowIfLessThan(staleAfterDays, 1);
        var items = new List<ItemStaleness>();
        foreach (var objective in scorecard.Plan.Objectives)
        {
            int start = items.Count;
            items.Add(default);
            int stale = 0;
            foreach (var keyResult in objective.KeyResults)
            {
                var item = Of(objective, keyResult, scorecard[keyResult.Id].Status, scorecard.AsOf, staleAfterDays);
                stale += item.StaleKeyResults;
                items.Add(item);
            }

            string reason = stale == 0 ? "no stale key result" : $"{stale} stale key result{(stale == 1 ? string.Empty : "s")} of {objective.KeyResults.Length}";
            items[start] = new ItemStaleness(objective.Id, OkrItemKind.Objective, null, null, stale > 0, stale, reason);
        }

        return new PlanStaleness(scorecard.AsOf, staleAfterDays, items);
    }

    /// <summary>The stale rule for one key result.</summary>
    internal static ItemStaleness Of(Objective objective, KeyResult keyResult, OkrStatus status, DateOnly asOf, int staleAfterDays)
    {
        var last = keyResult.LatestCheckInAsOf(asOf);
        DateOnly? lastDay = last?.Day;
        int? days = lastDay is { } d ? asOf.DayNumber - d.DayNumber : null;
        string? fresh = status switch
        {
            OkrStatus.Closed => "closed: never stale",
            OkrStatus.Achieved => "achieved: never stale",
            _ when keyResult.Kind is ActivityKind => "measured by its work items, not by check-ins",
            _ when keyResult.Kind is CascadedSumKind => "measured by the key results cascading into it, not by check-ins",
            _ when asOf > objective.Period.End => $"the period ended on {ForecastText.Day(objective.Period.End)}: no check-in is due",
            _ when asOf < objective.Period.Start => $"the period starts on {ForecastText.Day(objective.Period.Start)}",
            _ => null,
        };
        if (fresh is not null)
        {
            return new ItemStaleness(keyResult.Id, OkrItemKind.KeyResult, lastDay, days, false, 0, fresh);
        }

        // Without a check-in in the period, the clock runs from the period's first day.
        int since = lastDay is { } l && l >= objective.Period.Start ? asOf.DayNumber - l.DayNumber : asOf.DayNumber - objective.Period.Start.DayNumber;
        bool stale = since > staleAfterDays;
        string reason = lastDay is { } ld && ld >= objective.Period.Start
            ? $"last check-in {since} day{(since == 1 ? string.Empty : "s")} ago, on {ForecastText.Day(ld)} (stale after {staleAfterDays})"
            : $"no check-in since the period started {since} day{(since == 1 ? string.Empty : "s")} ago (stale after {staleAfterDays})";
        return new ItemStaleness(keyResult.Id, OkrItemKind.KeyResult, lastDay, days, stale, stale ? 1 : 0, reason);
    }
}
