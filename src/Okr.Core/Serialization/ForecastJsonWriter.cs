using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <summary>Writes the forecast and stale check-in members of a scorecard item.</summary>
internal static class ForecastJsonWriter
{
    /// <summary><c>"forecast": {value, progress, reachesTargetOn, low, high, lowValue, highValue, ratePerDay, reach, rule, explanation}</c>, null members where not applicable.</summary>
    public static void WriteForecast(Utf8JsonWriter w, ItemForecast f)
    {
        w.WriteStartObject("forecast"u8);
        ScorecardJsonWriter.WriteNumber(w, "value", f.Value);
        ScorecardJsonWriter.WriteProgress(w, "progress", f.Progress);
        if (f.ReachesTargetOn is { } day)
        {
            JsonText.WriteDay(w, "reachesTargetOn"u8, day);
        }
        else
        {
            w.WriteNull("reachesTargetOn"u8);
        }

        ScorecardJsonWriter.WriteProgress(w, "low", f.Low);
        ScorecardJsonWriter.WriteProgress(w, "high", f.High);
        ScorecardJsonWriter.WriteNumber(w, "lowValue", f.LowValue);
        ScorecardJsonWriter.WriteNumber(w, "highValue", f.HighValue);
        ScorecardJsonWriter.WriteNumber(w, "ratePerDay", f.RatePerDay);
        w.WriteString("reach"u8, JsonText.EnumName(f.Reach));
        w.WriteString("rule"u8, f.Rule);
        w.WriteString("explanation"u8, f.Explanation);
        w.WriteEndObject();
    }

    /// <summary>Key results: <c>daysSinceCheckIn</c>, <c>stale</c>; objectives: <c>stale</c>, <c>staleKeyResults</c>.</summary>
    public static void WriteStaleness(Utf8JsonWriter w, ItemStaleness s)
    {
        if (s.ItemKind == OkrItemKind.KeyResult)
        {
            if (s.DaysSinceCheckIn is { } days)
            {
                w.WriteNumber("daysSinceCheckIn"u8, days);
            }
            else
            {
                w.WriteNull("daysSinceCheckIn"u8);
            }

            w.WriteBoolean("stale"u8, s.IsStale);
        }
        else
        {
            w.WriteBoolean("stale"u8, s.IsStale);
            w.WriteNumber("staleKeyResults"u8, s.StaleKeyResults);
        }
    }
}
