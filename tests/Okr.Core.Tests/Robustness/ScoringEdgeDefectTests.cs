using Okr.Core.Scoring;
using Okr.Core.Serialization;

namespace Okr.Core.Tests.Robustness;

/// <summary>
/// Plans the reader accepts but scoring once threw on (issue 13, defect 1). Rule: anything <see cref="OkrJson.Deserialize(string, OkrJsonOptions?)"/>
/// accepts scores without an exception; where a number cannot be computed the item is not scored, with a reason.
/// </summary>
public sealed class ScoringEdgeDefectTests
{
    private static string Plan(string start, string end, string keyResults, string scoring = "") => $$"""
        {"schemaVersion":1,{{scoring}}"objectives":[{"id":"o1","title":"T","period":{"start":"{{start}}","end":"{{end}}"},"keyResults":[{{keyResults}}]}]}
        """;

    private const string PhasedKeyResult = """
        {"id":"k1","title":"K","kind":{"type":"linear","direction":"increase","start":0,"target":100},
         "phasedTargets":[{"day":"0001-01-10","expectedValue":10},{"day":"0001-03-31","expectedValue":100}],
         "checkIns":[{"at":"0001-01-05T00:00:00+00:00","value":5}]}
        """;

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("0001-01-05")]
    [InlineData("0001-04-01")]
    [InlineData("2026-04-01")]
    public void Score_PhasedTargetsInAPeriodStartingOnTheFirstDay_ScoresWithoutException(string asOf)
    {
        var plan = OkrJson.Deserialize(Plan("0001-01-01", "0001-03-31", PhasedKeyResult));

        var day = DateOnly.Parse(asOf, CultureInfo.InvariantCulture);
        var card = OkrScorer.Score(plan, day);
        var items = card.Items.ToList();

        Assert.Equal(2, items.Count);
        Assert.Equal(day >= new DateOnly(1, 1, 5), card["k1"].IsScored);
        Assert.NotNull(card["k1"].ExpectedProgress);
        Assert.NotEmpty(card.Explain("k1").StatusRule);
    }

    [Fact]
    public void Score_PhasedTargetsOnTheFirstDay_ExpectsTheStartBeforeAndThePhaseAfter()
    {
        var plan = OkrJson.Deserialize(Plan("0001-01-01", "0001-03-31", PhasedKeyResult));

        // 5 of the 10 days to the first phase elapsed (the period starts at the end of day 0): expected 5 of 100.
        Assert.Equal(0.05m, OkrScorer.Score(plan, new DateOnly(1, 1, 5))["k1"].ExpectedProgress!.Value.Ratio);
        Assert.Equal(1m, OkrScorer.Score(plan, new DateOnly(1, 4, 1))["k1"].ExpectedProgress!.Value.Ratio);
    }

    [Theory]
    [InlineData("confidence-mean")]
    [InlineData("worst-child")]
    [InlineData("pace")]
    public void Score_MultipliersNearDecimalMax_ScoresWithoutOverflow(string status)
    {
        const string KeyResults = """
            {"id":"k1","title":"A","kind":{"type":"binary"},"weight":{"multiplier":79228162514264337593543950335},"checkIns":[{"at":"2026-04-10T00:00:00+00:00","value":1}]},
            {"id":"k2","title":"B","kind":{"type":"percentage"},"weight":{"multiplier":79228162514264337593543950335},"checkIns":[{"at":"2026-04-10T00:00:00+00:00","value":10}]},
            {"id":"k3","title":"C","kind":{"type":"percentage"},"weight":{"multiplier":79228162514264337593543950334},"checkIns":[{"at":"2026-04-10T00:00:00+00:00","value":90}]}
            """;
        var plan = OkrJson.Deserialize(Plan("2026-04-01", "2026-06-30", KeyResults, "\"scoring\":{\"objectiveStatus\":{\"name\":\"" + status + "\"}},"));

        var card = OkrScorer.Score(plan, new DateOnly(2026, 5, 15));

        Assert.Equal(4, card.Items.Count());
        Assert.True(card["o1"].IsScored);
        Assert.NotEqual(OkrStatus.NotScored, card["o1"].Status);
        Assert.NotEmpty(card.Explain("o1").StatusRule);
    }

    [Fact]
    public void Score_ConfidenceMeanOverHugeMultipliers_KeepsTheWeightedMean()
    {
        // Two on-track children (0.8) and one at risk (0.1), weighted equally at the top of decimal's range: mean 0.5667, behind.
        var status = new ConfidenceMeanStatusStrategy();
        var children = new[]
        {
            new StatusChild("a", OkrStatus.OnTrack, null, decimal.MaxValue),
            new StatusChild("b", OkrStatus.OnTrack, null, decimal.MaxValue),
            new StatusChild("c", OkrStatus.AtRisk, null, decimal.MaxValue),
        };
        var result = status.Evaluate(new StatusArguments("o", OkrItemKind.Objective, null, Progress.FromRatio(0.5m), null, Progress.FromRatio(0.5m), children));

        Assert.Equal(OkrStatus.OnTrack, result.Status);
        Assert.Contains("0.5667", result.Rule, StringComparison.Ordinal);
    }
}
