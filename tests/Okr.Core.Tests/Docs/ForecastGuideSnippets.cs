using Okr.Core.Scoring;
using Okr.Core.Serialization;

namespace Okr.Core.Tests.Docs;

// The forecast code shown in docs/guide.md, compiled and run here.
public static class ForecastGuideSnippets
{
    public static (PlanForecast Forecast, PlanStaleness Staleness, string Json) Forecast(OkrPlan plan)
    {
        // begin-snippet: forecast
        var scorecard = OkrScorer.Score(plan, new DateOnly(2026, 5, 15));
        PlanForecast forecast = OkrForecaster.Forecast(scorecard);
        ItemForecast signups = forecast["signups"];
        Console.WriteLine(signups.Explanation);
        // least squares through 4 check-ins, +83 per week; 1068.14 by 2026-06-30 (106.81%),
        // band 1053.4 to 1082.88 (105.34% to 108.29%); reaches 1000 on 2026-06-25
        Console.WriteLine(forecast["growth"].Progress); // rolled up with the plan's own roll-up

        PlanStaleness staleness = OkrStaleness.Check(scorecard); // the plan's threshold, 14 days by default
        foreach (var stale in staleness.StaleKeyResults)
        {
            Console.WriteLine(stale.Reason); // no check-in since the period started 44 days ago (stale after 14)
        }

        string json = OkrJson.Serialize(scorecard, OkrJsonOptions.Default with { IncludeForecast = true, IncludeStaleness = true });
        // end-snippet
        return (forecast, staleness, json);
    }
}
