using System.Runtime.CompilerServices;

namespace Okr.Core.Internal;

/// <summary>Argument checks shared by the model: every failure names the parameter.</summary>
internal static class Guard
{
    public static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must not be empty or white space.", paramName);
        }

        return value;
    }

    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }

    public static decimal NonNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The value must be zero or greater.");
        }

        return value;
    }

    public static decimal InRange(decimal value, decimal min, decimal max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"The value must be between {min.ToString(System.Globalization.CultureInfo.InvariantCulture)} and {max.ToString(System.Globalization.CultureInfo.InvariantCulture)}, both included.");
        }

        return value;
    }

    public static ImmutableArray<T> NoNullItems<T>(ImmutableArray<T> items, [CallerArgumentExpression(nameof(items))] string? paramName = null)
        where T : class
    {
        if (items.IsDefault)
        {
            return ImmutableArray<T>.Empty;
        }

        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                throw new ArgumentException($"The collection contains a null item at index {i}.", paramName);
            }
        }

        return items;
    }
}
