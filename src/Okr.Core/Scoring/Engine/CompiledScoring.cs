using Okr.Core.Internal;

namespace Okr.Core.Scoring;

/// <summary>
/// The one place that says what the compiled scoring tables serve (docs/guide.md, "How scoring runs"). Everything the
/// compiled path computes goes through the same rule kernels (<c>Scoring/Rules</c>) as the records path, so these
/// decisions change speed, never results; <c>FastPathProperties</c> checks that bit for bit.
/// </summary>
internal static class CompiledScoring
{
    /// <summary>How a key result is compiled: <see cref="CompiledKind.General"/> (read from its record) when it has its own
    /// progress strategy, an override or phased targets, or a kind the tables do not hold.</summary>
    public static CompiledKind KindOf(KeyResult keyResult)
    {
        if (keyResult.ProgressStrategy is not null || keyResult.ProgressOverride is not null || !keyResult.PhasedTargets.IsEmpty)
        {
            return CompiledKind.General;
        }

        return keyResult.Kind switch
        {
            LinearKind linear when linear.Start != linear.Target => CompiledKind.Linear,
            PercentageKind => CompiledKind.Percentage,
            BinaryKind => CompiledKind.Binary,
            ThresholdKind => CompiledKind.Threshold,
            ActivityKind { Method: ActivityMethod.DoneShare } => CompiledKind.ActivityDoneShare,
            MilestonesKind => CompiledKind.Milestones,
            _ => CompiledKind.General,
        };
    }

    /// <summary>Whether compiled key results may be scored from the tables under a configuration: the built-in standard
    /// progress without cap or floor, no per-kind strategies, the built-in pace status.</summary>
    public static bool ServesKeyResults(ScoringConfiguration config) =>
        config.ProgressByKind.Count == 0
        && config.Progress is StandardProgressStrategy { CapAt: null, FloorAt: null }
        && config.KeyResultStatus is PaceStatusStrategy;

    /// <summary>Whether an objective may be rolled up from the compiled key-result weights in one short pass: the built-in
    /// weighted mean over multiplier weights, no capping, flooring or weighting by target size, initiatives excluded and
    /// aligned objectives included, the built-in pace status. Both <see cref="RollupSettings.NotScoredChildren"/> rules are
    /// served (the pass asks the same <see cref="Rules.ChildWeighing"/> kernel). (A fixed share among the children is found
    /// during the pass, which then gives the objective to the general roll-up.) Cascaded sums, with their own not-scored
    /// rule, are never compiled key results (<see cref="KindOf"/>).</summary>
    public static bool ServesObjective(RollupSettings settings, ScoringConfiguration config) =>
        IsBuiltInWeightedMean(settings.Strategy ?? config.Rollup)
        && !settings.IncludeInitiatives && settings.IncludeChildObjectives
        && settings.CapChildrenAt is null && settings.FloorChildrenAt is null && !settings.WeightByTargetSize
        && ObjectiveStatusIgnoresChildren(config);

    /// <summary>Whether a roll-up strategy is the built-in weighted mean itself (not a subclass), whose rule the engine
    /// applies to plain numbers (<see cref="Rules.WeightedMean"/>) without building <see cref="RollupChild"/> values.</summary>
    public static bool IsBuiltInWeightedMean(RollupStrategy strategy) => strategy.GetType() == typeof(WeightedMeanRollup);

    /// <summary>Whether the objective status strategy ignores the children's statuses (the built-in pace strategy), so
    /// they need not be listed unless explaining.</summary>
    public static bool ObjectiveStatusIgnoresChildren(ScoringConfiguration config) => config.ObjectiveStatus is PaceStatusStrategy;
}
