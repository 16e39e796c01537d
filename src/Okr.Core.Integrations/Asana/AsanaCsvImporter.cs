namespace Okr.Core.Integrations;

/// <summary>
/// Imports an Asana project CSV export (<c>Task ID, Created At, Completed At, Last Modified, Name, Section/Column,
/// Assignee, Assignee Email, Start Date, Due Date, Tags, Notes, Projects, Parent task</c>, and in newer exports
/// <c>Blocked By (Dependencies)</c>). A task is done when <c>Completed At</c> is set; otherwise its section is mapped
/// (<see cref="StatusMapping.Asana"/>). Records are read one at a time with CsvHelper.
/// </summary>
/// <remarks>
/// Subtasks: the export lists them as rows whose <c>Parent task</c> holds the parent's name. A parent and its subtasks
/// never both count: by default (<see cref="AsanaSubtaskRule.ParentCountsOnce"/>, Asana's own rule) the top-level task
/// is one work item and its subtasks are part of it; <see cref="AsanaSubtaskRule.ParentIsStructure"/> makes the subtasks
/// the work items instead. A subtask whose parent is not in the export (or not unambiguously named) is a task of its
/// own, with a warning.
/// </remarks>
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
        var collector = new ImportCollector(options, "asana", "Asana", StatusMapping.Asana);
        var dates = new DateReader(options, AsanaImportOptions.DefaultDateFormats);
        var rows = new List<AsanaRow>();
        using (var table = new CsvTable(csv, options.Delimiter))
        {
            table.Require(options.Columns.TaskId, options.Columns.Name);
            while (table.Read())
            {
                collector.RowRead();
                if (ReadRow(table, options, collector, dates) is { } row)
                {
                    rows.Add(row);
                }
            }
        }

        var keyByName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            keyByName.TryAdd(row.Item.Title, row.Key);
        }

        foreach (var row in AsanaSubtasks.Resolve(rows, options.Subtasks, collector))
        {
            // The cell is one name (which may hold commas) or a comma-joined list of ids or names.
            var dependencies = row.BlockedBy.SelectMany(cell => keyByName.TryGetValue(cell, out var whole)
                ? [whole]
                : cell.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).Select(b => keyByName.TryGetValue(b, out var k) ? k : b));
            collector.AddItem(row.Location, row.Key, row.Project, row.Project, row.Item, dependencies);
        }

        return collector.Build();
    }

    private static AsanaRow? ReadRow(CsvTable table, AsanaImportOptions options, ImportCollector collector, DateReader dates)
    {
        var c = options.Columns;
        string location = table.Location;
        string? key = table.Get(c.TaskId);
        if (table.BadData is { } bad)
        {
            collector.Skip(location, key, $"Malformed quoting ({bad}); the row cannot be trusted.");
            return null;
        }

        if (table.SkipIfShort(options.ShortRows, collector, key))
        {
            return null;
        }

        if (key is null)
        {
            collector.Skip(location, null, $"The '{c.TaskId}' cell is empty.");
            return null;
        }

        if (key.Contains('E', StringComparison.OrdinalIgnoreCase) && key.Contains('.', StringComparison.Ordinal))
        {
            collector.Skip(location, key, $"The task id '{key}' was rounded by a spreadsheet; export the CSV again without opening it in one.");
            return null;
        }

        string? name = table.Get(c.Name);
        if (name is null)
        {
            collector.Skip(location, key, $"The '{c.Name}' cell is empty.");
            return null;
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
        string[] blockedBy = table.Get(c.BlockedBy) is { } cell ? [cell] : [];
        return new AsanaRow(location, key, string.IsNullOrEmpty(project) ? null : project, table.Get(c.ParentTask), item, blockedBy);
    }
}
