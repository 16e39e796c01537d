namespace Okr.Core;

/// <summary>
/// A progress ratio: 0 is the start, 1 is the target. Values below 0 (moved the wrong way) and above 1
/// (over-achieved) are legal; capping or flooring is a strategy option, never implicit.
/// "Not scored" is not a <see cref="Progress"/> value: it is represented by a null <c>Progress?</c>.
/// </summary>
/// <remarks>Two values are equal when their ratios are numerically equal (0.5 equals 0.50).</remarks>
public readonly struct Progress : IEquatable<Progress>, IComparable<Progress>
{
    private Progress(decimal ratio) => Ratio = ratio;

    /// <summary>No progress: a ratio of 0.</summary>
    public static Progress Zero => default;

    /// <summary>The target reached: a ratio of 1.</summary>
    public static Progress Complete => new(1m);

    /// <summary>The ratio, where 1 means the target is reached.</summary>
    public decimal Ratio { get; }

    /// <summary>The ratio times 100.</summary>
    /// <exception cref="OverflowException">The ratio is beyond ±7.9 × 10^26, so its percentage does not fit a <see cref="decimal"/>.</exception>
    public decimal Percent => Ratio * 100m;

    /// <summary>Creates a progress from a ratio (1 = target reached).</summary>
    /// <param name="ratio">Any decimal value.</param>
    /// <returns>The progress.</returns>
    public static Progress FromRatio(decimal ratio) => new(ratio);

    /// <summary>Creates a progress from a percentage (100 = target reached).</summary>
    /// <param name="percent">Any decimal value.</param>
    /// <returns>The progress with ratio <paramref name="percent"/> / 100.</returns>
    public static Progress FromPercent(decimal percent) => new(percent / 100m);

    /// <summary>This progress limited to the range [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="min">The lowest ratio allowed.</param>
    /// <param name="max">The highest ratio allowed; not below <paramref name="min"/>.</param>
    /// <returns>The clamped progress.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is below <paramref name="min"/>.</exception>
    public Progress Clamp(decimal min, decimal max)
    {
        if (max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, "The maximum must not be below the minimum.");
        }

        return new(Math.Clamp(Ratio, min, max));
    }

    /// <inheritdoc/>
    public bool Equals(Progress other) => Ratio == other.Ratio;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Progress other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Ratio.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Progress other) => Ratio.CompareTo(other.Ratio);

    /// <summary>The progress as a culture-invariant percentage with up to two decimals, for example <c>33.33%</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>The progress as a percentage with up to two decimals, formatted for <paramref name="provider"/>.</summary>
    /// <param name="provider">The culture to format with; null means the invariant culture.</param>
    /// <returns>The text form.</returns>
    /// <remarks>A ratio too large for its percentage to fit a <see cref="decimal"/> is shown as the ratio with an <c>x</c>, for example <c>7.9E+28x</c>.</remarks>
    public string ToString(IFormatProvider? provider)
    {
        provider ??= CultureInfo.InvariantCulture;
        return Math.Abs(Ratio) <= MaxPercentRatio
            ? Math.Round(Percent, 2, MidpointRounding.AwayFromZero).ToString("0.##", provider) + "%"
            : Ratio.ToString("0.##E+0", provider) + "x";
    }

    private static decimal MaxPercentRatio => 792281625142643375935439503m;

    /// <summary>Whether two progress values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when the ratios are equal.</returns>
    public static bool operator ==(Progress left, Progress right) => left.Equals(right);

    /// <summary>Whether two progress values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when the ratios differ.</returns>
    public static bool operator !=(Progress left, Progress right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison of the ratios.</returns>
    public static bool operator <(Progress left, Progress right) => left.Ratio < right.Ratio;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison of the ratios.</returns>
    public static bool operator >(Progress left, Progress right) => left.Ratio > right.Ratio;

    /// <summary>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison of the ratios.</returns>
    public static bool operator <=(Progress left, Progress right) => left.Ratio <= right.Ratio;

    /// <summary>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison of the ratios.</returns>
    public static bool operator >=(Progress left, Progress right) => left.Ratio >= right.Ratio;
}
