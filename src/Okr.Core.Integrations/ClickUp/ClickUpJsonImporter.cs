using System.Text.Json;

namespace Okr.Core.Integrations;

/// <summary>
/// Imports ClickUp API v2 task JSON: one task (<c>GET /task/{id}</c>), a list's tasks (<c>{"tasks": […]}</c> from
/// <c>GET /list/{id}/task</c>), or a JSON array of tasks. Tasks in <c>tasks</c> or a root array are streamed one at a time.
/// </summary>
/// <remarks>
/// Fields read: <c>id</c>, <c>name</c>, <c>status.status</c> (the list's own label) and <c>status.type</c>
/// (<c>open</c>/<c>custom</c>/<c>closed</c>/<c>done</c>, which the <see cref="StatusMapping.ClickUp"/> preset maps),
/// <c>date_done</c> or <c>date_closed</c> (completion, and done when the status has no type), <c>date_updated</c>,
/// <c>start_date</c>, <c>due_date</c> (all Unix milliseconds, as strings or numbers, or null), <c>assignees[0].username</c>
/// (or <c>email</c>), <c>parent</c>, <c>top_level_parent</c>, <c>list.id</c>/<c>list.name</c>, <c>points</c> or
/// <c>time_estimate</c> (see <see cref="ClickUpImportOptions.Effort"/>), <c>dependencies[]</c> (<c>{task_id, depends_on}</c>:
/// <c>task_id</c> waits on <c>depends_on</c>, whichever of the two tasks the entry was read from) and <c>url</c>.
/// </remarks>
public static partial class ClickUpJsonImporter
{
    private const long MillisecondsPerHour = 3_600_000;
    private static readonly HashSet<string> Streamed = new(StringComparer.Ordinal) { "tasks" };

    /// <summary>Imports ClickUp task JSON.</summary>
    /// <param name="json">The JSON (UTF-8, a BOM allowed); read to the end, left open.</param>
    /// <param name="options">The options.</param>
    /// <returns>The initiatives, tasks and report. A bad task is skipped and reported; the rest is imported.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ImportFormatException">The JSON is malformed or truncated, is a ClickUp error answer
    /// (<c>{"err": …}</c>), is an object that is neither a task nor a task list, or holds a string that is not valid UTF-8 text (the exception names its JSON path).</exception>
    public static ImportResult Import(Stream json, ClickUpImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(options);
        var collector = new ImportCollector(options, "clickup", "ClickUp", StatusMapping.ClickUp);
        var dates = new DateReader(options, []);
        var tasks = new List<ClickUpTask>();
        var reverse = new List<(string Waiter, string Blocker)>();
        var root = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var arrays = JsonValueStream.Read(json, Streamed, (property, index, value) =>
        {
            if (property == "tasks" && index >= 0)
            {
                Read(value, string.Create(CultureInfo.InvariantCulture, $"$.tasks[{index}]"), options, dates, collector, tasks, reverse);
            }
            else if (property.Length == 0 && index >= 0)
            {
                Read(value, string.Create(CultureInfo.InvariantCulture, $"$[{index}]"), options, dates, collector, tasks, reverse);
            }
            else if (property == "tasks")
            {
                throw new ImportFormatException("$.tasks", $"'tasks' must be an array, not {value.ValueKind}.");
            }
            else
            {
                root[property] = value.Clone();
            }
        });

        if (arrays.Count == 0)
        {
            if (root.ContainsKey("id"))
            {
                // A single task at the root (GET /task/{id}): its parts were read one by one; put them back together.
                using var single = JsonValueStream.Assemble(root);
                Read(single.RootElement, "$", options, dates, collector, tasks, reverse);
            }
            else if (root.TryGetValue("err", out var err))
            {
                string code = root.TryGetValue("ECODE", out var ecode) ? $" ({((JsonElement?)ecode).Str()})" : string.Empty;
                throw new ImportFormatException("$.err", $"The JSON is a ClickUp error answer: {((JsonElement?)err).Str()}{code}.");
            }
            else
            {
                throw new ImportFormatException("$", "The JSON is not a ClickUp task (no 'id'), a task list ({\"tasks\": […]}) or an array of tasks.");
            }
        }

        return Build(tasks, reverse, options, collector);
    }

    private static void Read(JsonElement task, string location, ClickUpImportOptions options, DateReader dates, ImportCollector collector,
        List<ClickUpTask> tasks, List<(string Waiter, string Blocker)> reverse)
    {
        collector.RowRead();
        if (task.ValueKind != JsonValueKind.Object)
        {
            collector.Skip(location, null, $"A task must be a JSON object, not {task.ValueKind}.");
            return;
        }

        string? id = task.Prop("id").Str();
        if (id is null)
        {
            collector.Skip(location, null, $"The task has no 'id' ({location}.id).");
            return;
        }

        string? name = task.Prop("name").Str();
        if (string.IsNullOrWhiteSpace(name))
        {
            collector.Skip(location, id, $"The task has no 'name' ({location}.name).");
            return;
        }

        var statusElement = task.Prop("status");
        string? label = statusElement is { ValueKind: JsonValueKind.String } ? statusElement.Str() : statusElement.Prop("status").Str();
        string? type = statusElement.Prop("type").Str();
        var doneAt = dates.UnixMilliseconds(task.Prop("date_done").Str(), "date_done", collector, location, id)
            ?? dates.UnixMilliseconds(task.Prop("date_closed").Str(), "date_closed", collector, location, id);
        var mapped = collector.MapStatus(new ExternalStatus(label, type, type is null && doneAt is not null ? true : null), location, id);
        var state = mapped.State ?? WorkItemState.NotStarted;
        decimal? effort = options.Effort switch
        {
            ClickUpEffort.Points => task.Prop("points").Num() is { } p && p >= 0m ? p : null,
            ClickUpEffort.TimeEstimateHours => task.Prop("time_estimate").Num() is { } ms && ms >= 0m ? ms / MillisecondsPerHour : null,
            _ => null,
        };

        string? assignee = null;
        if (task.Prop("assignees") is { ValueKind: JsonValueKind.Array } assignees && assignees.GetArrayLength() > 0)
        {
            var first = (JsonElement?)assignees[0];
            assignee = first.Prop("username").Str() ?? first.Prop("email").Str();
        }

        var dependsOn = new List<string>();
        if (task.Prop("dependencies") is { ValueKind: JsonValueKind.Array } dependencies)
        {
            foreach (var entry in dependencies.EnumerateArray())
            {
                string? waiter = entry.Prop("task_id").Str();
                string? blocker = entry.Prop("depends_on").Str();
                if (blocker is null || blocker == waiter)
                {
                    continue;
                }

                if (waiter is null || waiter == id)
                {
                    dependsOn.Add(blocker);
                }
                else if (blocker == id)
                {
                    reverse.Add((waiter, id));
                }
            }
        }

        var item = new WorkItem
        {
            Id = collector.Prefix + id,
            Title = name,
            State = state,
            PercentComplete = mapped.PercentComplete,
            Start = dates.UnixDay(task.Prop("start_date").Str(), "start_date", collector, location, id),
            Due = dates.UnixDay(task.Prop("due_date").Str(), "due_date", collector, location, id),
            CompletedOn = state == WorkItemState.Done && doneAt is { } done ? DateOnly.FromDateTime(done.DateTime) : null,
            Assignee = assignee,
            Effort = effort,
            Link = new ExternalLink("clickup", id, Uri.TryCreate(task.Prop("url").Str(), UriKind.Absolute, out var url) ? url : null),
            LastSyncedAt = dates.UnixMilliseconds(task.Prop("date_updated").Str(), "date_updated", collector, location, id),
        };

        var listElement = task.Prop("list");
        tasks.Add(new ClickUpTask(location, id, name, task.Prop("parent").Str(), task.Prop("top_level_parent").Str(),
            listElement.Prop("id").Str(), listElement.Prop("name").Str(), item, dependsOn));
    }

    /// <summary>Adds the reverse dependencies, then groups: by list, or by top-level parent task (climbing iteratively, guarding against cycles).</summary>
    private static ImportResult Build(List<ClickUpTask> tasks, List<(string Waiter, string Blocker)> reverse, ClickUpImportOptions options,
        ImportCollector collector)
    {
        var byId = new Dictionary<string, ClickUpTask>(StringComparer.Ordinal);
        foreach (var task in tasks)
        {
            byId.TryAdd(task.Id, task);
        }

        foreach (var (waiter, blocker) in reverse)
        {
            if (byId.TryGetValue(waiter, out var task) && !task.DependsOn.Contains(blocker))
            {
                task.DependsOn.Add(blocker);
            }
        }

        bool byParentTask = options.Grouping == InitiativeGrouping.ByParent && options.GroupByParentTask;
        var parents = new HashSet<string>(StringComparer.Ordinal);
        if (byParentTask)
        {
            foreach (var task in tasks)
            {
                if (task.ParentId is { } parent && byId.ContainsKey(parent))
                {
                    parents.Add(parent);
                }
            }
        }

        foreach (var task in tasks)
        {
            if (!byParentTask)
            {
                collector.AddItem(task.Location, task.Id, task.ListId, task.ListName ?? task.ListId, task.Item, task.DependsOn);
                continue;
            }

            if (task.ParentId is null && parents.Contains(task.Id) && ReferenceEquals(byId[task.Id], task))
            {
                collector.DefineGroup(task.Id, task.Name, task.Item.Link, task.Item.Start, task.Item.Due);
                continue;
            }

            string? groupKey = null;
            string? groupTitle = null;
            var seen = new HashSet<string>(StringComparer.Ordinal) { task.Id };
            var current = task;
            while (current.ParentId is { } parent && seen.Add(parent))
            {
                if (!byId.TryGetValue(parent, out var parentTask))
                {
                    groupKey = current.TopParentId ?? parent;
                    groupTitle = groupKey;
                    break;
                }

                if (parentTask.ParentId is null)
                {
                    groupKey = parent;
                    groupTitle = parentTask.Name;
                    break;
                }

                current = parentTask;
            }

            collector.AddItem(task.Location, task.Id, groupKey, groupTitle, task.Item, task.DependsOn);
        }

        return collector.Build();
    }
}
