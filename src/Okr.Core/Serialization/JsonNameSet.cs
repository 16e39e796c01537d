namespace Okr.Core.Serialization;

/// <summary>
/// A set of <see cref="JsonName"/>s as 128 bits, one per name: the properties an object of the format has (its shape),
/// and the ones a reader has seen in the object so far (to refuse a duplicate). The bits are the names' own values,
/// so nothing is numbered by hand.
/// </summary>
internal readonly struct JsonNameSet
{
    private readonly UInt128 bits;

    private JsonNameSet(UInt128 bits) => this.bits = bits;

    /// <summary>The set of the given names.</summary>
    public static JsonNameSet Of(params ReadOnlySpan<JsonName> names)
    {
        UInt128 bits = 0;
        foreach (var name in names)
        {
            bits |= Bit(name);
        }

        return new JsonNameSet(bits);
    }

    /// <summary>Whether the set holds the name.</summary>
    public bool Contains(JsonName name) => (bits & Bit(name)) != 0;

    /// <summary>This set and the name.</summary>
    public JsonNameSet With(JsonName name) => new(bits | Bit(name));

    private static UInt128 Bit(JsonName name) => UInt128.One << (int)name;
}
