using System.Text.Json;
using Okr.Core.Scoring;
using Okr.Core.Serialization;
using Okr.Core.Tests.Support;
using Xunit;

namespace Okr.Core.Tests.Forecasting;

public class ForecastJsonTests
{
    private static OkrPlan Plan()
    {
        var line = new KeyResult
        {
            Id = "kr-line",
            Title = "Line",
            Kind = KeyResultKind.Increase(0m, 60m),
            CheckIns = [new CheckIn(Plans.At(Plans.Q2.Start), 0m), new CheckIn(Plans.At(Plans.Q2.Start.AddDays(10)), 10m), new CheckIn(Plans.At(Plans.Q2.Start.AddDays(20)), 20m)],
        };
        var none = new KeyResult { Id = "kr-none", Title = "None", Kind = KeyResultKind.Increase(0m, 10m) };
        return Plans.Plan(Plans.Objective("obj", line, none));
    }

    [Fact]
    public void Serialize_WithForecastAndStaleness_WritesThemPerObjectiveAndKeyResult()
    {
        var card = OkrScorer.Score(Plan(), new DateOnly(2026, 5, 1));
        using var doc = JsonDocument.Parse(OkrJson.Serialize(card, OkrJsonOptions.Default with { IncludeForecast = true, IncludeStaleness = true }));
        var root = doc.RootElement;
        Assert.Equal(14, root.GetProperty("staleAfterDays").GetInt32());
        var items = root.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        var line = items["kr-line"];
        var forecast = line.GetProperty("forecast");
        Assert.Equal(90m, forecast.GetProperty("value").GetDecimal());
        Assert.Equal(1.5m, forecast.GetProperty("progress").GetDecimal());
        Assert.Equal("2026-05-31", forecast.GetProperty("reachesTargetOn").GetString());
        Assert.Equal(90m, forecast.GetProperty("lowValue").GetDecimal());
        Assert.Equal("withinPeriod", forecast.GetProperty("reach").GetString());
        Assert.Equal(10, line.GetProperty("daysSinceCheckIn").GetInt32());
        Assert.False(line.GetProperty("stale").GetBoolean());
        var none = items["kr-none"];
        Assert.Equal(JsonValueKind.Null, none.GetProperty("forecast").GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, none.GetProperty("forecast").GetProperty("progress").ValueKind);
        Assert.Equal(JsonValueKind.Null, none.GetProperty("forecast").GetProperty("low").ValueKind);
        Assert.StartsWith("not forecast: no check-in", none.GetProperty("forecast").GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, none.GetProperty("daysSinceCheckIn").ValueKind);
        Assert.True(none.GetProperty("stale").GetBoolean());
        Assert.Equal(1, items["obj"].GetProperty("staleKeyResults").GetInt32());
        Assert.True(items["obj"].GetProperty("forecast").GetProperty("progress").GetDecimal() > 0m);
    }

    [Fact]
    public void Serialize_ByDefault_LeavesForecastAndStalenessOut()
    {
        var json = OkrJson.Serialize(OkrScorer.Score(Plan(), new DateOnly(2026, 5, 1)));
        Assert.DoesNotContain("forecast", json, StringComparison.Ordinal);
        Assert.DoesNotContain("stale", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ForecastStrategyAndStaleThreshold_RoundTrip()
    {
        var plan = Plan().WithScoring(ScoringConfiguration.Default with { Forecast = new LeastSquaresForecast(0.95m), StaleAfterDays = 21 });
        var json = OkrJson.Serialize(plan);
        Assert.Contains("\"forecast\":{\"name\":\"least-squares\",\"options\":{\"bandCoverage\":0.95}}", json, StringComparison.Ordinal);
        Assert.Contains("\"staleAfterDays\":21", json, StringComparison.Ordinal);
        var back = OkrJson.Deserialize(json);
        Assert.Equal(plan, back);
        Assert.Equal(21, back.Scoring.StaleAfterDays);
        Assert.DoesNotContain("staleAfterDays", OkrJson.Serialize(Plan()), StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_StaleAfterDaysBelowOne_IsAnErrorNamingIt()
    {
        var e = Assert.Throws<OkrJsonException>(() => OkrJson.Deserialize("""{"schemaVersion":1,"scoring":{"staleAfterDays":0}}"""));
        Assert.Contains("staleAfterDays", e.Message, StringComparison.Ordinal);
    }
}
