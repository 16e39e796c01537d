namespace Okr.Core;

/// <summary>
/// One JSON property that this version of Okr.Core does not know (written by a newer version or another tool), kept
/// so that saving the item writes it back unchanged.
/// </summary>
/// <param name="Scope">Where the property sits, relative to the item that holds it: empty for the item's own JSON
/// object, otherwise the path of a nested object, dot-separated with <c>[i]</c> for array elements (for example
/// <c>kind</c>, <c>progressOverride</c>, <c>kind.milestones[1]</c> or, on the plan, <c>scoring.rollup</c>).</param>
/// <param name="Name">The property name as written in the document.</param>
/// <param name="Json">The property's value as minified JSON text (for example <c>{"a":1}</c> or <c>"text"</c>).</param>
public readonly record struct UnknownProperty(string Scope, string Name, string Json);
