using Okr.Core;
using Okr.Core.Scoring;

namespace Okr.Samples.CustomStrategy;

/// <summary>Saves a plan to JSON, reads it back with a registry that knows the custom strategy, and checks the scores agree.</summary>
internal static class PlanRoundTrip
{
    public static int SaveReloadAndCheck(OkrPlan plan, StrategyRegistry registry, Scorecard before, DateOnly asOf)
    {
        _ = plan;
        _ = registry;
        _ = before;
        _ = asOf;
        Console.WriteLine("(JSON round trip: waiting for OkrJson)");
        return 0;
    }
}
