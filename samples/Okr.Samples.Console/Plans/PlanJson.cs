using Okr.Core;
using Okr.Core.Scoring;
using Okr.Core.Serialization;

namespace Okr.Samples.Cli.Plans;

/// <summary>Plan files in the library's JSON format, through the <see cref="OkrJson"/> facade (indented on write;
/// unknown properties read from a file are written back).</summary>
internal static class PlanJson
{
    private static readonly OkrJsonOptions Options = new() { WriteIndented = true };

    /// <summary>Reads a plan; bad input surfaces as <see cref="OkrJsonException"/> with the JSON path.</summary>
    public static OkrPlan Read(string json, StrategyRegistry? strategies = null) =>
        OkrJson.Deserialize(json, strategies is null ? Options : Options with { Strategies = strategies });

    /// <summary>Writes a plan, ending with a newline.</summary>
    public static string Write(OkrPlan plan) => OkrJson.Serialize(plan, Options) + "\n";

    /// <summary>Writes the library's scorecard JSON, with explanations, ending with a newline.</summary>
    public static string WriteScorecard(Scorecard scorecard) =>
        OkrJson.Serialize(scorecard, Options with { IncludeExplanations = true }) + "\n";

    /// <summary>Writes the library's scorecard JSON with explanations, each objective's and key result's <c>forecast</c>,
    /// <c>daysSinceCheckIn</c> and <c>stale</c>, ending with a newline.</summary>
    public static string WriteScorecardWithForecast(Scorecard scorecard) =>
        OkrJson.Serialize(scorecard, Options with { IncludeExplanations = true, IncludeForecast = true, IncludeStaleness = true }) + "\n";
}
