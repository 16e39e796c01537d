namespace Okr.Core.Internal;

/// <summary>Decimal arithmetic that reports overflow instead of throwing, and a square root in decimal.</summary>
internal static class DecimalMath
{
    /// <summary>The square root of a non-negative decimal: a double estimate refined by Newton's method in decimal.</summary>
    public static bool TrySqrt(decimal value, out decimal root)
    {
        root = 0m;
        if (value < 0m)
        {
            return false;
        }

        if (value == 0m)
        {
            return true;
        }

        decimal x = (decimal)Math.Sqrt((double)value);
        if (x == 0m)
        {
            x = value;
        }

        for (int i = 0; i < 6; i++)
        {
            decimal next = (x + (value / x)) / 2m;
            if (next == x)
            {
                break;
            }

            x = next;
        }

        root = x;
        return true;
    }

    public static bool TryMultiply(decimal a, decimal b, out decimal product)
    {
        try
        {
            product = a * b;
            return true;
        }
        catch (OverflowException)
        {
            product = 0m;
            return false;
        }
    }

    public static bool TryAdd(decimal a, decimal b, out decimal sum)
    {
        try
        {
            sum = a + b;
            return true;
        }
        catch (OverflowException)
        {
            sum = 0m;
            return false;
        }
    }
}
