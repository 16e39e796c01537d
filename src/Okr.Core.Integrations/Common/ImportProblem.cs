namespace Okr.Core.Integrations;

/// <summary>A problem met while importing: where (a line or an element path), which item, and why.</summary>
/// <param name="Location">Where: <c>line 12</c> for CSV, a JSON path such as <c>$.issues[3]</c>, or an XML element path
/// such as <c>/Project/Tasks/Task[4]</c>.</param>
/// <param name="Key">The item's key in the tool, or null when it could not be read.</param>
/// <param name="Reason">What is wrong, in a sentence.</param>
/// <param name="Severity">Whether the row was skipped or imported with the field ignored.</param>
public sealed record ImportProblem(string Location, string? Key, string Reason, ImportProblemSeverity Severity)
{
    /// <summary>The problem as one line: <c>line 12 (PROJ-4): error: reason</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() =>
        $"{Location}{(Key is null ? "" : " (" + Key + ")")}: {(Severity == ImportProblemSeverity.Error ? "error" : "warning")}: {Reason}";
}
