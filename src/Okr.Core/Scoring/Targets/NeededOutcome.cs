namespace Okr.Core.Scoring;

/// <summary>How a <see cref="NeededValue"/> was found, or why there is none.</summary>
public enum NeededOutcome
{
    /// <summary>The key result cannot move the objective by a value of its own (activity, cascaded sum, baseline), or does not count in the roll-up.</summary>
    NotApplicable,

    /// <summary>The objective reaches the target whatever this key result's value (its worst value already does).</summary>
    AlreadyReached,

    /// <summary>Even the key result's best value leaves the objective below the target.</summary>
    NotReachable,

    /// <summary>The objective moves linearly with the key result's value: the value was solved for in closed form and checked with the scorer.</summary>
    ClosedForm,

    /// <summary>The objective does not move linearly (capping, a weakest roll-up, a non-linear strategy): the value was found by bisection with the scorer.</summary>
    Searched,

    /// <summary>The key result has a few possible outcomes (binary, milestones, threshold, range): the first that reaches the target.</summary>
    Discrete,
}
