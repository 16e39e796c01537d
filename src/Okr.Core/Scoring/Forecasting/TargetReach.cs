namespace Okr.Core.Scoring;

/// <summary>Whether, and when, a forecast reaches its key result's target.</summary>
public enum TargetReach
{
    /// <summary>No target to reach: not forecast, or a kind without one (a baseline, a range).</summary>
    NotApplicable,

    /// <summary>A check-in in the period has already reached the target; the day is the first such day.</summary>
    AlreadyReached,

    /// <summary>At the forecast's rate the target is reached on a day within the period.</summary>
    WithinPeriod,

    /// <summary>At the forecast's rate the target is reached only after the period ends (the day is given when it is a calendar day).</summary>
    AfterPeriod,

    /// <summary>The trend is flat or moves away from the target: it is never reached at this rate.</summary>
    Never,
}
