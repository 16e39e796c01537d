using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>
/// How much a child counts in its parent's roll-up. Two styles, which may be mixed among siblings:
/// <list type="bullet">
/// <item>a <b>multiplier</b> (Ally.io style: 0x, 0.5x, 1x, 2x); 0 means "does not contribute";</item>
/// <item>a <b>fixed share</b> in percent (Viva Goals style). Siblings with fixed shares get exactly that share;
/// the other siblings split the remainder (100% minus the fixed shares) in proportion to their multipliers,
/// so adding a sibling takes its share from the unfixed ones only. Fixed shares summing above 100% are scaled
/// down to 100% together and the unfixed siblings get nothing (the validation package reports it).</item>
/// </list>
/// </summary>
/// <remarks>The default value is a multiplier of 1. Two weights are equal when style and number are equal.</remarks>
public readonly struct ContributionWeight : IEquatable<ContributionWeight>
{
    // One decimal serves both styles (24 bytes in all): the share in percent, or the multiplier minus one, so the
    // default value of the struct is a multiplier of 1.
    private readonly decimal stored;

    private ContributionWeight(decimal value, bool isFixedShare)
    {
        stored = isFixedShare ? value : value - 1m;
        IsFixedShare = isFixedShare;
    }

    private bool StoredIsPlainZero => System.Runtime.CompilerServices.Unsafe.As<decimal, Int128>(ref System.Runtime.CompilerServices.Unsafe.AsRef(in stored)) == Int128.Zero;

    /// <summary>A multiplier of 1: the default weight.</summary>
    public static ContributionWeight Default => default;

    /// <summary>A multiplier of 0: the child does not contribute.</summary>
    public static ContributionWeight Excluded => new(0m, false);

    /// <summary>Whether this is a fixed share (otherwise a multiplier).</summary>
    public bool IsFixedShare { get; }

    /// <summary>The multiplier; 0 for fixed shares.</summary>
    public decimal Multiplier => IsFixedShare ? 0m
        : StoredIsPlainZero ? 1m // the default weight, without a decimal addition: 0 (all bits clear) + 1 is exactly 1m
        : stored + 1m;

    /// <summary>The fixed share in percent (0 to 100); 0 for multipliers.</summary>
    public decimal FixedSharePercent => IsFixedShare ? stored : 0m;

    /// <summary>Whether the child contributes nothing (a multiplier or share of 0).</summary>
    public bool IsZero => IsFixedShare ? FixedSharePercent == 0m : Multiplier == 0m;

    /// <summary>Creates a multiplier weight.</summary>
    /// <param name="multiplier">Zero or greater; 0 excludes the child.</param>
    /// <returns>The weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="multiplier"/> is negative.</exception>
    public static ContributionWeight Times(decimal multiplier) => new(Guard.NonNegative(multiplier), false);

    /// <summary>Creates a fixed share.</summary>
    /// <param name="percent">The share in percent, 0 to 100.</param>
    /// <returns>The weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is outside 0 to 100.</exception>
    public static ContributionWeight FixedShare(decimal percent) => new(Guard.InRange(percent, 0m, 100m), true);

    /// <inheritdoc/>
    public bool Equals(ContributionWeight other) =>
        IsFixedShare == other.IsFixedShare && Multiplier == other.Multiplier && FixedSharePercent == other.FixedSharePercent;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ContributionWeight other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(IsFixedShare, Multiplier, FixedSharePercent);

    /// <summary>The weight as <c>2x</c> or <c>50% fixed</c>, culture-invariant.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => IsFixedShare
        ? FixedSharePercent.ToString(CultureInfo.InvariantCulture) + "% fixed"
        : Multiplier.ToString(CultureInfo.InvariantCulture) + "x";

    /// <summary>Whether two weights are equal.</summary>
    /// <param name="left">The first weight.</param>
    /// <param name="right">The second weight.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ContributionWeight left, ContributionWeight right) => left.Equals(right);

    /// <summary>Whether two weights differ.</summary>
    /// <param name="left">The first weight.</param>
    /// <param name="right">The second weight.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ContributionWeight left, ContributionWeight right) => !left.Equals(right);
}
