using Okr.Core;
using Okr.Core.Scoring;
using Okr.Core.Serialization;
using Okr.Samples.CustomStrategy;

namespace Okr.Samples.Cli.Tests.SampleData;

/// <summary>The custom-strategy sample does what it says: its strategy scores, registers by name and survives JSON.</summary>
public sealed class CustomStrategySampleTests
{
    private static readonly StrategyRegistry Registry =
        StrategyRegistry.BuiltIn.With(ConfidenceWeightedProgress.StrategyName, ConfidenceWeightedProgress.FromOptions);

    private static OkrPlan Plan(decimal? confidence) => new(
        [new Objective
        {
            Id = "o",
            Title = "O",
            Period = Period.Quarter(2026, 2),
            KeyResults =
            [
                new KeyResult
                {
                    Id = "kr",
                    Title = "Reach 5",
                    Kind = KeyResultKind.Reach(5m),
                    CheckIns = [new CheckIn(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero), 3m) { Confidence = confidence }],
                    ProgressStrategy = Registry.Create<ProgressStrategy>(ConfidenceWeightedProgress.StrategyName, StrategyOptions.Empty.With("defaultConfidence", 0.8m)),
                },
            ],
        }]);

    [Theory]
    [InlineData(0.5, 0.3)]
    [InlineData(null, 0.48)]
    public void ConfidenceWeightedProgress_MultipliesStandardProgressByConfidence(double? confidence, double expected)
    {
        var score = OkrScorer.Score(Plan((decimal?)confidence), new DateOnly(2026, 5, 20))["kr"];

        Assert.Equal((decimal)expected, score.Progress!.Value.Ratio);
    }

    [Fact]
    public void ConfidenceWeightedProgress_RoundTripsThroughJsonWithTheRegistry()
    {
        var plan = Plan(0.5m);
        var options = new OkrJsonOptions { Strategies = Registry };

        var reloaded = OkrJson.Deserialize(OkrJson.Serialize(plan, options), options);

        Assert.Equal(plan, reloaded);
        Assert.Throws<OkrJsonException>(() => OkrJson.Deserialize(OkrJson.Serialize(plan, options)));
    }
}
