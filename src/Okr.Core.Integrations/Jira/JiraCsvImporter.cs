namespace Okr.Core.Integrations;

/// <summary>
/// Imports a Jira CSV export ("all fields" or "current fields", Cloud or Server) into initiatives and tasks.
/// Parsing is CsvHelper's (quoted fields with commas, quotes and line breaks, a UTF-8 BOM); records are read one at a
/// time, so memory holds only the imported tasks.
/// </summary>
/// <example>
/// <code>
/// using var file = File.OpenRead("Jira.csv");
/// var import = JiraCsvImporter.Import(file, new JiraImportOptions { KeyResultId = "kr-ship" });
/// plan = import.AttachTo(plan);
/// </code>
/// </example>
public static partial class JiraCsvImporter
{
    /// <summary>Imports a Jira CSV export.</summary>
    /// <param name="csv">The CSV; read to the end, left open.</param>
    /// <param name="options">The options.</param>
    /// <returns>The initiatives, tasks and report. A bad row is skipped and reported; the rest is imported.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ImportFormatException">The input has no header, lacks the key or summary column, or cannot be read as CSV.</exception>
    public static ImportResult Import(Stream csv, JiraImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(options);
        var c = options.Columns;
        var collector = new ImportCollector(options, "jira", "Jira", StatusMapping.Jira);
        var dates = new DateReader(options, JiraImportOptions.DefaultDateFormats);
        var issues = new List<JiraIssue>();
        using var table = new CsvTable(csv, options.Delimiter);
        table.Require(c.IssueKey, c.Summary);
        string? parentIdColumn = c.ParentId is not null && table.Has(c.ParentId) ? c.ParentId : table.Has("Parent id") ? "Parent id" : null;

        while (table.Read())
        {
            collector.RowRead();
            string location = table.Location;
            string? key = table.Get(c.IssueKey);
            if (table.BadData is { } bad)
            {
                collector.Skip(location, key, $"Malformed quoting ({bad}); the row cannot be trusted.");
                continue;
            }

            if (table.SkipIfShort(options.ShortRows, collector, key))
            {
                continue;
            }

            if (key is null)
            {
                collector.Skip(location, null, $"The '{c.IssueKey}' cell is empty.");
                continue;
            }

            string? summary = table.Get(c.Summary);
            if (summary is null)
            {
                collector.Skip(location, key, $"The '{c.Summary}' cell is empty.");
                continue;
            }

            var status = new ExternalStatus(table.Get(c.Status), table.Get(c.StatusCategory));
            var mapped = collector.MapStatus(status, location, key);
            var state = JiraResolution.Apply(table.Get(c.Resolution), mapped.State ?? WorkItemState.NotStarted, options, collector, location, key);
            var resolved = dates.Day(table.Get(c.Resolved), c.Resolved!, collector, location, key);
            var item = new WorkItem
            {
                Id = collector.Prefix + key,
                Title = summary,
                State = state,
                PercentComplete = mapped.PercentComplete,
                Start = dates.Day(table.Get(c.StartDate), c.StartDate ?? "", collector, location, key),
                Due = dates.Day(table.Get(c.DueDate), c.DueDate ?? "", collector, location, key),
                CompletedOn = state == WorkItemState.Done ? resolved : null,
                Assignee = table.Get(c.Assignee),
                Effort = ReadEffort(table, options, collector, location, key),
                Link = new ExternalLink("jira", key, options.Site is null ? null : new Uri(options.Site, "browse/" + Uri.EscapeDataString(key))),
                LastSyncedAt = dates.Moment(table.Get(c.Updated), c.Updated ?? "", collector, location, key),
            };

            string? parentKey = table.Get(c.ParentKey) ?? table.Get(c.EpicLink);
            issues.Add(new JiraIssue(location, key, table.Get(c.IssueId), summary, table.Get(c.IssueType), parentKey,
                table.Get(parentIdColumn), table.Get(c.ParentSummary), item, [.. table.GetAll(c.BlockedBy)]));
        }

        return JiraIssueGrouper.Build(issues, options, collector);
    }

    private static decimal? ReadEffort(CsvTable table, JiraImportOptions options, ImportCollector collector, string location, string key)
    {
        switch (options.Effort)
        {
            case JiraEffort.StoryPoints:
                foreach (var column in options.Columns.StoryPoints)
                {
                    if (table.Get(column) is { } text)
                    {
                        return Number(text, column, 1m, collector, location, key);
                    }
                }

                return null;
            case JiraEffort.OriginalEstimateHours:
                return table.Get(options.Columns.OriginalEstimate) is { } seconds
                    ? Number(seconds, options.Columns.OriginalEstimate!, 3600m, collector, location, key)
                    : null;
            default:
                return null;
        }
    }

    internal static decimal? Number(string text, string column, decimal divisor, ImportCollector collector, string location, string key)
    {
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0m)
        {
            return value / divisor;
        }

        collector.Warn(location, key, $"'{text}' in {column} is not a non-negative number; ignored.");
        return null;
    }

    internal static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
