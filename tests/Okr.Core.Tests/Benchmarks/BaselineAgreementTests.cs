using Okr.Core.Scoring;
using Okr.Core.Testing;
using Okr.Core.Testing.Baselines;

namespace Okr.Core.Tests.Benchmarks;

/// <summary>The benchmark baselines compute the same progress as the library, or the comparison would be meaningless.</summary>
public sealed class BaselineAgreementTests
{
    public static TheoryData<int, int, string> Plans => new()
    {
        { 2_000, 1, "2026-05-15" },
        { 2_000, 7, "2026-04-01" },
        { 5_000, 42, "2026-05-15" },
        { 1_000, 3, "2026-07-20" },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void FlatArrayScorer_GeneratedPlan_GivesTheLibrarysProgress(int items, int seed, string day)
    {
        var asOf = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var plan = CompanyPlanGenerator.Generate(items, seed);
        var scorecard = OkrScorer.Score(plan, asOf);
        var flat = FlatArrayScorer.Compile(plan);
        flat.Score(asOf);

        var expected = new Dictionary<string, decimal?>();
        Collect(plan.Objectives.Select(o => o.Id), flat.ObjectiveProgress, expected);
        Collect(plan.KeyResults.Select(k => k.Id), flat.KeyResultProgress, expected);
        Collect(plan.Initiatives.Select(i => i.Id), flat.InitiativeProgress, expected);
        Collect(plan.WorkItems.Select(w => w.Id), flat.WorkItemProgress, expected);

        AssertSame(scorecard, expected);
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void RecursiveLinqScorer_GeneratedPlan_GivesTheLibrarysProgress(int items, int seed, string day)
    {
        var asOf = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var plan = CompanyPlanGenerator.Generate(items, seed);
        var scorecard = OkrScorer.Score(plan, asOf);

        AssertSame(scorecard, RecursiveLinqScorer.Score(plan, asOf));
    }

    private static void Collect(IEnumerable<string> ids, decimal?[] progress, Dictionary<string, decimal?> into)
    {
        int i = 0;
        foreach (var id in ids)
        {
            into.Add(id, progress[i++]);
        }

        Assert.Equal(progress.Length, i);
    }

    private static void AssertSame(Scorecard scorecard, Dictionary<string, decimal?> baseline)
    {
        Assert.Equal(scorecard.Count, baseline.Count);
        int scored = 0;
        foreach (var item in scorecard.Items)
        {
            Assert.True(baseline.TryGetValue(item.Id, out var progress), $"The baseline has no result for {item.Id}.");
            Assert.True(progress == item.Progress?.Ratio, $"{item.Id}: the library says {item.Progress?.Ratio}, the baseline {progress}.");
            scored += progress.HasValue ? 1 : 0;
        }

        // The plans exercise both answers: most items are scored, some are not.
        Assert.InRange(scored, scorecard.Count / 2, scorecard.Count - 1);
    }
}
