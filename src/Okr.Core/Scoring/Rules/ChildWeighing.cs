namespace Okr.Core.Scoring.Rules;

/// <summary>Whether an objective's child counts in its roll-up, and if not, why (see <see cref="ChildWeighing"/>).</summary>
internal enum ChildRole : byte
{
    /// <summary>It counts.</summary>
    Counts = 0,

    /// <summary>Its category is excluded by the roll-up settings (initiatives, aligned objectives).</summary>
    Excluded,

    /// <summary>It opted out of its parent's roll-up.</summary>
    OptedOut,

    /// <summary>Its weight is 0.</summary>
    ZeroWeight,

    /// <summary>It has no progress and is left out (<see cref="NotScoredChildRule.LeaveOut"/>).</summary>
    NotScored,

    /// <summary>It has no progress and counts as 0 (<see cref="NotScoredChildRule.CountAsZero"/>).</summary>
    CountsAsZero,
}

/// <summary>
/// An objective's child weighing, once: which children count (<see cref="RoleOf"/>; a not-scored child left out or
/// counted as 0, <see cref="CountedProgress"/>, and a cascaded sum's child without a value, <see cref="CascadedValue"/>), which affect the "not started"
/// status (<see cref="Observe"/>), a key result's and a child objective's weight (weighted by target size when asked,
/// <see cref="KeyResultWeight"/>, <see cref="ObjectiveWeight"/>), the weights as strategies see them (<see cref="Scale"/>: scaled down by a power of ten so
/// the largest is at most 1) and capping and flooring (<see cref="Bound"/>). The engine's roll-up over records, its roll-up
/// over compiled key-result weights and explanations all call these.
/// </summary>
internal static class ChildWeighing
{
    /// <summary>The child's role in the roll-up: a not-scored child is left out or counts as 0 by
    /// <paramref name="notScored"/>; children left out for another reason stay out either way.</summary>
    public static ChildRole RoleOf(bool excludedBySettings, bool contributes, bool zeroWeight, bool scored, NotScoredChildRule notScored) =>
        excludedBySettings ? ChildRole.Excluded
        : !contributes ? ChildRole.OptedOut
        : zeroWeight ? ChildRole.ZeroWeight
        : scored ? ChildRole.Counts
        : notScored == NotScoredChildRule.CountAsZero ? ChildRole.CountsAsZero
        : ChildRole.NotScored;

    /// <summary>Whether a child in this role counts in the roll-up (with its progress, or with 0).</summary>
    public static bool Counts(ChildRole role) => role is ChildRole.Counts or ChildRole.CountsAsZero;

    /// <summary>The progress a counting child adds: its own, or 0 when it is not scored (it counts only under
    /// <see cref="NotScoredChildRule.CountAsZero"/>).</summary>
    public static decimal CountedProgress(bool scored, decimal progress) => scored ? progress : 0m;

    /// <summary>The value a key result cascading into a cascaded sum adds: its own value, else 0 under
    /// <see cref="NotScoredChildRule.CountAsZero"/>, else nothing (null: left out).</summary>
    public static decimal? CascadedValue(decimal? value, NotScoredChildRule notScored) =>
        value ?? (notScored == NotScoredChildRule.CountAsZero ? 0m : null);

    /// <summary>The explanation's note on a child counted as 0.</summary>
    public const string CountedAsZeroNote = "not scored: counted as 0";

    /// <summary>Why a child does not count, for explanations; null when it counts.</summary>
    public static string? NoteOf(ChildRole role) => role switch
    {
        ChildRole.Excluded => "excluded by the roll-up settings",
        ChildRole.OptedOut => "opted out",
        ChildRole.ZeroWeight => "weight 0",
        ChildRole.NotScored => "not scored",
        _ => null,
    };

    /// <summary>Whether a child in this role takes part in the objective's "started" facts: it is weighed (counting, or
    /// weighed but not scored).</summary>
    public static bool IsWeighed(ChildRole role) => role is ChildRole.Counts or ChildRole.NotScored or ChildRole.CountsAsZero;

    /// <summary>A key result's weight in its objective: its declared weight, times its target size |target - start|
    /// (linear, cascaded sum) when the settings weigh by target size (see <see cref="BySize"/>).</summary>
    public static ContributionWeight KeyResultWeight(KeyResult keyResult, RollupSettings settings) =>
        !settings.WeightByTargetSize ? keyResult.Weight : BySize(keyResult.Weight, keyResult.Kind switch
        {
            LinearKind l => Size(l.Start, l.Target),
            CascadedSumKind c => Size(c.Start, c.Target),
            _ => null,
        });

    /// <summary>An aligned (child) objective's weight in its parent: its declared weight, times the size of its own
    /// <see cref="Objective.Scale"/> |target - start| when the parent's settings weigh by target size (Viva Goals:
    /// contributions proportional to size; see <see cref="BySize"/>).</summary>
    public static ContributionWeight ObjectiveWeight(Objective child, RollupSettings settings) =>
        !settings.WeightByTargetSize || child.Scale is not { } scale ? child.Weight : BySize(child.Weight, Size(scale.Start, scale.Target));

    /// <summary>Weighting by target size, the one place for key results and child objectives alike: the multiplier times
    /// the size; a fixed share, an unknown size or a product beyond decimal's range keeps the declared weight.</summary>
    private static ContributionWeight BySize(ContributionWeight weight, decimal? size)
    {
        if (size is not { } s || weight.IsFixedShare)
        {
            return weight;
        }

        try
        {
            return ContributionWeight.Times(weight.Multiplier * s);
        }
        catch (OverflowException)
        {
            // Keep the declared multiplier when the product is beyond decimal's range.
            return weight;
        }
    }

    private static decimal? Size(decimal start, decimal target)
    {
        try
        {
            return Math.Abs(target - start);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>A counted child's progress after the settings' cap and floor (cap first).</summary>
    public static decimal Bound(decimal progress, decimal? cap, decimal? floor, out bool capped, out bool floored)
    {
        capped = floored = false;
        if (cap is { } c && progress > c)
        {
            progress = c;
            capped = true;
        }

        if (floor is { } f && progress < f)
        {
            progress = f;
            floored = true;
        }

        return progress;
    }

    /// <summary>The scale of the weights strategies see: the smallest power of ten at or above the largest effective weight.</summary>
    public static Scale ScaleFor(decimal largestWeight) => new(ProgressFormulas.PowerOfTenAtLeast(largestWeight));

    /// <summary>The weights as strategies see them: divided by a power of ten (exact in decimal) so the largest is at most 1,
    /// the same ratios with sums that cannot overflow.</summary>
    internal readonly struct Scale
    {
        private readonly decimal divisor;
        private readonly bool isOne;

        public Scale(decimal divisor)
        {
            this.divisor = divisor;
            // Dividing by a scale-0 one is the identity (same bits), and it is the common case: skip the division.
            isOne = divisor == 1m && divisor.Scale == 0;
        }

        /// <summary>A positive effective weight as strategies see it.</summary>
        public decimal Relative(decimal weight) => isOne ? weight : weight / divisor;
    }

    /// <summary>The facts of an objective's children its status needs: the latest update and whether any weighed child is
    /// started or not started.</summary>
    internal struct Facts
    {
        /// <summary>The latest update among the children walked (UTC ticks).</summary>
        public long LastUpdate;

        /// <summary>Whether a weighed child is started (any status but not started and not scored).</summary>
        public bool AnyStarted;

        /// <summary>Whether a weighed child is not started.</summary>
        public bool AnyNotStarted;
    }

    /// <summary>Takes a weighed child's status into the facts.</summary>
    public static void Observe(ref Facts facts, OkrStatus status)
    {
        facts.AnyNotStarted |= status == OkrStatus.NotStarted;
        facts.AnyStarted |= status is not (OkrStatus.NotStarted or OkrStatus.NotScored);
    }

    /// <summary>Whether a weighed child's status moving from <paramref name="before"/> to <paramref name="after"/> leaves
    /// what <see cref="Observe"/> takes from it unchanged (a series then need not roll its objective up again).</summary>
    public static bool SameFacts(OkrStatus before, OkrStatus after)
    {
        Facts was = default;
        Facts now = default;
        Observe(ref was, before);
        Observe(ref now, after);
        return was.AnyStarted == now.AnyStarted && was.AnyNotStarted == now.AnyNotStarted;
    }
}
