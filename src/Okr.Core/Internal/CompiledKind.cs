namespace Okr.Core.Internal;

/// <summary>How the full scoring pass computes a key result: from the compiled tables (the kinds the built-in standard
/// strategy computes from the latest value alone, or from its work), or through the general path.</summary>
internal enum CompiledKind : byte
{
    /// <summary>Read the record and go through the strategies: other kinds, an own strategy, an override, phased
    /// targets, or a linear key result whose start equals its target.</summary>
    General = 0,

    /// <summary>Linear with start and target (<see cref="KeyResultTables.First"/>, <see cref="KeyResultTables.Second"/>) apart.</summary>
    Linear,

    /// <summary>Percentage: the value / 100.</summary>
    Percentage,

    /// <summary>Binary: done when the value is not 0; 0 before any check-in.</summary>
    Binary,

    /// <summary>Threshold (<see cref="KeyResultTables.First"/>) with an optional usable risk threshold (<see cref="KeyResultTables.Second"/>).</summary>
    Threshold,

    /// <summary>Activity measured by the share of counting work items done.</summary>
    ActivityDoneShare,

    /// <summary>Weighted milestones (<see cref="KeyResultTables.MilestoneWeights"/>): the value is the number reached.</summary>
    Milestones,
}
