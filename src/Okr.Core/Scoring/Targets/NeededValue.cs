namespace Okr.Core.Scoring;

/// <summary>
/// What one key result would need to reach by its period's end for an objective to land at a target progress,
/// holding every other key result at its value as of the day (see <see cref="OkrTargets.Needed"/>).
/// </summary>
public sealed class NeededValue
{
    internal NeededValue(string keyResultId, string objectiveId, decimal? current, decimal? value, Progress? keyResultProgress, NeededOutcome outcome, string explanation)
    {
        KeyResultId = keyResultId;
        ObjectiveId = objectiveId;
        Current = current;
        Value = value;
        KeyResultProgress = keyResultProgress;
        Outcome = outcome;
        Explanation = explanation;
    }

    /// <summary>The key result.</summary>
    public string KeyResultId { get; }

    /// <summary>The objective the key result belongs to: the target objective, or one aligned below it.</summary>
    public string ObjectiveId { get; }

    /// <summary>The key result's value as of the day, or null.</summary>
    public decimal? Current { get; }

    /// <summary>The value needed (exact, as found; round it towards the better side for display), or null for
    /// <see cref="NeededOutcome.NotReachable"/> and <see cref="NeededOutcome.NotApplicable"/>.</summary>
    public decimal? Value { get; }

    /// <summary>The key result's progress at <see cref="Value"/>, or null.</summary>
    public Progress? KeyResultProgress { get; }

    /// <summary>How the value was found, or why there is none.</summary>
    public NeededOutcome Outcome { get; }

    /// <summary>How the value was found, with its numbers, or why there is none.</summary>
    public string Explanation { get; }

    /// <summary>The key result and the explanation.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{KeyResultId}: {Explanation}";
}
