using Okr.Core.Scoring;
using Okr.Core.Testing;

namespace Okr.Core.Tests.Scoring;

/// <summary>Scoring is a pure function of the plan: threads scoring one new plan at the same moment (some reading its
/// records, the others compiling its scoring tables together) all get what one thread gets alone.</summary>
public class ConcurrencyTests
{
    [Fact]
    public void Score_ManyThreadsOnANewPlanAtOnce_AllEqualASingleThreadedScore()
    {
        const int threads = 8;
        var day = new DateOnly(2026, 5, 15);
        var expected = Describe(OkrScorer.Score(CompanyPlanGenerator.Generate(5_000, 11), day));
        var plan = CompanyPlanGenerator.Generate(5_000, 11);
        var start = new Barrier(threads);
        var results = new List<string>[threads];
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            results[t] = Describe(OkrScorer.Score(t % 2 == 0 ? plan : plan.CompileScoring(), day));
        })).ToList();

        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        // Half the threads compile the plan while the others score it, from its records or from its tables.
        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.True(plan.IsCompiledForScoring);
    }

    private static List<string> Describe(Scorecard scorecard) =>
        [.. scorecard.Items.Select(i => $"{i.Id}|{i.Progress?.Ratio}|{i.Status}|{i.Confidence}|{i.Value}|{i.ExpectedProgress?.Ratio}")];
}
