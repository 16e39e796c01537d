namespace Okr.Core.Integrations;

/// <summary>
/// Imports an Asana project CSV export (<c>Task ID, Created At, Completed At, Last Modified, Name, Section/Column,
/// Assignee, Assignee Email, Start Date, Due Date, Tags, Notes, Projects, Parent task</c>, and in newer exports
/// <c>Blocked By (Dependencies)</c>). A task is done when <c>Completed At</c> is set; otherwise its section is mapped
/// (<see cref="StatusMapping.Asana"/>). Records are read one at a time with CsvHelper.
/// </summary>
public static partial class AsanaCsvImporter
{
    /// <summary>Imports an Asana CSV export.</summary>
    /// <param name="csv">The CSV; read to the end, left open.</param>
    /// <param name="options">The options.</param>
    /// <returns>The initiatives, tasks and report. A bad row is skipped and reported; the rest is imported.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ImportFormatException">The input has no header, lacks the task id or name column, or cannot be read as CSV.</exception>
    public static ImportResult Import(Stream csv, AsanaImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(options);
        var c = options.Columns;
        var collector = new ImportCollector(options, "asana", "Asana", StatusMapping.Asana);
        var dates = new DateReader(options, AsanaImportOptions.DefaultDateFormats);
        var rows = new List<(string Location, string Key, string? Project, WorkItem Item, List<string> BlockedBy)>();
        var keyByName = new Dictionary<string, string>(StringComparer.Ordinal);
        using var table = new CsvTable(csv, options.Delimiter);
        table.Require(c.TaskId, c.Name);

        while (table.Read())
        {
            collector.RowRead();
            string location = table.Location;
            string? key = table.Get(c.TaskId);
            if (table.BadData is { } bad)
            {
                collector.Skip(location, key, $"Malformed quoting ({bad}); the row cannot be trusted.");
                continue;
            }

            if (key is null)
            {
                collector.Skip(location, null, $"The '{c.TaskId}' cell is empty.");
                continue;
            }

            if (key.Contains('E', StringComparison.OrdinalIgnoreCase) && key.Contains('.', StringComparison.Ordinal))
            {
                collector.Skip(location, key, $"The task id '{key}' was rounded by a spreadsheet; export the CSV again without opening it in one.");
                continue;
            }

            string? name = table.Get(c.Name);
            if (name is null)
            {
                collector.Skip(location, key, $"The '{c.Name}' cell is empty.");
                continue;
            }

            var completedAt = dates.Moment(table.Get(c.CompletedAt), c.CompletedAt ?? "", collector, location, key);
            bool completed = completedAt is not null || table.Get(c.CompletedAt) is not null;
            var mapped = collector.MapStatus(new ExternalStatus(table.Get(c.Section), Completed: completed), location, key);
            var state = mapped.State ?? WorkItemState.NotStarted;
            var item = new WorkItem
            {
                Id = collector.Prefix + key,
                Title = name,
                State = state,
                Start = dates.Day(table.Get(c.StartDate), c.StartDate ?? "", collector, location, key),
                Due = dates.Day(table.Get(c.DueDate), c.DueDate ?? "", collector, location, key),
                CompletedOn = state == WorkItemState.Done && completedAt is { } done ? DateOnly.FromDateTime(done.DateTime) : null,
                Assignee = table.Get(c.Assignee),
                Link = new ExternalLink("asana", key),
                LastSyncedAt = dates.Moment(table.Get(c.LastModified), c.LastModified ?? "", collector, location, key),
            };

            string? project = table.Get(c.Projects)?.Split(',')[0].Trim();
            var blockedBy = table.Get(c.BlockedBy) is { } cell ? [cell] : new List<string>();
            rows.Add((location, key, string.IsNullOrEmpty(project) ? null : project, item, blockedBy));
            keyByName.TryAdd(name, key);
        }

        foreach (var (location, key, project, item, blockedBy) in rows)
        {
            // The cell is one name (which may hold commas) or a comma-joined list of ids or names.
            var dependencies = blockedBy.SelectMany(cell => keyByName.TryGetValue(cell, out var whole)
                ? [whole]
                : cell.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).Select(b => keyByName.TryGetValue(b, out var k) ? k : b));
            collector.AddItem(location, key, project, project, item, dependencies);
        }

        return collector.Build();
    }
}
