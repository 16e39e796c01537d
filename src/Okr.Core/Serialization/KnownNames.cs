using System.Collections.Frozen;
using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <summary>
/// The property names (<see cref="JsonName"/>) and short enumerated values of the format, so the reader can turn a UTF-8
/// token into the shared string, and a property name into its <see cref="JsonName"/>, instead of allocating a string per
/// property (a 100,000-item document has about a million names).
/// </summary>
internal static class KnownNames
{
    private const int MaxLength = 32;

    private static readonly FrozenDictionary<string, (string Text, JsonName Property)> Names = Build();

    private static readonly FrozenDictionary<string, (string Text, JsonName Property)>.AlternateLookup<ReadOnlySpan<char>> Lookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The current string token (a property name or a string value) as a string: the shared instance when it is a known name.</summary>
    public static string GetString(ref Utf8JsonReader r) => GetString(ref r, out _);

    /// <summary>The current string token as a string (the shared instance when it is a known name), and the property name
    /// it is, or <see cref="JsonName.None"/>.</summary>
    public static string GetString(ref Utf8JsonReader r, out JsonName property)
    {
        int length = r.HasValueSequence ? (int)Math.Min(r.ValueSequence.Length, int.MaxValue) : r.ValueSpan.Length;
        if (length <= MaxLength)
        {
            Span<char> text = stackalloc char[MaxLength];
            int written = r.CopyString(text);
            if (Lookup.TryGetValue(text[..written], out var known))
            {
                property = known.Property;
                return known.Text;
            }

            property = JsonName.None;
            return new string(text[..written]);
        }

        property = JsonName.None;
        return r.GetString()!;
    }

    private static FrozenDictionary<string, (string Text, JsonName Property)> Build()
    {
        var all = new Dictionary<string, (string Text, JsonName Property)>(StringComparer.Ordinal);
        foreach (var (text, name) in JsonNames.Properties)
        {
            all.Add(text, (text, name));
        }

        foreach (string kind in PlanJsonReader.KindTypes)
        {
            all.TryAdd(kind, (kind, JsonName.None));
        }

        Add<LinearDirection>(all);
        Add<ThresholdDirection>(all);
        Add<ThresholdBoundary>(all);
        Add<ControlKpiDirection>(all);
        Add<ControlKpiMethod>(all);
        Add<ActivityMethod>(all);
        Add<StartEqualsTargetRule>(all);
        Add<NotScoredChildRule>(all);
        return all.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add<TEnum>(Dictionary<string, (string Text, JsonName Property)> names)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            string text = JsonText.EnumName(value);
            names.TryAdd(text, (text, JsonName.None));
        }
    }
}
