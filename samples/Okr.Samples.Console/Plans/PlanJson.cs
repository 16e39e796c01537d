using Okr.Core;

namespace Okr.Samples.Cli.Plans;

/// <summary>Plan files in the library's JSON format (the <c>OkrJson</c> facade).</summary>
internal static class PlanJson
{
    public static OkrPlan Read(string json) =>
        throw new System.Text.Json.JsonException("Reading plan files needs the OkrJson facade, which is not in this build yet.");

    public static string WriteScorecard(Okr.Core.Scoring.Scorecard scorecard) =>
        throw new InvalidOperationException("Writing scorecard JSON needs the OkrJson facade, which is not in this build yet.");

    public static string Write(OkrPlan plan) =>
        throw new InvalidOperationException("Writing plan files needs the OkrJson facade, which is not in this build yet.");
}
