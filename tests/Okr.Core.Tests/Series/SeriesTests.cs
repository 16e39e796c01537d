using Okr.Core.Scoring;
using Okr.Core.Serialization;

namespace Okr.Core.Tests.Series;

public sealed class SeriesTests
{
    private static readonly Period Q2 = Period.Quarter(2026, 2);

    private static OkrPlan Plan() => new(
    [
        new Objective
        {
            Id = "o",
            Title = "Grow",
            Period = Q2,
            KeyResults =
            [
                new KeyResult
                {
                    Id = "k",
                    Title = "Revenue",
                    Kind = KeyResultKind.Increase(0m, 100m),
                    CheckIns =
                    [
                        new CheckIn(new DateTimeOffset(2026, 4, 10, 9, 0, 0, TimeSpan.Zero), 20m) { Confidence = 0.7m },
                        new CheckIn(new DateTimeOffset(2026, 5, 20, 9, 0, 0, TimeSpan.Zero), 55m),
                    ],
                },
            ],
        },
    ]);

    [Fact]
    public void ScoreSeries_UnsortedDuplicateDays_SortedAndDistinct()
    {
        var series = OkrScorer.ScoreSeries(Plan(), [new(2026, 6, 1), new(2026, 4, 1), new(2026, 6, 1), new(2026, 5, 1)]);

        Assert.Equal([new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1), new DateOnly(2026, 6, 1)], series.Days);
        var points = series.Points("k");
        Assert.Null(points[0].Progress);
        Assert.Equal(OkrStatus.NotStarted, points[0].Status);
        Assert.Equal(0.2m, points[1].Progress!.Value.Ratio);
        Assert.Equal(0.7m, points[1].Confidence);
        Assert.Equal(0.55m, points[2].Progress!.Value.Ratio);
        Assert.Null(points[2].Confidence);
        Assert.Equal(OkrScorer.Score(Plan(), new DateOnly(2026, 5, 1))["o"].ExpectedProgress, series["o", new DateOnly(2026, 5, 1)].ExpectedProgress);
    }

    [Fact]
    public void ScoreSeries_NoDays_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => OkrScorer.ScoreSeries(Plan(), []));
        Assert.Contains("at least one day", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => OkrScorer.ScoreSeries(null!, [new DateOnly(2026, 4, 1)]));
        Assert.Throws<ArgumentNullException>(() => OkrScorer.ScoreSeries(Plan(), null!));
    }

    [Fact]
    public void Series_UnknownIdOrDay_KeyNotFound()
    {
        var series = OkrScorer.ScoreSeries(Plan(), [new DateOnly(2026, 4, 1)]);

        Assert.Contains("'nope'", Assert.Throws<KeyNotFoundException>(() => series.Points("nope")).Message, StringComparison.Ordinal);
        Assert.Contains("2026-04-02", Assert.Throws<KeyNotFoundException>(() => series["k", new DateOnly(2026, 4, 2)]).Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => series.ScorecardOn(new DateOnly(2026, 4, 2)));
        Assert.False(series.TryGetPoints("nope", out _));
        Assert.Equal(OkrItemKind.KeyResult, series.ItemKindOf("k"));
    }

    [Fact]
    public void SeriesDays_Every_StepsUpToTheLastDay()
    {
        Assert.Equal([new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 8), new DateOnly(2026, 4, 15)], SeriesDays.Every(new(2026, 4, 1), new(2026, 4, 20), 7));
        Assert.Equal(13, SeriesDays.Weekly(Q2).Count);
        Assert.Equal(new DateOnly(2026, 6, 24), SeriesDays.Weekly(Q2)[^1]);
        Assert.Equal([DateOnly.MaxValue], SeriesDays.Every(DateOnly.MaxValue, DateOnly.MaxValue, 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeriesDays.Every(new(2026, 4, 1), new(2026, 3, 1), 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeriesDays.Every(new(2026, 4, 1), new(2026, 5, 1), 0));
    }

    [Fact]
    public void Json_RoundTrip_KeepsEveryPointAndOmitsEmptyArrays()
    {
        var series = OkrScorer.ScoreSeries(Plan(), SeriesDays.Weekly(Q2));
        string json = OkrJson.SerializeSeries(series);

        var read = OkrJson.DeserializeSeries(json);

        Assert.Null(read.Plan);
        Assert.Equal(series.Days, read.Days);
        Assert.Equal(series.ItemIds, read.ItemIds);
        foreach (string id in series.ItemIds)
        {
            Assert.Equal(series.Points(id), read.Points(id));
            Assert.Equal(series.ItemKindOf(id), read.ItemKindOf(id));
        }

        Assert.Equal(json, OkrJson.SerializeSeries(read));
        Assert.DoesNotContain("progressOverridden", json, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => read.ScorecardOn(series.Days[0]));
        using var stream = new MemoryStream();
        OkrJson.SerializeSeriesToStream(stream, series);
        stream.Position = 0;
        Assert.Equal(series.Points("k"), OkrJson.DeserializeSeriesFromStream(stream).Points("k"));
    }

    [Theory]
    [InlineData("""[]""", OkrJsonProblem.WrongType, "$")]
    [InlineData("""{"days":["2026-04-01"],"items":[]}""", OkrJsonProblem.MissingProperty, "$")]
    [InlineData("""{"schemaVersion":2,"days":["2026-04-01"],"items":[]}""", OkrJsonProblem.UnsupportedVersion, "$.schemaVersion")]
    [InlineData("""{"schemaVersion":1,"days":[],"items":[]}""", OkrJsonProblem.InvalidValue, "$.days")]
    [InlineData("""{"schemaVersion":1,"days":["2026-04-02","2026-04-01"],"items":[]}""", OkrJsonProblem.InvalidValue, "$.days[1]")]
    [InlineData("""{"schemaVersion":1,"days":["2026-04-01","2026-04-01"],"items":[]}""", OkrJsonProblem.InvalidValue, "$.days[1]")]
    [InlineData("""{"schemaVersion":1,"days":["2026-02-30"],"items":[]}""", OkrJsonProblem.InvalidValue, "$.days[0]")]
    [InlineData("""{"schemaVersion":1,"days":["2026-04-01"],"items":[{"id":"a","kind":"task","progress":[null],"status":["notScored"],"score":[null],"grade":["none"]}]}""", OkrJsonProblem.InvalidValue, "$.items[0].kind")]
    [InlineData("""{"schemaVersion":1,"days":["2026-04-01"],"items":[{"id":"a","kind":"workItem","progress":[null,1],"status":["notScored"],"score":[null],"grade":["none"]}]}""", OkrJsonProblem.InvalidValue, "$.items[0].progress")]
    [InlineData("""{"schemaVersion":1,"days":["2026-04-01"],"items":[{"id":"a","kind":"workItem","progress":["1"],"status":["notScored"],"score":[null],"grade":["none"]}]}""", OkrJsonProblem.WrongType, "$.items[0].progress[0]")]
    [InlineData("""{"schemaVersion":1,"days":["2026-04-01"],"items":[{"id":"a","kind":"workItem","progress":[1e40],"status":["notScored"],"score":[null],"grade":["none"]}]}""", OkrJsonProblem.NumberOutOfRange, "$.items[0].progress[0]")]
    [InlineData("""{"schemaVersion":1,"days":["2026-04-01"],"items":[{"id":"a","kind":"workItem","progress":[1],"status":["fine"],"score":[null],"grade":["none"]}]}""", OkrJsonProblem.InvalidValue, "$.items[0].status[0]")]
    [InlineData("""{"schemaVersion":1,"days":["2026-04-01"],"items":[{"id":"a","kind":"workItem","progress":[1],"status":["onTrack"],"score":[2],"grade":["none"]}]}""", OkrJsonProblem.InvalidValue, "$.items[0].score[0]")]
    [InlineData("""{"schemaVersion":1,"days":["2026-04-01"],"items":[{"id":"a","kind":"workItem","progress":[1],"status":["onTrack"],"score":[1]}]}""", OkrJsonProblem.MissingProperty, "$.items[0]")]
    [InlineData("""{"schemaVersion":1,"days":["2026-04-01"],"items":[{"id":"a","kind":"workItem","progress":[1],"status":["onTrack"],"score":[1],"grade":["green"],"progressOverridden":[1]}]}""", OkrJsonProblem.WrongType, "$.items[0].progressOverridden[0]")]
    [InlineData("""{"schemaVersion":1,"days":["2026-04-01"],"items":[{"id":"a","kind":"workItem","progress":[1],"status":["onTrack"],"score":[1],"grade":["green"]},{"id":"a","kind":"workItem","progress":[1],"status":["onTrack"],"score":[1],"grade":["green"]}]}""", OkrJsonProblem.DuplicateId, "$.items[1].id")]
    [InlineData("""{"schemaVersion":1,"days":["2026-04-01"],"items":[""", OkrJsonProblem.Malformed, "$")]
    public void Json_BadSeries_RefusedWithPathAndProblem(string json, OkrJsonProblem problem, string path)
    {
        var e = Assert.Throws<OkrJsonException>(() => OkrJson.DeserializeSeries(json));
        Assert.Equal(problem, e.Problem);
        Assert.Equal(path, e.Path);
    }
}
