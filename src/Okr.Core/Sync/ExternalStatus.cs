namespace Okr.Core.Sync;

/// <summary>
/// A task's status as another tool reports it: any of a status name (label), a status category or type, a completed
/// flag and a percent complete. A <see cref="StatusMapping"/> turns it into a <see cref="WorkItemState"/>.
/// </summary>
/// <param name="Name">The status name or label (<c>In Review</c>, <c>Working on it</c>), or null.</param>
/// <param name="Category">The status category or type (Jira <c>indeterminate</c>, ClickUp <c>closed</c>), or null.</param>
/// <param name="Completed">The tool's completed flag (Asana <c>completed</c>, monday.com <c>is_done</c>), or null when the tool has none.</param>
/// <param name="PercentComplete">The percent complete, 0 to 100 (Microsoft Project), or null.</param>
/// <remarks>Equality is structural; names and categories compare ordinally (the mapping itself ignores case).</remarks>
public sealed record ExternalStatus(string? Name = null, string? Category = null, bool? Completed = null, decimal? PercentComplete = null)
{
    /// <summary>The status as short text for reports, for example <c>In Review [indeterminate]</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString()
    {
        var parts = new List<string>(4);
        if (!string.IsNullOrWhiteSpace(Name))
        {
            parts.Add(Name);
        }

        if (!string.IsNullOrWhiteSpace(Category))
        {
            parts.Add("[" + Category + "]");
        }

        if (Completed is { } c)
        {
            parts.Add(c ? "completed" : "not completed");
        }

        if (PercentComplete is { } p)
        {
            parts.Add(p.ToString("0.##", CultureInfo.InvariantCulture) + "%");
        }

        return parts.Count == 0 ? "(no status)" : string.Join(' ', parts);
    }
}
