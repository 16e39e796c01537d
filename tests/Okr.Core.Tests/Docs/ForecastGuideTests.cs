using Okr.Core.Scoring;
using Xunit;

namespace Okr.Core.Tests.Docs;

public class ForecastGuideTests
{
    [Fact]
    public void Forecast_GivesTheNumbersTheGuideStates()
    {
        var q2 = Period.Quarter(2026, 2);
        var signups = new KeyResult
        {
            Id = "signups",
            Title = "Reach 1,000 sign-ups",
            Kind = KeyResultKind.Increase(0, 1000),
            CheckIns = [.. new[] { (0, 0m), (14, 170m), (28, 330m), (42, 500m) }.Select(p => new CheckIn(new DateTimeOffset(q2.Start.AddDays(p.Item1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), p.Item2))],
        };
        var churn = new KeyResult { Id = "churn", Title = "Churn below 2%", Kind = KeyResultKind.Decrease(5, 2) };
        var plan = new OkrPlan([new Objective { Id = "growth", Title = "Grow", Period = q2, KeyResults = [signups, churn] }]);
        var (forecast, staleness, json) = ForecastGuideSnippets.Forecast(plan);
        Assert.Equal(
            "least squares through 4 check-ins, +83 per week; 1068.14 by 2026-06-30 (106.81%), band 1053.4 to 1082.88 (105.34% to 108.29%); reaches 1000 on 2026-06-25",
            forecast["signups"].Explanation);
        Assert.Equal(forecast["signups"].Progress, forecast["growth"].Progress); // churn has no check-in: not scored, left out of the roll-up
        Assert.Equal("no check-in since the period started 44 days ago (stale after 14)", staleness["churn"].Reason);
        Assert.Equal(["churn"], staleness.StaleKeyResults.Select(s => s.Id));
        Assert.Contains("\"forecast\"", json, StringComparison.Ordinal);
    }
}
