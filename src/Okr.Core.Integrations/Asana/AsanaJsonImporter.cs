using System.Text.Json;

namespace Okr.Core.Integrations;

/// <summary>
/// Imports Asana REST task JSON: <c>{"data": {…}}</c> for one task or <c>{"data": […]}</c> for a list, tasks streamed one
/// at a time. Accepts the string <c>gid</c> or the legacy numeric <c>id</c>.
/// </summary>
/// <remarks>
/// Fields read: <c>gid</c>/<c>id</c>, <c>name</c>, <c>completed</c>, <c>completed_at</c>, <c>modified_at</c>,
/// <c>start_on</c>/<c>start_at</c>, <c>due_at</c> (preferred) or <c>due_on</c>, <c>assignee.name</c>,
/// <c>memberships[0].section.name</c> (mapped as the status name), <c>projects[0]</c> (groups tasks),
/// <c>permalink_url</c> and <c>dependencies[].gid</c>.
/// </remarks>
public static partial class AsanaJsonImporter
{
    private static readonly HashSet<string> Streamed = new(StringComparer.Ordinal) { "data" };

    /// <summary>Imports Asana task JSON.</summary>
    /// <param name="json">The JSON (UTF-8, a BOM allowed); read to the end, left open.</param>
    /// <param name="options">The options (<see cref="AsanaImportOptions.Columns"/> is not used).</param>
    /// <returns>The initiatives, tasks and report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ImportFormatException">The JSON is malformed or truncated, or holds a string that is not valid UTF-8 text (the exception names its JSON path).</exception>
    public static ImportResult Import(Stream json, AsanaImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(options);
        var collector = new ImportCollector(options, "asana", "Asana", StatusMapping.Asana);
        var dates = new DateReader(options, AsanaImportOptions.DefaultDateFormats);
        JsonValueStream.Read(json, Streamed, (property, index, value) =>
        {
            if (property == "data")
            {
                Read(value, index < 0 ? "$.data" : string.Create(CultureInfo.InvariantCulture, $"$.data[{index}]"), dates, collector);
            }
            else if (property.Length == 0)
            {
                Read(value, string.Create(CultureInfo.InvariantCulture, $"$[{index}]"), dates, collector);
            }
        });
        return collector.Build();
    }

    private static void Read(JsonElement task, string location, DateReader dates, ImportCollector collector)
    {
        collector.RowRead();
        string? key = task.Prop("gid").Str() ?? task.Prop("id").Str();
        if (task.ValueKind != JsonValueKind.Object || key is null)
        {
            collector.Skip(location, null, "The task has no 'gid' or 'id'.");
            return;
        }

        string? name = task.Prop("name").Str();
        if (name is null)
        {
            collector.Skip(location, key, "The task has no 'name'.");
            return;
        }

        string? section = task.Prop("memberships") is { ValueKind: JsonValueKind.Array } memberships && memberships.GetArrayLength() > 0
            ? memberships[0].Prop("section").Prop("name").Str() : null;
        var completedAt = dates.Moment(task.Prop("completed_at").Str(), "completed_at", collector, location, key);
        bool? completed = task.Prop("completed").Bool() ?? (completedAt is null ? null : true);
        var mapped = collector.MapStatus(new ExternalStatus(section, Completed: completed), location, key);
        var state = mapped.State ?? WorkItemState.NotStarted;
        string? project = null;
        if (task.Prop("projects") is { ValueKind: JsonValueKind.Array } projects && projects.GetArrayLength() > 0)
        {
            var first = (JsonElement?)projects[0];
            project = first.Prop("gid").Str() ?? first.Prop("id").Str();
            string? projectName = first.Prop("name").Str();
            var deps = Dependencies(task);
            Add(collector, location, key, project, projectName ?? project, name, state, completedAt, task, dates, deps);
            return;
        }

        Add(collector, location, key, null, null, name, state, completedAt, task, dates, Dependencies(task));
    }

    private static List<string> Dependencies(JsonElement task)
    {
        var deps = new List<string>();
        if (task.Prop("dependencies") is { ValueKind: JsonValueKind.Array } dependencies)
        {
            foreach (var d in dependencies.EnumerateArray())
            {
                if ((d.Prop("gid").Str() ?? d.Prop("id").Str()) is { } dep)
                {
                    deps.Add(dep);
                }
            }
        }

        return deps;
    }

    private static void Add(ImportCollector collector, string location, string key, string? project, string? projectName, string name,
        WorkItemState state, DateTimeOffset? completedAt, JsonElement task, DateReader dates, List<string> deps)
    {
        var due = task.Prop("due_at").Str() ?? task.Prop("due_on").Str();
        var start = task.Prop("start_at").Str() ?? task.Prop("start_on").Str();
        var item = new WorkItem
        {
            Id = collector.Prefix + key,
            Title = name,
            State = state,
            Start = dates.Day(start, "start_on", collector, location, key),
            Due = dates.Day(due, "due_at", collector, location, key),
            CompletedOn = state == WorkItemState.Done && completedAt is { } done ? DateOnly.FromDateTime(done.DateTime) : null,
            Assignee = task.Prop("assignee").Prop("name").Str(),
            Link = new ExternalLink("asana", key, Uri.TryCreate(task.Prop("permalink_url").Str(), UriKind.Absolute, out var url) ? url : null),
            LastSyncedAt = dates.Moment(task.Prop("modified_at").Str(), "modified_at", collector, location, key),
        };
        collector.AddItem(location, key, project, projectName, item, deps);
    }
}
