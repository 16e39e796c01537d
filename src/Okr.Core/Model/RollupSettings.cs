using Okr.Core.Scoring;

namespace Okr.Core;

/// <summary>
/// How an objective aggregates its children. Every setting has a documented default; an objective without
/// settings uses <see cref="ScoringConfiguration.DefaultRollup"/>.
/// </summary>
public sealed record RollupSettings
{
    /// <summary>The default settings: weighted mean, child objectives included, initiatives excluded, no capping.</summary>
    public static RollupSettings Default { get; } = new();

    /// <summary>The aggregation; null means <see cref="ScoringConfiguration.Rollup"/>.</summary>
    public RollupStrategy? Strategy { get; init; }

    /// <summary>Whether objectives aligned to this one count among its children (Viva Goals, Perdoo, Quantive).
    /// <value>The default is <see langword="true"/>.</value></summary>
    public bool IncludeChildObjectives { get; init; } = true;

    /// <summary>Whether the initiatives under this objective's key results count among its children.
    /// <value>The default is <see langword="false"/>: initiatives measure execution, not outcome (Perdoo gives them weight 0).</value></summary>
    public bool IncludeInitiatives { get; init; }

    /// <summary>Each child's progress ratio is capped at this value before aggregating (Perdoo caps at 1), or null for no cap.
    /// <value>The default is null.</value></summary>
    public decimal? CapChildrenAt { get; init; }

    /// <summary>Each child's progress ratio is raised to at least this value before aggregating (0 hides moves the wrong way), or null.
    /// <value>The default is null.</value></summary>
    public decimal? FloorChildrenAt { get; init; }

    /// <summary>Whether a child's multiplier is scaled by the size of its target, |target - start|: a key result's
    /// (linear, cascaded sum) and an aligned child objective's on its <see cref="Objective.Scale"/> (Viva Goals:
    /// contributions proportional to size). Children without a target size, and fixed shares, keep their weight.
    /// <value>The default is <see langword="false"/>.</value></summary>
    public bool WeightByTargetSize { get; init; }

    /// <summary>What the roll-up does with a child that is not scored (a key result with no check-in yet): leave it out,
    /// the others sharing its weight, or count it as 0 with its weight. The explanation names the children counted as 0.
    /// <value>The default is <see cref="NotScoredChildRule.LeaveOut"/>.</value></summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="NotScoredChildRule"/>.</exception>
    public NotScoredChildRule NotScoredChildren
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined NotScoredChildRule.");
    }
}
