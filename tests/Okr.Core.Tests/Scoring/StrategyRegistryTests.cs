using Okr.Core.Scoring;
using Okr.Core.Tests.Support;
using static Okr.Core.Tests.Support.Plans;

namespace Okr.Core.Tests.Scoring;

public class StrategyRegistryTests
{
    /// <summary>A user's own roll-up: the median of the children.</summary>
    private sealed class MedianRollup(StrategyOptions options) : RollupStrategy("median", options)
    {
        public override RollupResult Aggregate(in RollupArguments arguments)
        {
            if (arguments.Children.IsEmpty)
            {
                return RollupResult.NotScored("nothing to aggregate");
            }

            var sorted = new List<decimal>();
            foreach (var child in arguments.Children)
            {
                sorted.Add(child.Progress.Ratio);
            }

            sorted.Sort();
            int mid = sorted.Count / 2;
            decimal median = sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2m;
            return RollupResult.Scored(Progress.FromRatio(median), Name);
        }
    }

    [Fact]
    public void BuiltIn_KnowsEveryShippedStrategy()
    {
        Assert.Equal(
            ["confidence-mean", "current-rate", "grade-bands", "least-squares", "mean", "pace", "standard", "weakest", "weighted-mean", "worst-child"],
            StrategyRegistry.BuiltIn.Names.ToArray());
    }

    [Fact]
    public void Create_BuiltInWithOptions_RoundTripsThroughOptions()
    {
        var pace = PaceStatusStrategy.Ratio(0.4m, 0.7m);
        var again = StrategyRegistry.BuiltIn.Create<StatusStrategy>(pace.Name, pace.Options);
        Assert.Equal(pace, again);
        Assert.Equal(PaceMode.Ratio, ((PaceStatusStrategy)again).Mode);
        Assert.Equal(0.7m, ((PaceStatusStrategy)again).OnTrackFrom);

        var standard = new StandardProgressStrategy(capAt: 1m, floorAt: 0m);
        Assert.Equal(standard, StrategyRegistry.BuiltIn.Create<ProgressStrategy>("standard", standard.Options));
    }

    [Fact]
    public void Create_UnknownName_ThrowsNamingIt()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => StrategyRegistry.BuiltIn.Create<RollupStrategy>("median"));
        Assert.Contains("'median'", ex.Message);
    }

    [Fact]
    public void Create_WrongKindOfStrategy_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => StrategyRegistry.BuiltIn.Create<RollupStrategy>("pace"));
    }

    [Fact]
    public void Create_BadOptionValue_ThrowsFormatExceptionNamingTheOption()
    {
        var options = StrategyOptions.Empty.With("capAt", "lots");
        var ex = Assert.Throws<FormatException>(() => StrategyRegistry.BuiltIn.Create<ProgressStrategy>("standard", options));
        Assert.Contains("capAt", ex.Message);
    }

    [Fact]
    public void With_UserStrategy_IsCreatedByNameAndUsedForScoring()
    {
        var registry = StrategyRegistry.BuiltIn.With("median", options => new MedianRollup(options));
        var median = registry.Create<RollupStrategy>("median");
        Assert.IsType<MedianRollup>(median);
        Assert.False(StrategyRegistry.BuiltIn.Contains("median"));

        var objective = Objective("o", KrAt("a", 10m), KrAt("b", 20m), KrAt("c", 90m)) with { Rollup = new RollupSettings { Strategy = median } };
        var scorecard = Score(Plan(objective));
        Assert.Equal(0.2m, scorecard["o"].Progress!.Value.Ratio);
        Assert.Equal("median", scorecard.Explain("o").ProgressRule);
    }

    [Fact]
    public void StrategyOptions_TypedGettersParseInvariantly()
    {
        var options = StrategyOptions.Empty.With("a", 0.25m).With("b", true).With("mode", "ratio");
        Assert.Equal(0.25m, options.GetDecimal("a", 1m));
        Assert.True(options.GetBoolean("b", false));
        Assert.Equal(PaceMode.Ratio, options.GetEnum("mode", PaceMode.Points));
        Assert.Equal(7m, options.GetDecimal("missing", 7m));
        Assert.Throws<FormatException>(() => StrategyOptions.Empty.With("mode", "7").GetEnum("mode", PaceMode.Points));
        Assert.Equal(options, StrategyOptions.Empty.With("mode", "ratio").With("b", true).With("a", 0.25m));
    }

    [Fact]
    public void ProgressByKind_ReplacesTheStrategyForOneKind()
    {
        var capped = ScoringConfiguration.Default with
        {
            ProgressByKind = ImmutableDictionary<string, ProgressStrategy>.Empty.Add("percentage", new StandardProgressStrategy(capAt: 1m, floorAt: null)),
        };
        var plan = new OkrPlan([Objective("o", KrAt("p", 150m), Kr("l", KeyResultKind.Increase(0m, 10m), 15m))], capped);
        var scorecard = OkrScorer.Score(plan, MidQ2);
        Assert.Equal(1m, scorecard["p"].Progress!.Value.Ratio);
        Assert.Equal(1.5m, scorecard["l"].Progress!.Value.Ratio);
    }
}

public class StrategyOptionsRoundTripTests
{
    public static TheoryData<string> BuiltInNames => new(StrategyRegistry.BuiltIn.Names);

    [Theory]
    [MemberData(nameof(BuiltInNames))]
    public void Create_BuiltIn_KeepsOptionsItDoesNotKnow(string name)
    {
        var options = StrategyOptions.Empty.With("fromANewerVersion", "42");
        var strategy = StrategyRegistry.BuiltIn.Create<ScoringStrategy>(name, options);
        Assert.True(strategy.Options.TryGetValue("fromANewerVersion", out var value));
        Assert.Equal("42", value);
    }

    [Fact]
    public void OkrJson_RoundTrip_KeepsUnknownStrategyOptions()
    {
        var rollup = StrategyRegistry.BuiltIn.Create<RollupStrategy>("weighted-mean", StrategyOptions.Empty.With("fromANewerVersion", true));
        var pace = StrategyRegistry.BuiltIn.Create<StatusStrategy>("pace", StrategyOptions.Empty.With("mode", "ratio").With("hysteresis", 0.05m));
        var plan = new OkrPlan([Plans.Objective("o", Plans.KrAt("kr", 10m))], ScoringConfiguration.Default with { Rollup = rollup, KeyResultStatus = pace });
        string json = OkrJson.Serialize(plan);
        var back = OkrJson.Deserialize(json);
        Assert.Equal(plan, back);
        Assert.Equal(json, OkrJson.Serialize(back));
        Assert.True(back.Scoring.KeyResultStatus.Options.TryGetValue("hysteresis", out var hysteresis));
        Assert.Equal("0.05", hysteresis);
        Assert.Equal(PaceMode.Ratio, ((PaceStatusStrategy)back.Scoring.KeyResultStatus).Mode);
    }
}
