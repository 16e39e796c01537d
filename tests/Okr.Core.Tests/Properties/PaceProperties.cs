using FsCheck.Xunit;
using Okr.Core.Scoring;

namespace Okr.Core.Tests.Properties;

/// <summary><see cref="ProgressFormulas.PaceByPoints"/> decides most gaps in floating point and the close calls in
/// decimal: its answer must always be the exact decimal rule's, including right at the bands.</summary>
[Properties(MaxTest = 1000)]
public class PaceProperties
{
    private static readonly decimal[] Bands = [25m, 0m, 10m, 12.5m, 0.1m, 1e-20m, 50m, -5m, 1e20m];

    /// <summary>A decimal with 96 random bits, a random scale and sign: from tiny to huge, with up to 29 digits.</summary>
    private static decimal Number(int low, int middle, int high, byte scale, bool negative) =>
        new(low, middle, high & int.MaxValue >> (scale % 4 * 8), negative, (byte)(scale % 29));

    [Property]
    public bool PaceByPoints_AnyNumbers_EqualsTheExactRule(int l1, int m1, int h1, byte s1, bool n1, int l2, int m2, int h2, byte s2, bool n2, byte risk, byte behind)
    {
        decimal actual = Number(l1, m1, h1, s1, n1);
        decimal expected = Number(l2, m2, h2, s2, n2);
        decimal atRiskGap = Bands[risk % Bands.Length];
        decimal behindGap = Bands[behind % Bands.Length];
        return ProgressFormulas.PaceByPoints(actual, expected, atRiskGap, behindGap)
            == ProgressFormulas.PaceByPointsExactly(actual, expected, atRiskGap, behindGap);
    }

    [Property]
    public bool PaceByPoints_RatiosAtAndAroundTheBands_EqualsTheExactRule(int low, int middle, byte band, sbyte ulps, byte digits)
    {
        // An expected ratio in [0, 1) with up to 28 digits, and an actual one exactly a band's width below it, then
        // nudged by a few units of the last digit (the cases where rounding could decide).
        decimal expected = new decimal(low, middle, 0, false, 28) % 1m;
        decimal gap = Bands[band % 4] / 100m;
        int scale = 28 - (digits % 10);
        decimal unit = new(1, 0, 0, false, (byte)scale);
        decimal actual = expected - gap + ((ulps % 4) * unit);
        return ProgressFormulas.PaceByPoints(actual, expected) == ProgressFormulas.PaceByPointsExactly(actual, expected, 25m, 0m)
            && ProgressFormulas.PaceByPoints(actual, expected, 10m, 0m) == ProgressFormulas.PaceByPointsExactly(actual, expected, 10m, 0m);
    }

    [Theory]
    [InlineData("0.5", "0.75", OkrStatus.Behind)] // exactly 25 points: not above the at-risk band
    [InlineData("0.4999999999999999999999999999", "0.75", OkrStatus.AtRisk)]
    [InlineData("0.5000000000000000000000000001", "0.75", OkrStatus.Behind)]
    [InlineData("0.75", "0.75", OkrStatus.OnTrack)]
    [InlineData("0.7499999999999999999999999999", "0.75", OkrStatus.Behind)]
    public void PaceByPoints_AtTheBands_IsExact(string actual, string expected, OkrStatus status)
    {
        var a = decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture);
        var e = decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(status, ProgressFormulas.PaceByPointsExactly(a, e, 25m, 0m));
        Assert.Equal(status, ProgressFormulas.PaceByPoints(a, e));
    }
}
