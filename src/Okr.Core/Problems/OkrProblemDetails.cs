using System.Text;
using Okr.Core.Serialization;

namespace Okr.Core.Problems;

/// <summary>
/// An RFC 9457 problem ("problem details for HTTP APIs") describing bad input, without any web-framework dependency:
/// map it onto your host's type (ASP.NET Core: <c>Results.Problem(p.Detail, null, p.Status, p.Title, p.Type, p.ToExtensions())</c>).
/// Made from an <see cref="OkrJsonException"/> by <see cref="FromJsonException"/>, and from a validation result by
/// <c>ToProblemDetails()</c> in Okr.Core.Validation.
/// </summary>
/// <remarks>
/// <see cref="Errors"/> lists every blocking problem and <see cref="Warnings"/> every warning; both are written as the
/// <c>errors</c> and <c>warnings</c> extension members by <see cref="ToExtensions"/>. <c>docs/embedding.md</c> shows
/// the whole pattern in a minimal API.
/// </remarks>
public sealed record OkrProblemDetails
{
    /// <summary>The problem type, a URI (<c>urn:okr:problem:</c> followed by a kebab-case name).</summary>
    public required string Type { get; init; }

    /// <summary>A short, human-readable summary of the problem type.</summary>
    public required string Title { get; init; }

    /// <summary>The HTTP status code suggested for the problem: 400 (unreadable document), 413 (document too large) or
    /// 422 (a readable plan that breaks the rules).</summary>
    public required int Status { get; init; }

    /// <summary>A human-readable explanation of this occurrence.</summary>
    public required string Detail { get; init; }

    /// <summary>Every blocking problem; never default.</summary>
    public ImmutableArray<OkrProblemEntry> Errors { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Every warning (reported, never blocking); never default.</summary>
    public ImmutableArray<OkrProblemEntry> Warnings { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>The extension members for an RFC 9457 document: <c>errors</c> and <c>warnings</c>, each a list of
    /// <see cref="OkrProblemEntry"/>.</summary>
    /// <returns>A new dictionary, ready for <c>Results.Problem(..., extensions: ...)</c>.</returns>
    public IDictionary<string, object?> ToExtensions() => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["errors"] = Errors,
        ["warnings"] = Warnings,
    };

    /// <summary>Describes a document that could not be read into a plan.</summary>
    /// <param name="exception">The exception thrown by <see cref="OkrJson"/>.</param>
    /// <returns>Status 422 for a well-formed plan whose items break the model (duplicate ids, dangling references, cycles),
    /// 413 for a document over <see cref="OkrJsonOptions.MaxDocumentBytes"/>, 400 otherwise; one error naming the JSON
    /// path, the problem and, where known, the item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static OkrProblemDetails FromJsonException(OkrJsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        string name = KebabCase(exception.Problem.ToString());
        int status = exception.Problem switch
        {
            OkrJsonProblem.DuplicateId or OkrJsonProblem.DanglingReference or OkrJsonProblem.AlignmentCycle => 422,
            OkrJsonProblem.TooLarge => 413,
            _ => 400,
        };
        string path = exception.Path ?? "$";
        return new OkrProblemDetails
        {
            Type = "urn:okr:problem:json-" + name,
            Title = status == 422 ? "The plan is not valid." : "The JSON document cannot be read as a plan.",
            Status = status,
            Detail = exception.Message,
            Errors = [new OkrProblemEntry("json." + name, path, exception.ItemIds.IsEmpty ? null : exception.ItemIds[0], exception.Message)],
        };
    }

    private static string KebabCase(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        foreach (char c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
