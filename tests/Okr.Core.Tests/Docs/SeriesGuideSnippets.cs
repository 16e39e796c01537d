using Okr.Core.Scoring;
using Okr.Core.Serialization;

namespace Okr.Core.Tests.Docs;

// The series code shown in docs/guide.md and README.md, compiled and run here.
public static class SeriesGuideSnippets
{
    public static (ScorecardSeries Series, string Json) Series(OkrPlan plan)
    {
        // begin-snippet: series
        var quarter = Period.Quarter(2026, 2);
        ScorecardSeries series = OkrScorer.ScoreSeries(plan.CompileScoring(), SeriesDays.Weekly(quarter));
        foreach (SeriesPoint point in series.Points("growth"))
        {
            Console.WriteLine($"{point.Day}: {point.Progress} (expected {point.ExpectedProgress}) {point.Status}");
        }

        Scorecard may4 = series.ScorecardOn(new DateOnly(2026, 5, 6)); // a whole day, explanations included
        string json = OkrJson.SerializeSeries(series); // one array per number, one entry per day
        // end-snippet
        Assert.Equal(may4.AsOf, new DateOnly(2026, 5, 6));
        return (series, json);
    }
}
