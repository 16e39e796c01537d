using System.Numerics;

namespace Okr.Core.Internal;

/// <summary>
/// An exact fraction of two big integers, for the forecasts' least-squares sums: every decimal is a fraction with a
/// power-of-ten denominator, so the sums, the slope, the line's value and the day a target is reached are computed
/// without rounding, and rounded once, at the end, to a decimal. A point that lies on the line therefore leaves the
/// line exactly where it was. The denominator is always positive; values are kept reduced.
/// </summary>
internal readonly struct ExactRational : IComparable<ExactRational>
{
    private static readonly BigInteger DecimalMax = new(decimal.MaxValue);

    private readonly BigInteger denominator;

    private ExactRational(BigInteger numerator, BigInteger denominator)
    {
        Numerator = numerator;
        this.denominator = denominator;
    }

    public BigInteger Numerator { get; }

    /// <summary>Always positive (a default instance reads as 0 / 1).</summary>
    public BigInteger Denominator => denominator.IsZero ? BigInteger.One : denominator;

    public static ExactRational Zero => new(BigInteger.Zero, BigInteger.One);

    public int Sign => Numerator.Sign;

    public bool IsZero => Numerator.IsZero;

    public static ExactRational From(long value) => new(value, BigInteger.One);

    public static ExactRational From(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        int scale = (bits[3] >> 16) & 0xFF;
        if (bits[3] < 0)
        {
            mantissa = -mantissa;
        }

        return Create(mantissa, BigInteger.Pow(10, scale));
    }

    public static ExactRational Create(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException();
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero)
        {
            numerator /= gcd;
            denominator /= gcd;
        }

        return new ExactRational(numerator, denominator);
    }

    public static ExactRational operator +(ExactRational a, ExactRational b) =>
        Create((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static ExactRational operator -(ExactRational a, ExactRational b) =>
        Create((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static ExactRational operator -(ExactRational a) => Create(-a.Numerator, a.Denominator);

    public static ExactRational operator *(ExactRational a, ExactRational b) =>
        Create(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    /// <exception cref="DivideByZeroException"><paramref name="b"/> is zero.</exception>
    public static ExactRational operator /(ExactRational a, ExactRational b) =>
        Create(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator <(ExactRational a, ExactRational b) => a.CompareTo(b) < 0;

    public static bool operator >(ExactRational a, ExactRational b) => a.CompareTo(b) > 0;

    public static bool operator <=(ExactRational a, ExactRational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(ExactRational a, ExactRational b) => a.CompareTo(b) >= 0;

    public int CompareTo(ExactRational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>The largest integer not above the value.</summary>
    public BigInteger Floor()
    {
        var quotient = BigInteger.DivRem(Numerator, Denominator, out var remainder);
        return remainder.Sign < 0 ? quotient - 1 : quotient;
    }

    /// <summary>The smallest integer not below the value.</summary>
    public BigInteger Ceiling()
    {
        var quotient = BigInteger.DivRem(Numerator, Denominator, out var remainder);
        return remainder.Sign > 0 ? quotient + 1 : quotient;
    }

    /// <summary>The nearest decimal (28 significant digits at most, halves away from zero, no trailing zeros), or
    /// false when the value lies beyond decimal's range.</summary>
    public bool TryToDecimal(out decimal value)
    {
        value = 0m;
        var magnitude = BigInteger.Abs(Numerator);
        if (magnitude / Denominator > DecimalMax)
        {
            return false;
        }

        // The largest scale (0 to 28) at which the rounded mantissa still fits decimal's 96 bits.
        for (int scale = 28; scale >= 0; scale--)
        {
            var scaled = magnitude * BigInteger.Pow(10, scale);
            var mantissa = BigInteger.DivRem(scaled, Denominator, out var remainder);
            if (remainder * 2 >= Denominator)
            {
                mantissa += 1;
            }

            if (mantissa > DecimalMax)
            {
                continue;
            }

            while (scale > 0 && (mantissa % 10).IsZero)
            {
                mantissa /= 10;
                scale--;
            }

            value = ToDecimal(mantissa, scale, Numerator.Sign < 0);
            return true;
        }

        return false;
    }

    private static decimal ToDecimal(BigInteger mantissa, int scale, bool negative)
    {
        var mask = new BigInteger(uint.MaxValue);
        int lo = (int)(uint)(mantissa & mask);
        int mid = (int)(uint)((mantissa >> 32) & mask);
        int hi = (int)(uint)((mantissa >> 64) & mask);
        return new decimal(lo, mid, hi, negative && !mantissa.IsZero, (byte)scale);
    }
}
