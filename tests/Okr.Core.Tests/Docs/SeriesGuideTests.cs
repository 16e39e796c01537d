using Okr.Core.Scoring;
using Okr.Core.Serialization;

namespace Okr.Core.Tests.Docs;

public class SeriesGuideTests
{
    [Fact]
    public void Series_GivesTheGuidesWeeklyPoints()
    {
        var q2 = Period.Quarter(2026, 2);
        var signups = new KeyResult
        {
            Id = "signups",
            Title = "Reach 1,000 sign-ups",
            Kind = KeyResultKind.Increase(0, 1000),
            CheckIns = [.. new[] { (0, 0m), (14, 170m), (28, 330m), (42, 500m) }.Select(p => new CheckIn(new DateTimeOffset(q2.Start.AddDays(p.Item1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), p.Item2))],
        };
        var plan = new OkrPlan([new Objective { Id = "growth", Title = "Grow", Period = q2, KeyResults = [signups] }]);

        var (series, json) = SeriesGuideSnippets.Series(plan);

        Assert.Equal(13, series.Days.Count);
        var points = series.Points("growth");
        Assert.Equal([0m, 0m, 0.17m, 0.17m, 0.33m, 0.33m, 0.5m], points.Take(7).Select(p => p.Progress!.Value.Ratio));
        Assert.Equal(OkrScorer.Score(plan, new DateOnly(2026, 5, 6))["growth"].ExpectedProgress, series["growth", new DateOnly(2026, 5, 6)].ExpectedProgress);
        Assert.Equal(points, OkrJson.DeserializeSeries(json).Points("growth"));
    }
}
