namespace Okr.Core.Problems;

/// <summary>One problem of an <see cref="OkrProblemDetails"/>: what was wrong, where and with which item.</summary>
/// <param name="Code">A stable code: an <c>OkrErrorCodes</c> value (Okr.Core.Validation) or <c>json.</c> followed by the
/// <see cref="Serialization.OkrJsonProblem"/> in kebab case (for example <c>json.duplicate-id</c>).</param>
/// <param name="Path">Where: a JSON path (<c>$.objectives[0].keyResults[2].kind.target</c>) or a validation property path
/// (<c>Objectives[0].KeyResults[2].Kind.Target</c>).</param>
/// <param name="ItemId">The id of the item concerned, when known.</param>
/// <param name="Message">What was wrong, for a person.</param>
public sealed record OkrProblemEntry(string Code, string Path, string? ItemId, string Message)
{
    /// <summary>A stable code.</summary>
    public string Code { get; init => field = Internal.Guard.NotNull(value, nameof(Code)); } = Internal.Guard.NotNull(Code, nameof(Code));

    /// <summary>Where: a JSON path or a validation property path.</summary>
    public string Path { get; init => field = Internal.Guard.NotNull(value, nameof(Path)); } = Internal.Guard.NotNull(Path, nameof(Path));

    /// <summary>What was wrong, for a person.</summary>
    public string Message { get; init => field = Internal.Guard.NotNull(value, nameof(Message)); } = Internal.Guard.NotNull(Message, nameof(Message));
}
