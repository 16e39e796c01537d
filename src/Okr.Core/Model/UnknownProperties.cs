using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>
/// The JSON properties of an item that Okr.Core does not know, in document order, so that a document written by a
/// newer version or by another tool loses nothing when it is loaded and saved again. Plans, objectives, key results,
/// check-ins, initiatives and work items each carry one.
/// </summary>
/// <remarks>
/// Immutable. Values are stored as minified JSON text and checked to be one well-formed JSON value. Two collections
/// are equal when they hold the same properties (scope, name and JSON text, compared ordinally) in the same order.
/// A property whose scope names a nested object the item no longer has (for example a removed override) is not
/// written.
/// </remarks>
public sealed class UnknownProperties : IEquatable<UnknownProperties>, IReadOnlyList<UnknownProperty>
{
    private static readonly JsonWriterOptions MinifiedWriter = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    private readonly ImmutableArray<UnknownProperty> items;

    private UnknownProperties(ImmutableArray<UnknownProperty> items) => this.items = items;

    /// <summary>No unknown properties.</summary>
    public static UnknownProperties Empty { get; } = new(ImmutableArray<UnknownProperty>.Empty);

    /// <summary>The number of properties.</summary>
    public int Count => items.Length;

    /// <summary>Whether there are none.</summary>
    public bool IsEmpty => items.IsEmpty;

    /// <summary>The property at <paramref name="index"/>, in document order.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The property.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public UnknownProperty this[int index] => items[index];

    /// <summary>Returns a copy with a property of the item's own JSON object appended.</summary>
    /// <param name="name">The property name; not empty.</param>
    /// <param name="json">The value as JSON text (any well-formed JSON value).</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or <paramref name="json"/> is not one well-formed JSON value.</exception>
    public UnknownProperties Add(string name, string json) => Add(string.Empty, name, json);

    /// <summary>Returns a copy with a property of a nested object appended.</summary>
    /// <param name="scope">The nested object's path relative to the item (see <see cref="UnknownProperty.Scope"/>); empty for the item itself.</param>
    /// <param name="name">The property name; not empty.</param>
    /// <param name="json">The value as JSON text (any well-formed JSON value).</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or <paramref name="json"/> is not one well-formed JSON value.</exception>
    public UnknownProperties Add(string scope, string name, string json)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(json);
        if (name.Length == 0)
        {
            throw new ArgumentException("The property name must not be empty.", nameof(name));
        }

        string minified;
        try
        {
            using var document = JsonDocument.Parse(json);
            minified = Minify(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The value of '{name}' is not well-formed JSON: {e.Message}", nameof(json), e);
        }

        return new(items.Add(new UnknownProperty(scope, name, minified)));
    }

    /// <summary>The properties of one scope, in order.</summary>
    /// <param name="scope">The scope; empty for the item's own JSON object.</param>
    /// <returns>The properties.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    public IEnumerable<UnknownProperty> InScope(string scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return items.Where(p => string.Equals(p.Scope, scope, StringComparison.Ordinal));
    }

    /// <inheritdoc/>
    public IEnumerator<UnknownProperty> GetEnumerator() => ((IEnumerable<UnknownProperty>)items).GetEnumerator();

    /// <inheritdoc/>
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(UnknownProperties? other) => other is not null && Sequence.Equal(items, other.items);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as UnknownProperties);

    /// <inheritdoc/>
    public override int GetHashCode() => Sequence.Hash(items);

    /// <summary>The properties as <c>scope/name=json</c> lines.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Join(Environment.NewLine, items.Select(p => (p.Scope.Length == 0 ? p.Name : p.Scope + "/" + p.Name) + "=" + p.Json));

    internal static UnknownProperties FromTrusted(List<UnknownProperty>? items) =>
        items is null || items.Count == 0 ? Empty : new([.. items]);

    internal static string Minify(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, MinifiedWriter))
        {
            element.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
