namespace Okr.Core.Scoring;

/// <summary>
/// Objectives' forecasts: the plan scored again as of the same day with every forecast key result pinned at its
/// projected progress (a sticky override, which the scorer rolls up like any progress), so objectives, aligned
/// objectives, weights, capping and scales follow the plan's own roll-up rules, written once in the scorer. Key
/// results without a forecast are held at their current progress. The band rolls up the key results' low and high
/// ends the same way. An objective with no key result forecast in its own key results or beneath it (aligned objectives,
/// at any depth) is not forecast: holding everything at its current progress would be a flat line, not a forecast.
/// </summary>
internal static class ObjectiveForecaster
{
    private const string Author = "Okr.Core forecast";

    public static IEnumerable<ItemForecast> Forecast(Scorecard scorecard, IReadOnlyDictionary<string, ItemForecast> keyResults)
    {
        var plan = scorecard.Plan;
        var asOf = scorecard.AsOf;
        var middle = OkrScorer.Score(Pinned(plan, keyResults, asOf, f => f.Progress), asOf);
        bool anyBand = keyResults.Values.Any(f => f.Low is not null);
        var low = anyBand ? OkrScorer.Score(Pinned(plan, keyResults, asOf, f => f.Low ?? f.Progress), asOf) : null;
        var high = anyBand ? OkrScorer.Score(Pinned(plan, keyResults, asOf, f => f.High ?? f.Progress), asOf) : null;
        var fed = WithForecastBeneath(plan, keyResults);
        foreach (var objective in plan.Objectives)
        {
            yield return fed.Contains(objective.Id)
                ? Of(objective, scorecard[objective.Id], middle[objective.Id], low?[objective.Id], high?[objective.Id], keyResults)
                : Unforecast(objective);
        }
    }

    private static ItemForecast Unforecast(Objective objective)
    {
        const string Reason = "none of its key results, nor any aligned objective's, has a forecast";
        return new ItemForecast(objective.Id, OkrItemKind.Objective, ForecastResult.NotForecast(Reason), null, null, null, "not forecast: " + Reason, null);
    }

    /// <summary>
    /// The objectives with at least one key result forecast in their own key results or in a contributing objective
    /// aligned beneath them at any depth (an objective aligned to a key result is structural and feeds no roll-up). Each objective with a forecast key
    /// result marks itself and walks up its alignment chain until it meets an objective already marked, so the work is
    /// linear in the plan and no recursion follows the plan's depth.
    /// </summary>
    private static HashSet<string> WithForecastBeneath(OkrPlan plan, IReadOnlyDictionary<string, ItemForecast> keyResults)
    {
        var fed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var objective in plan.Objectives)
        {
            if (!objective.KeyResults.Any(k => keyResults.TryGetValue(k.Id, out var f) && f.Progress is not null))
            {
                continue;
            }

            var child = objective;
            while (child is not null && fed.Add(child.Id))
            {
                child = child.Contributes && child.Alignment is { Kind: AlignmentKind.Objective, TargetId: { } parent } ? plan.FindObjective(parent) : null;
            }
        }

        return fed;
    }

    private static ItemForecast Of(Objective objective, ItemResult now, ItemResult projected, ItemResult? low, ItemResult? high, IReadOnlyDictionary<string, ItemForecast> keyResults)
    {
        int forecast = objective.KeyResults.Count(k => keyResults[k.Id].Progress is not null);
        int held = objective.KeyResults.Length - forecast;
        var result = projected.Value is { } value
            ? ForecastResult.Projected(value, 0m, TargetReach.NotApplicable, null, forecast, "roll-up")
            : ForecastResult.NotForecast(projected.Progress is null ? "nothing to roll up: no child is scored or forecast" : "roll-up", forecast);
        if (projected.Progress is not { } progress)
        {
            return new ItemForecast(objective.Id, OkrItemKind.Objective, result, null, null, null, "not forecast: no child is scored or forecast", null);
        }

        Progress? l = low?.Progress, h = high?.Progress;
        if (l is { } a && h is { } b && a > b)
        {
            (l, h) = (b, a);
        }

        bool band = l is not null && h is not null && (l != progress || h != progress);
        string text = string.Create(
            CultureInfo.InvariantCulture,
            $"rolled up with the plan's roll-up from {forecast} key result forecast{(forecast == 1 ? string.Empty : "s")}{(held > 0 ? $" ({held} held at their current progress)" : string.Empty)} and any aligned objectives' forecasts: {progress} by {ForecastText.Day(objective.Period.End)} (now {now.Progress?.ToString() ?? "not scored"}){(band ? $", band {l} to {h}" : string.Empty)}");
        return new ItemForecast(objective.Id, OkrItemKind.Objective, result, progress, band ? l : null, band ? h : null, text, projected.Value, "roll-up");
    }

    /// <summary>The plan with each forecast key result's progress pinned by a sticky override dated the scoring day.</summary>
    private static OkrPlan Pinned(OkrPlan plan, IReadOnlyDictionary<string, ItemForecast> keyResults, DateOnly asOf, Func<ItemForecast, Progress?> pick)
    {
        var at = new DateTimeOffset(asOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var objectives = plan.Objectives.Select(o => o with
        {
            KeyResults = o.KeyResults.Select(k => keyResults.TryGetValue(k.Id, out var f) && pick(f) is { } p
                ? k with { ProgressOverride = new ProgressOverride(p, OverrideMode.Sticky, "forecast", Author, at) }
                : k).ToImmutableArray(),
        });
        return plan.WithObjectives(objectives);
    }
}
