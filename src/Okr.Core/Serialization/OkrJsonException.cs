using System.Text.Json;

namespace Okr.Core.Serialization;

/// <summary>
/// Thrown when a JSON document cannot be read into a plan: the only exception reading lets escape for bad input.
/// The message starts with the JSON path (<see cref="JsonException.Path"/>, for example
/// <c>$.objectives[0].keyResults[2].kind.target</c>) and says what was wrong; <see cref="Problem"/> classifies it.
/// </summary>
/// <remarks>
/// For duplicate ids, dangling references and alignment cycles, <see cref="ItemIds"/> names the items involved and
/// the inner exception is the <see cref="InvalidPlanException"/> raised when the plan was built.
/// </remarks>
public sealed class OkrJsonException : JsonException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What was wrong.</param>
    /// <param name="path">The JSON path of the offending value, for example <c>$.objectives[0].title</c>.</param>
    /// <param name="message">What was wrong, for a person; the path is prefixed to it.</param>
    /// <param name="innerException">The underlying exception, or null.</param>
    /// <param name="itemIds">The ids of the items involved, or null.</param>
    public OkrJsonException(OkrJsonProblem problem, string path, string message, Exception? innerException = null, IEnumerable<string>? itemIds = null)
        : base($"{path}: {message}", path, lineNumber: null, bytePositionInLine: null, innerException)
    {
        Problem = problem;
        ItemIds = itemIds?.ToImmutableArray() ?? ImmutableArray<string>.Empty;
    }

    /// <summary>What was wrong.</summary>
    public OkrJsonProblem Problem { get; }

    /// <summary>The ids of the items involved (duplicate ids, dangling references, cycles); empty otherwise.</summary>
    public ImmutableArray<string> ItemIds { get; }
}
