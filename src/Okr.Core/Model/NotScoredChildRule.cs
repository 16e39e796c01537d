namespace Okr.Core;

/// <summary>
/// What a roll-up does with a child that is not scored (a key result with no check-in yet, an objective with nothing to
/// aggregate): leave it out (the default, as Viva Goals and Perdoo do) or count it as 0 (as tools that show a key
/// result without a check-in at 0% do). Set for an objective's children with <see cref="RollupSettings.NotScoredChildren"/>
/// and for a cascaded sum's child key results with <see cref="CascadedSumKind.NotScoredChildren"/>.
/// </summary>
public enum NotScoredChildRule
{
    /// <summary>A not-scored child is left out: the others share its weight (the default). JSON <c>leaveOut</c>.</summary>
    LeaveOut = 0,

    /// <summary>A not-scored child counts as 0: progress 0 with its weight in an objective, value 0 in a cascaded sum.
    /// Children left out for another reason (opted out, weight 0, excluded by the settings) stay out. JSON <c>countAsZero</c>.</summary>
    CountAsZero = 1,
}
