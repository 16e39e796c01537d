namespace Okr.Core;

/// <summary>
/// One JSON property that this version of Okr.Core does not know (written by a newer version or another tool), kept
/// so that saving the item writes it back unchanged. Build collections with <see cref="UnknownProperties.Add(string, string, string)"/>,
/// which checks the JSON text.
/// </summary>
/// <remarks>Two properties are equal when scope, name and JSON text are equal (ordinal).</remarks>
public readonly record struct UnknownProperty
{
    /// <summary>Creates a property.</summary>
    /// <param name="scope">Where the property sits (see <see cref="Scope"/>).</param>
    /// <param name="name">The property name.</param>
    /// <param name="json">The value as minified JSON text.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public UnknownProperty(string scope, string name, string json)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(json);
        Scope = scope;
        Name = name;
        Json = json;
    }

    /// <summary>Where the property sits, relative to the item that holds it: empty for the item's own JSON object,
    /// otherwise the path of a nested object, dot-separated with <c>[i]</c> for array elements (for example
    /// <c>kind</c>, <c>progressOverride</c>, <c>kind.milestones[1]</c> or, on the plan, <c>scoring.rollup</c>).</summary>
    public string Scope { get; }

    /// <summary>The property name as written in the document.</summary>
    public string Name { get; }

    /// <summary>The property's value as minified JSON text (for example <c>{"a":1}</c> or <c>"text"</c>).</summary>
    public string Json { get; }
}
