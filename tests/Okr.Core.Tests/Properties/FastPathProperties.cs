using FsCheck;
using FsCheck.Xunit;
using Okr.Core.Scoring;
using Okr.Core.Testing;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Properties;

/// <summary>The engine's fast paths (built-in strategies computed inline, excluded children skipped unread, remembered
/// divisions) give exactly, bit for bit, what its general path gives.</summary>
[Properties(Arbitrary = [typeof(OkrArbitraries)], MaxTest = 100)]
public class FastPathProperties
{
    private static readonly DateOnly[] Days = [new(2026, 3, 31), new(2026, 4, 1), new(2026, 5, 15), new(2026, 6, 30), new(2026, 8, 1)];

    /// <summary>Every number with its exact bits (so 0.5 and 0.50 differ), the status and the score.</summary>
    private static List<string> Fingerprint(Scorecard scorecard) =>
        scorecard.Items.Select(i => string.Join(
            "|",
            i.Id,
            i.Kind,
            Bits(i.Progress?.Ratio),
            Bits(i.Value),
            Bits(i.ExpectedProgress?.Ratio),
            i.Status,
            Bits(i.Confidence),
            i.Score.ToString(),
            i.IsProgressOverridden)).ToList();

    private static string Bits(decimal? value) =>
        value is { } v ? string.Join(",", decimal.GetBits(v)) : "null";

    private static Scorecard ScoreGeneral(OkrPlan plan, DateOnly day)
    {
        ScoringEngine.GeneralPathOnly = true;
        try
        {
            return OkrScorer.Score(plan, day);
        }
        finally
        {
            ScoringEngine.GeneralPathOnly = false;
        }
    }

    private static bool Same(OkrPlan plan, DateOnly day) =>
        Fingerprint(OkrScorer.Score(plan, day)).SequenceEqual(Fingerprint(ScoreGeneral(plan, day)));

    [Property]
    public bool FastPath_GeneratedPlans_EqualsGeneralPathBitForBit(PlanSpec spec, byte dayChoice)
    {
        var plan = spec.Build();
        return Same(plan, Days[dayChoice % Days.Length]);
    }

    [Property]
    public bool FastPath_GeneratedPlansWithFixedSharesAndSettings_EqualsGeneralPathBitForBit(PlanSpec spec, byte dayChoice)
    {
        var plan = spec.Build();
        int turn = 0;
        var varied = new OkrPlan(plan.Objectives.Select(o => o with
        {
            Rollup = (turn++ % 3) switch
            {
                0 => new RollupSettings { IncludeInitiatives = true },
                1 => new RollupSettings { WeightByTargetSize = true, FloorChildrenAt = 0.1m },
                _ => o.Rollup,
            },
            KeyResults = [.. o.KeyResults.Select((k, i) => i % 2 == 0 ? k with { Weight = ContributionWeight.FixedShare(30m + i) } : k)],
        }));
        return Same(varied, Days[dayChoice % Days.Length]);
    }

    [Theory]
    [InlineData(1_000, 1)]
    [InlineData(5_000, 7)]
    [InlineData(20_000, 42)]
    public void FastPath_CompanyPlans_EqualsGeneralPathBitForBit(int items, int seed)
    {
        var plan = CompanyPlanGenerator.Generate(items, seed);
        foreach (var day in Days)
        {
            Assert.Equal(Fingerprint(ScoreGeneral(plan, day)), Fingerprint(OkrScorer.Score(plan, day)));
        }
    }
}
