using System.Text;
using System.Text.Json;
using Okr.Core.Scoring;
using Okr.Core.Serialization;
using Okr.Core.Tests.Serialization;

namespace Okr.Core.Tests.Robustness;

/// <summary>
/// Corrupts valid plan documents (byte flips, truncation, type swaps, extreme numbers and dates, duplicated and dangling
/// ids, cycles) and checks that nothing escapes: either the reader refuses the document with an
/// <see cref="OkrJsonException"/> carrying a <c>$</c> path, or the plan scores, explains, re-scores and round-trips
/// without any exception, NaN or Infinity. Seeded, so a failure names the seed that reproduces it.
/// </summary>
public sealed class PlanCorruptionProperties
{
    private const int CasesPerSeed = 150;

    private static readonly DateOnly[] Days = [new(2026, 5, 15), DateOnly.MinValue, DateOnly.MaxValue, new(2026, 4, 1), new(2026, 6, 30)];

    public static TheoryData<string, int> Seeds()
    {
        var data = new TheoryData<string, int>();
        foreach (string document in Documents.Keys)
        {
            for (int seed = 1; seed <= 3; seed++)
            {
                data.Add(document, seed);
            }
        }

        return data;
    }

    private static Dictionary<string, string> Documents { get; } = new(StringComparer.Ordinal)
    {
        ["complete"] = OkrJson.Serialize(SamplePlans.Complete()),
        ["all-kinds"] = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "samples", "data", "all-kinds.json")),
        ["rollup-options"] = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "samples", "data", "rollup-options.json")),
        ["ai-coding"] = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "samples", "data", "ai-coding.json")),
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CorruptedPlan_IsRefusedWithAPathOrScoresExplainsRescoresAndRoundTrips(string document, int seed)
    {
        var random = new Random((Documents.Keys.ToList().IndexOf(document) * 1000) + seed);
        int refused = 0;
        for (int i = 0; i < CasesPerSeed; i++)
        {
            byte[] corrupted = JsonCorruptor.Corrupt(Documents[document], random, out string what);
            try
            {
                refused += Check(corrupted, random) ? 0 : 1;
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"{document}, seed {seed}, case {i} ({what}): {e.GetType().Name}: {e.Message}\n{Excerpt(corrupted)}\n{e.StackTrace}");
            }
            catch (Xunit.Sdk.XunitException e)
            {
                Assert.Fail($"{document}, seed {seed}, case {i} ({what}): {e.Message}\n{Excerpt(corrupted)}");
            }
        }

        // The corruptions must exercise both outcomes, or the property checks less than it claims.
        Assert.InRange(refused, 1, CasesPerSeed - 1);
    }

    /// <summary>Reads, scores, explains, re-scores and round-trips; false when the reader refused the document (correctly).</summary>
    private static bool Check(byte[] corrupted, Random random)
    {
        OkrPlan plan;
        try
        {
            plan = OkrJson.Deserialize(corrupted);
        }
        catch (OkrJsonException e)
        {
            Assert.StartsWith("$", e.Path, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            return false;
        }

        foreach (var day in Days)
        {
            var scorecard = OkrScorer.Score(plan, day);
            foreach (var item in scorecard.Items)
            {
                var explanation = scorecard.Explain(item.Id);
                AssertNoNaN(explanation.ToString());
                Assert.Equal(item.Progress, explanation.Result.Progress);
            }

            AssertNoNaN(OkrJson.Serialize(scorecard, new OkrJsonOptions { IncludeExplanations = true }));
            Rescore(plan, scorecard, day, random);
        }

        string written = OkrJson.Serialize(plan);
        var back = OkrJson.Deserialize(written);
        Assert.Equal(plan, back);
        Assert.Equal(written, OkrJson.Serialize(back));
        return true;
    }

    /// <summary>A check-in on a random key result, re-scored incrementally, must give what a full scoring gives.</summary>
    private static void Rescore(OkrPlan plan, Scorecard scorecard, DateOnly day, Random random)
    {
        var keyResults = plan.KeyResults.ToList();
        if (keyResults.Count == 0)
        {
            return;
        }

        var keyResult = keyResults[random.Next(keyResults.Count)];
        decimal value = random.Next(3) switch
        {
            0 => decimal.MaxValue,
            1 => decimal.MinValue,
            _ => random.Next(-1000, 1000),
        };
        var moment = day == DateOnly.MinValue ? new DateTimeOffset(1, 1, 1, 12, 0, 0, TimeSpan.Zero) : new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var updated = plan.AddCheckIn(keyResult.Id, new CheckIn(moment, value));

        var incremental = OkrScorer.Rescore(scorecard, updated, keyResult.Id);
        var full = OkrScorer.Score(updated, day);
        foreach (var item in full.Items)
        {
            var again = incremental[item.Id];
            Assert.Equal((item.Progress, item.Status, item.Score.Value), (again.Progress, again.Status, again.Score.Value));
        }
    }

    private static void AssertNoNaN(string text)
    {
        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", text, StringComparison.Ordinal);
    }

    private static string Excerpt(byte[] corrupted)
    {
        string text = Encoding.UTF8.GetString(corrupted);
        return text.Length <= 4000 ? text : text[..4000] + "…";
    }
}
