namespace Okr.Core.Scoring;

/// <summary>
/// The options of a strategy as name/value pairs of culture-invariant text: the form in which strategies are
/// written to JSON and re-created from it by a <see cref="StrategyRegistry"/>. Typed getters parse the values.
/// </summary>
/// <remarks>Immutable. Names compare ordinally; entries keep the order they were added in. Two option sets are equal
/// when they hold the same names with the same values.</remarks>
public sealed class StrategyOptions : IEquatable<StrategyOptions>, IEnumerable<KeyValuePair<string, string>>
{
    private readonly ImmutableArray<KeyValuePair<string, string>> entries;

    private StrategyOptions(ImmutableArray<KeyValuePair<string, string>> entries) => this.entries = entries;

    /// <summary>No options.</summary>
    public static StrategyOptions Empty { get; } = new(ImmutableArray<KeyValuePair<string, string>>.Empty);

    /// <summary>The number of options.</summary>
    public int Count => entries.Length;

    /// <summary>Returns a copy with <paramref name="name"/> set to <paramref name="value"/> (replacing any earlier value).</summary>
    /// <param name="name">The option's name, not blank.</param>
    /// <param name="value">The value as invariant text.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank, or <paramref name="value"/> is null.</exception>
    public StrategyOptions With(string name, string value)
    {
        Internal.Guard.NotBlank(name);
        ArgumentNullException.ThrowIfNull(value);
        int index = IndexOf(name);
        var entry = KeyValuePair.Create(name, value);
        return new(index >= 0 ? entries.SetItem(index, entry) : entries.Add(entry));
    }

    /// <summary>Returns a copy with a decimal option, written invariantly.</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The changed copy.</returns>
    public StrategyOptions With(string name, decimal value) => With(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Returns a copy with a Boolean option, written as <c>true</c> or <c>false</c>.</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The changed copy.</returns>
    public StrategyOptions With(string name, bool value) => With(name, value ? "true" : "false");

    /// <summary>The raw text of an option.</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="value">The text, when present.</param>
    /// <returns>Whether the option is present.</returns>
    public bool TryGetValue(string name, out string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        int index = IndexOf(name);
        value = index >= 0 ? entries[index].Value : string.Empty;
        return index >= 0;
    }

    /// <summary>A decimal option, or <paramref name="defaultValue"/> when absent.</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="defaultValue">The value when absent.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The option is present but not an invariant decimal number.</exception>
    public decimal GetDecimal(string name, decimal defaultValue) =>
        GetNullableDecimal(name) ?? defaultValue;

    /// <summary>A decimal option, or null when absent.</summary>
    /// <param name="name">The option's name.</param>
    /// <returns>The value or null.</returns>
    /// <exception cref="FormatException">The option is present but not an invariant decimal number.</exception>
    public decimal? GetNullableDecimal(string name)
    {
        if (!TryGetValue(name, out var text))
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"The strategy option '{name}' must be a number written invariantly, but was '{text}'.");
    }

    /// <summary>A Boolean option, or <paramref name="defaultValue"/> when absent.</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="defaultValue">The value when absent.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The option is present but neither <c>true</c> nor <c>false</c>.</exception>
    public bool GetBoolean(string name, bool defaultValue)
    {
        if (!TryGetValue(name, out var text))
        {
            return defaultValue;
        }

        return bool.TryParse(text, out var value)
            ? value
            : throw new FormatException($"The strategy option '{name}' must be true or false, but was '{text}'.");
    }

    /// <summary>An enum option by name (case-insensitive), or <paramref name="defaultValue"/> when absent.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="name">The option's name.</param>
    /// <param name="defaultValue">The value when absent.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The option is present but names no member of <typeparamref name="TEnum"/>.</exception>
    public TEnum GetEnum<TEnum>(string name, TEnum defaultValue)
        where TEnum : struct, Enum
    {
        if (!TryGetValue(name, out var text))
        {
            return defaultValue;
        }

        return Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsAsciiDigit(text.TrimStart('-')[0])
            ? value
            : throw new FormatException($"The strategy option '{name}' must be one of {string.Join(", ", Enum.GetNames<TEnum>())}, but was '{text}'.");
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)entries).GetEnumerator();

    /// <inheritdoc/>
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(StrategyOptions? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var entry in entries)
        {
            if (!other.TryGetValue(entry.Key, out var value) || value != entry.Value)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StrategyOptions);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        int hash = 0;
        foreach (var entry in entries)
        {
            hash ^= HashCode.Combine(entry.Key, entry.Value);
        }

        return hash;
    }

    /// <summary>The options as <c>name=value</c> pairs separated by commas.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Join(", ", entries.Select(e => e.Key + "=" + e.Value));

    private int IndexOf(string name)
    {
        for (int i = 0; i < entries.Length; i++)
        {
            if (string.Equals(entries[i].Key, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
