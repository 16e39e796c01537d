namespace Okr.Core.Scoring;

/// <summary>
/// Where a plan is heading: each key result's value and progress projected to its period's end by the plan's
/// <see cref="ScoringConfiguration.Forecast"/> strategy, with a band and the day its target is reached, and each
/// objective's projected progress rolled up with the plan's own roll-up rules. A pure function of the scorecard.
/// </summary>
/// <example>
/// <code>
/// var forecast = OkrForecaster.Forecast(OkrScorer.Score(plan, new DateOnly(2026, 5, 15)));
/// Console.WriteLine(forecast["kr-1"].Explanation); // least squares through 4 check-ins, +1.2 per week; ...
/// </code>
/// </example>
public static class OkrForecaster
{
    /// <summary>Forecasts every objective and key result of the scorecard's plan from what was known by its day.</summary>
    /// <param name="scorecard">The plan's scorecard as of the day to forecast from.</param>
    /// <returns>The forecasts, in plan order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is null.</exception>
    /// <remarks>A custom <see cref="ForecastStrategy"/> that throws lets its exception through.</remarks>
    public static PlanForecast Forecast(Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        var plan = scorecard.Plan;
        var keyResults = new Dictionary<string, ItemForecast>(StringComparer.Ordinal);
        var cascades = new List<(Objective Objective, KeyResult KeyResult)>();
        var children = new Dictionary<string, List<KeyResult>>(StringComparer.Ordinal);
        foreach (var objective in plan.Objectives)
        {
            foreach (var keyResult in objective.KeyResults)
            {
                if (keyResult.ParentKeyResultId is { } parent)
                {
                    (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(keyResult);
                }

                if (keyResult.Kind is CascadedSumKind)
                {
                    cascades.Add((objective, keyResult));
                }
                else
                {
                    keyResults[keyResult.Id] = KeyResultForecaster.Forecast(scorecard, objective, keyResult);
                }
            }
        }

        ForecastCascades(scorecard, cascades, children, keyResults);
        var objectives = ObjectiveForecaster.Forecast(scorecard, keyResults).ToDictionary(f => f.Id, StringComparer.Ordinal);
        var items = new List<ItemForecast>(keyResults.Count + objectives.Count);
        foreach (var objective in plan.Objectives)
        {
            items.Add(objectives[objective.Id]);
            items.AddRange(objective.KeyResults.Select(k => keyResults[k.Id]));
        }

        return new PlanForecast(scorecard, items);
    }

    /// <summary>Cascaded sums after their children, in passes (no recursion): each pass forecasts the cascades whose
    /// children all have theirs; what is left after a pass that forecast nothing has a cycle.</summary>
    private static void ForecastCascades(Scorecard scorecard, List<(Objective Objective, KeyResult KeyResult)> pending, Dictionary<string, List<KeyResult>> children, Dictionary<string, ItemForecast> done)
    {
        while (pending.Count > 0)
        {
            int before = pending.Count;
            for (int i = pending.Count - 1; i >= 0; i--)
            {
                var (objective, keyResult) = pending[i];
                var own = children.TryGetValue(keyResult.Id, out var list) ? list : [];
                if (own.Any(c => !done.ContainsKey(c.Id)))
                {
                    continue;
                }

                var inputs = own.Select(c => ((ItemForecast?)done[c.Id], scorecard[c.Id].Value)).ToList();
                done[keyResult.Id] = KeyResultForecaster.Cascade(scorecard, objective, keyResult, inputs);
                pending.RemoveAt(i);
            }

            if (pending.Count == before)
            {
                foreach (var (_, keyResult) in pending)
                {
                    done[keyResult.Id] = KeyResultForecaster.NotForecast(keyResult.Id, "its cascade of child key results loops back to it");
                }

                return;
            }
        }
    }
}
