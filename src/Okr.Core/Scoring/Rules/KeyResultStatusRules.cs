namespace Okr.Core.Scoring.Rules;

/// <summary>What a key result's kind means for its status order (see <see cref="KeyResultStatusRules"/>).</summary>
[Flags]
internal enum KeyResultStatusTraits : byte
{
    /// <summary>None of the traits.</summary>
    None = 0,

    /// <summary>Without progress and without a check-in it is "not started" (not for baseline, activity and cascaded sums,
    /// which are "not scored").</summary>
    NotStartedWithoutCheckIn = 1,

    /// <summary>Scored but without a check-in it is "not started" (binary, milestones).</summary>
    StartsWithCheckIn = 2,

    /// <summary>At progress 0 it is "not started" (activity: no work done yet).</summary>
    StartsWithWork = 4,

    /// <summary>Progress 1 means "achieved" (not thresholds, ranges and the per-check-in control KPI methods).</summary>
    HasEndTarget = 8,
}

/// <summary>Why a key result has the status <see cref="KeyResultStatusRules.Decide"/> gave.</summary>
internal enum KeyResultStatusReason : byte
{
    /// <summary>The status strategy decides.</summary>
    Strategy = 0,

    /// <summary>The objective is closed.</summary>
    Closed,

    /// <summary>The latest check-in reported a status.</summary>
    Reported,

    /// <summary>No check-in yet.</summary>
    NoCheckInYet,

    /// <summary>Not scored.</summary>
    NotScored,

    /// <summary>Activity with no work done yet.</summary>
    NoWorkDoneYet,

    /// <summary>The target is reached.</summary>
    TargetReached,
}

/// <summary>
/// A key result's status order, once: closed objective, then the status reported at the latest check-in, then not
/// scored / not started, then achieved, then the status strategy. The engine's records path (with rule text for
/// explanations) and its compiled key results (whose tables store <see cref="TraitsOf"/> computed when they are built)
/// both call <see cref="Decide"/>.
/// </summary>
internal static class KeyResultStatusRules
{
    /// <summary>The status traits of a kind.</summary>
    public static KeyResultStatusTraits TraitsOf(KeyResultKind kind)
    {
        var traits = KeyResultStatusTraits.None;
        if (kind is not (BaselineKind or ActivityKind or CascadedSumKind))
        {
            traits |= KeyResultStatusTraits.NotStartedWithoutCheckIn;
        }

        if (kind is BinaryKind or MilestonesKind)
        {
            traits |= KeyResultStatusTraits.StartsWithCheckIn;
        }

        if (kind is ActivityKind)
        {
            traits |= KeyResultStatusTraits.StartsWithWork;
        }

        bool hasEndTarget = kind switch
        {
            ThresholdKind or RangeKind => false,
            ControlKpiKind kpi => kpi.Method is ControlKpiMethod.SuccessfulCheckInShare or ControlKpiMethod.SumOverTargets,
            _ => true,
        };
        return hasEndTarget ? traits | KeyResultStatusTraits.HasEndTarget : traits;
    }

    /// <summary>The status decided before the strategy, with the reason; <see cref="KeyResultStatusReason.Strategy"/> when
    /// the strategy decides (the status is then meaningless).</summary>
    /// <param name="closed">Whether the objective is closed as of the day.</param>
    /// <param name="hasLatest">Whether there is a check-in as of the day.</param>
    /// <param name="reported">The status reported at that check-in, or null.</param>
    /// <param name="progress">The progress ratio, or null when not scored.</param>
    /// <param name="traits">The kind's traits.</param>
    public static (OkrStatus Status, KeyResultStatusReason Reason) Decide(bool closed, bool hasLatest, OkrStatus? reported, decimal? progress, KeyResultStatusTraits traits)
    {
        if (closed)
        {
            return (OkrStatus.Closed, KeyResultStatusReason.Closed);
        }

        if (reported is { } status)
        {
            return (status, KeyResultStatusReason.Reported);
        }

        if (progress is not { } ratio)
        {
            return !hasLatest && (traits & KeyResultStatusTraits.NotStartedWithoutCheckIn) != 0
                ? (OkrStatus.NotStarted, KeyResultStatusReason.NoCheckInYet)
                : (OkrStatus.NotScored, KeyResultStatusReason.NotScored);
        }

        if (!hasLatest && (traits & KeyResultStatusTraits.StartsWithCheckIn) != 0)
        {
            return (OkrStatus.NotStarted, KeyResultStatusReason.NoCheckInYet);
        }

        if ((traits & KeyResultStatusTraits.StartsWithWork) != 0 && ratio == 0m)
        {
            return (OkrStatus.NotStarted, KeyResultStatusReason.NoWorkDoneYet);
        }

        return (traits & KeyResultStatusTraits.HasEndTarget) != 0 && ratio >= 1m
            ? (OkrStatus.Achieved, KeyResultStatusReason.TargetReached)
            : (OkrStatus.NotScored, KeyResultStatusReason.Strategy);
    }
}
