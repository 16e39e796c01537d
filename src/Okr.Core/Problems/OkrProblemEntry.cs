namespace Okr.Core.Problems;

/// <summary>One problem of an <see cref="OkrProblemDetails"/>: what was wrong, where and with which item.</summary>
/// <param name="Code">A stable code: an <c>OkrErrorCodes</c> value (Okr.Core.Validation) or <c>json.</c> followed by the
/// <see cref="Serialization.OkrJsonProblem"/> in kebab case (for example <c>json.duplicate-id</c>).</param>
/// <param name="Path">Where: a JSON path (<c>$.objectives[0].keyResults[2].kind.target</c>) or a validation property path
/// (<c>Objectives[0].KeyResults[2].Kind.Target</c>).</param>
/// <param name="ItemId">The id of the item concerned, when known.</param>
/// <param name="Message">What was wrong, for a person.</param>
public sealed record OkrProblemEntry(string Code, string Path, string? ItemId, string Message);
