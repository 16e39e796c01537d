using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>The unit of a key result's values: a plain number, a percentage or a currency (ISO 4217 code).</summary>
/// <remarks>Two units are equal when their kinds and currency codes are equal (codes compare ordinally, upper case).</remarks>
public readonly struct MetricUnit : IEquatable<MetricUnit>
{
    private MetricUnit(UnitKind kind, string? currencyCode)
    {
        Kind = kind;
        CurrencyCode = currencyCode;
    }

    /// <summary>A plain number. This is the default value of the type.</summary>
    public static MetricUnit Number => default;

    /// <summary>A percentage typed as 0 to 100.</summary>
    public static MetricUnit Percent => new(UnitKind.Percent, null);

    /// <summary>The kind of unit.</summary>
    public UnitKind Kind { get; }

    /// <summary>The ISO 4217 code (three upper-case letters) when <see cref="Kind"/> is <see cref="UnitKind.Currency"/>; otherwise null.</summary>
    public string? CurrencyCode { get; }

    /// <summary>A currency unit.</summary>
    /// <param name="isoCode">A three-letter ISO 4217 code such as <c>EUR</c>; letters are upper-cased.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="isoCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="isoCode"/> is not three ASCII letters.</exception>
    /// <remarks>The core checks the shape of the code only; the validation package checks it against the ISO 4217 list.</remarks>
    public static MetricUnit Currency(string isoCode)
    {
        Guard.NotBlank(isoCode);
        if (isoCode.Length != 3 || !isoCode.All(char.IsAsciiLetter))
        {
            throw new ArgumentException($"'{isoCode}' is not an ISO 4217 currency code (three letters such as EUR).", nameof(isoCode));
        }

        return new MetricUnit(UnitKind.Currency, isoCode.ToUpperInvariant());
    }

    /// <inheritdoc/>
    public bool Equals(MetricUnit other) => Kind == other.Kind && string.Equals(CurrencyCode, other.CurrencyCode, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MetricUnit other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, CurrencyCode);

    /// <summary>The unit as text: <c>number</c>, <c>percent</c> or the currency code.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Kind switch
    {
        UnitKind.Percent => "percent",
        UnitKind.Currency => CurrencyCode!,
        _ => "number",
    };

    /// <summary>Parses the text written by <see cref="ToString"/>.</summary>
    /// <param name="text"><c>number</c>, <c>percent</c> or a three-letter currency code.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is none of these.</exception>
    public static MetricUnit Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Equals("number", StringComparison.OrdinalIgnoreCase))
        {
            return Number;
        }

        if (text.Equals("percent", StringComparison.OrdinalIgnoreCase))
        {
            return Percent;
        }

        if (text.Length == 3 && text.All(char.IsAsciiLetter))
        {
            return Currency(text);
        }

        throw new FormatException($"'{text}' is not a unit: expected 'number', 'percent' or a three-letter ISO 4217 currency code.");
    }

    /// <summary>Whether two units are equal.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(MetricUnit left, MetricUnit right) => left.Equals(right);

    /// <summary>Whether two units differ.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MetricUnit left, MetricUnit right) => !left.Equals(right);
}
