using Okr.Core;
using Okr.Core.Scoring;
using Okr.Core.Serialization;

namespace Okr.Samples.CustomStrategy;

/// <summary>Saves a plan to JSON, reads it back with a registry that knows the custom strategy, and checks the scores agree.</summary>
internal static class PlanRoundTrip
{
    /// <param name="keepAt">Where to keep the plan file (for the okr console); null writes a temporary file and deletes it.</param>
    public static int SaveReloadAndCheck(OkrPlan plan, StrategyRegistry registry, Scorecard before, DateOnly asOf, string? keepAt = null)
    {
        var options = new OkrJsonOptions { Strategies = registry, WriteIndented = true };
        string path = keepAt ?? Path.Combine(Path.GetTempPath(), $"okr-custom-strategy-{Environment.ProcessId}.json");
        try
        {
            string json = OkrJson.Serialize(plan, options);
            File.WriteAllText(path, json);
            Console.WriteLine($"Saved the plan to {path}; the strategy is stored by name, with its options:");
            var lines = json.Split('\n');
            int at = Array.FindIndex(lines, l => l.Contains(ConfidenceWeightedProgress.StrategyName, StringComparison.Ordinal));
            foreach (string line in lines.Skip(Math.Max(0, at - 1)).Take(6))
            {
                Console.WriteLine(line);
            }

            // Reading needs the registry: without it the reader cannot rebuild "confidence-weighted" and says so.
            var reloaded = OkrJson.Deserialize(File.ReadAllText(path), options);
            var after = OkrScorer.Score(reloaded, asOf);

            bool same = before.Items.All(item => Equals(item.Progress, after[item.Id].Progress) && item.Status == after[item.Id].Status);
            Console.WriteLine(same
                ? $"Reloaded and scored again: every item has the same progress and status (objective {after["obj-ai-python"].Progress})."
                : "Reloaded plan scores differently!");
            if (keepAt is not null)
            {
                Console.WriteLine($"Kept {keepAt}. Score it with the okr console, which loads the strategy from this assembly:");
                Console.WriteLine($"  okr score {keepAt} --strategies {typeof(ConfidenceWeightedProgress).Assembly.Location} --as-of {asOf:yyyy-MM-dd}");
            }

            return same ? 0 : 1;
        }
        finally
        {
            if (keepAt is null)
            {
                File.Delete(path);
            }
        }
    }
}
