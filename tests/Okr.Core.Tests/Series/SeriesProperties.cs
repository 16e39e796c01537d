using FsCheck;
using FsCheck.Xunit;
using Okr.Core.Scoring;
using Okr.Core.Testing;
using Okr.Core.Tests.Generators;

namespace Okr.Core.Tests.Series;

/// <summary>A series equals scoring the plan as of each of its days, bit for bit (every number with its exact bits, so
/// 0.5 and 0.50 differ), for any plan (every kind, overrides, phased targets, custom strategies, closed objectives) and
/// any days (before, inside and after the periods, unsorted, duplicated), from the records and from compiled tables.</summary>
[Properties(Arbitrary = [typeof(OkrArbitraries)], MaxTest = 100)]
public class SeriesProperties
{
    private static string Bits(decimal? value) => value is { } v ? string.Join(",", decimal.GetBits(v)) : "null";

    private static string Fingerprint(SeriesPoint p) => string.Join(
        "|", p.Day, Bits(p.Progress?.Ratio), Bits(p.Value), Bits(p.ExpectedProgress?.Ratio), p.Status, Bits(p.Confidence), Bits(p.Score), p.Grade, p.IsProgressOverridden);

    private static List<string> Fingerprint(Scorecard scorecard) =>
        scorecard.Items.Select(i => string.Join("|", i.Id, Fingerprint(new SeriesPoint(scorecard.AsOf, i)), Bits(i.Score.Computed), i.Score.Override is not null)).ToList();

    /// <summary>Days that matter to the plan (period boundaries and the days around them, check-in days, completion and due
    /// days) and days far from it, picked by the generated numbers; in the order picked, with repeats.</summary>
    internal static List<DateOnly> DaysFor(OkrPlan plan, int[] picks)
    {
        var candidates = new List<DateOnly> { new(2019, 12, 31), new(2031, 1, 1), new(2026, 5, 15) };
        foreach (var objective in plan.Objectives)
        {
            foreach (var day in new[] { objective.Period.Start, objective.Period.End })
            {
                candidates.AddRange([day.AddDays(-1), day, day.AddDays(1)]);
            }

            if (objective.ClosedOn is { } closed)
            {
                candidates.AddRange([closed.AddDays(-1), closed]);
            }

            foreach (var keyResult in objective.KeyResults)
            {
                candidates.AddRange(keyResult.CheckIns.Select(c => c.Day));
                candidates.AddRange(keyResult.Initiatives.SelectMany(i => i.WorkItems).SelectMany(w => new[] { w.CompletedOn, w.Due }).OfType<DateOnly>());
            }
        }

        return picks.Take(12).Select(p => candidates[(int)((uint)p % (uint)candidates.Count)]).ToList();
    }

    private static void AssertSeriesEqualsScoring(OkrPlan plan, List<DateOnly> days)
    {
        var series = OkrScorer.ScoreSeries(plan, days);
        var distinct = days.Distinct().Order().ToList();
        Assert.Equal(distinct, series.Days);
        Assert.Equal(plan.Index.Ids, series.ItemIds);
        var expected = distinct.ToDictionary(d => d, d => OkrScorer.Score(plan, d));
        foreach (string id in series.ItemIds)
        {
            var points = series.Points(id);
            Assert.Equal(distinct.Count, points.Count);
            for (int d = 0; d < distinct.Count; d++)
            {
                Assert.Equal(Fingerprint(new SeriesPoint(distinct[d], expected[distinct[d]][id])), Fingerprint(points[d]));
                Assert.Equal(Fingerprint(points[d]), Fingerprint(series[id, distinct[d]]));
            }
        }

        // A whole day rebuilt from the store is the day's scorecard, explanations included.
        var last = distinct[^1];
        Assert.Equal(Fingerprint(expected[last]), Fingerprint(series.ScorecardOn(last)));
        if (series.ItemIds.Count == 0)
        {
            return;
        }

        var anyId = series.ItemIds[series.ItemIds.Count / 2];
        Assert.Equal(expected[last].Explain(anyId).ToString(), series.ScorecardOn(last).Explain(anyId).ToString());
    }

    [Property]
    public void Series_GeneratedPlans_EqualsScoringEachDayBitForBit(OkrPlan plan, NonEmptyArray<int> picks, bool compile)
    {
        var days = DaysFor(plan, picks.Get);
        AssertSeriesEqualsScoring(compile ? plan.CompileScoring() : plan, days);
    }

    [Theory]
    [InlineData(2_000, 3)]
    [InlineData(20_000, 11)]
    public void Series_CompanyPlanEveryWeekAndAround_EqualsScoringEachDayBitForBit(int items, int seed)
    {
        var plan = CompanyPlanGenerator.Generate(items, seed).CompileScoring();
        var days = SeriesDays.Every(new DateOnly(2026, 3, 20), new DateOnly(2026, 7, 10), 7).Concat([new DateOnly(2026, 5, 15), new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 1)]).ToList();
        AssertSeriesEqualsScoring(plan, days);
    }
}
