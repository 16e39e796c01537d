namespace Okr.Core.Integrations;

/// <summary>
/// Gathers what an importer reads: tasks by tool key, initiatives (groups), problems and counts; then builds the
/// result, resolving dependencies by tool key. Keeps only the items, never the input.
/// </summary>
internal sealed class ImportCollector
{
    private readonly ImportOptions options;
    private readonly string system;
    private readonly string fallbackTitle;
    private readonly List<Group> groups = [];
    private readonly Dictionary<string, Group> groupsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Pending> itemsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> aliases = new(StringComparer.Ordinal);
    private readonly ImmutableArray<ImportProblem>.Builder problems = ImmutableArray.CreateBuilder<ImportProblem>();
    private readonly List<string> unknownStatuses = [];
    private readonly HashSet<string> unknownSeen = new(StringComparer.OrdinalIgnoreCase);
    private Group? fallback;
    private int rowsRead;
    private int imported;
    private int structural;
    private int skipped;
    private int subtasks;
    private readonly List<(string Name, WorkItemState State, bool IsKnown)> resolutionKeys = [];
    private readonly Dictionary<(string Name, WorkItemState State), int> resolutionCounts = [];

    public ImportCollector(ImportOptions options, string system, string toolName, StatusMapping preset)
    {
        this.options = options;
        this.system = system;
        fallbackTitle = options.InitiativeTitle ?? $"Imported from {toolName}";
        Prefix = options.IdPrefix ?? system + ":";
        Mapping = options.StatusMapping ?? preset;
    }

    public string Prefix { get; }

    public StatusMapping Mapping { get; }

    public string System => system;

    public bool Contains(string key) => itemsByKey.ContainsKey(key);

    public void RowRead() => rowsRead++;

    public void Skip(string location, string? key, string reason)
    {
        skipped++;
        problems.Add(new ImportProblem(location, key, reason, ImportProblemSeverity.Error));
    }

    public void Warn(string location, string? key, string reason) =>
        problems.Add(new ImportProblem(location, key, reason, ImportProblemSeverity.Warning));

    /// <summary>Maps a status; an unknown one is reported once per row and listed once in the report.</summary>
    public MappedStatus MapStatus(ExternalStatus status, string location, string key)
    {
        if (status.Name is null && status.Category is null && status.Completed is null && status.PercentComplete is null)
        {
            return new MappedStatus(null, null, true);
        }

        var mapped = Mapping.Map(status);
        if (!mapped.IsKnown)
        {
            Warn(location, key, $"Unknown status '{status}' for mapping '{Mapping.Name}'; the task is {mapped.State ?? WorkItemState.NotStarted}.");
            if (unknownSeen.Add(status.ToString()))
            {
                unknownStatuses.Add(status.ToString());
            }
        }

        return mapped;
    }

    /// <summary>Records a row that became an initiative rather than a work item.</summary>
    public void DefineGroup(string key, string title, ExternalLink? link, DateOnly? start, DateOnly? due)
    {
        structural++;
        var group = GetGroup(key, title);
        group.Title = string.IsNullOrWhiteSpace(title) ? group.Title : title;
        group.Link = link;
        group.Start = start;
        group.Due = due;
    }

    /// <summary>Records a row that is structure only (a project summary task): counted, not imported.</summary>
    public void Structure() => structural++;

    /// <summary>Records a subtask row counted as part of its parent task: counted, not imported.</summary>
    public void Subtask() => subtasks++;

    /// <summary>Counts an issue whose resolution gave it <paramref name="state"/>, for <see cref="ImportReport.Resolutions"/>.</summary>
    public void CountResolution(string name, WorkItemState state, bool isKnown)
    {
        if (resolutionCounts.TryGetValue((name, state), out int count))
        {
            resolutionCounts[(name, state)] = count + 1;
            return;
        }

        resolutionCounts[(name, state)] = 1;
        resolutionKeys.Add((name, state, isKnown));
    }

    /// <summary>Lets a dependency on <paramref name="key"/> stand for a dependency on <paramref name="target"/> too (a summary task stands for its leaves).</summary>
    public void Alias(string key, string target)
    {
        if (!aliases.TryGetValue(key, out var list))
        {
            aliases[key] = list = [];
        }

        list.Add(target);
    }

    /// <summary>Adds a task; a duplicate key skips the row.</summary>
    public bool AddItem(string location, string key, string? groupKey, string? groupTitle, WorkItem item, IEnumerable<string>? dependsOnKeys = null)
    {
        if (itemsByKey.ContainsKey(key))
        {
            Skip(location, key, $"The key '{key}' was already imported from an earlier row.");
            return false;
        }

        var group = groupKey is null || options.Grouping == InitiativeGrouping.Single ? Fallback() : GetGroup(groupKey, groupTitle ?? groupKey);
        var pending = new Pending(location, key, item, dependsOnKeys?.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).ToList() ?? []);
        itemsByKey[key] = pending;
        group.Items.Add(pending);
        imported++;
        return true;
    }

    public ImportResult Build()
    {
        var initiatives = ImmutableArray.CreateBuilder<Initiative>(groups.Count);
        var updates = ImmutableArray.CreateBuilder<ExternalUpdate>(itemsByKey.Count);
        var itemIds = new HashSet<string>(itemsByKey.Values.Select(p => p.Item.Id), StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var items = ImmutableArray.CreateBuilder<WorkItem>(group.Items.Count);
            foreach (var pending in group.Items)
            {
                var item = pending.Item with { DependsOn = ResolveDependencies(pending) };
                items.Add(item);
                if (item.LastSyncedAt is { } at)
                {
                    updates.Add(new ExternalUpdate
                    {
                        Key = pending.Key,
                        System = system,
                        At = at,
                        State = item.State,
                        PercentComplete = item.PercentComplete,
                        Title = item.Title,
                        Effort = item.Effort,
                        Start = item.Start,
                        Due = item.Due,
                        CompletedOn = item.CompletedOn,
                        Assignee = item.Assignee,
                    });
                }
            }

            if (items.Count == 0)
            {
                continue;
            }

            string id = itemIds.Contains(group.Id) ? group.Id + "/initiative" : group.Id;
            initiatives.Add(new Initiative
            {
                Id = id,
                Title = group.Title,
                Link = group.Link,
                Start = group.Start,
                Due = group.Due,
                WorkItems = items.ToImmutable(),
            });
        }

        return new ImportResult
        {
            KeyResultId = options.KeyResultId,
            Initiatives = initiatives.ToImmutable(),
            Updates = updates.ToImmutable(),
            Report = new ImportReport
            {
                RowsRead = rowsRead,
                Imported = imported,
                Structural = structural,
                Skipped = skipped,
                Subtasks = subtasks,
                Resolutions = [.. resolutionKeys.Select(r => new MappedResolution(r.Name, r.State, resolutionCounts[(r.Name, r.State)], r.IsKnown))],
                Problems = problems.ToImmutable(),
                UnknownStatuses = [.. unknownStatuses],
            },
        };
    }

    private ImmutableArray<string> ResolveDependencies(Pending pending)
    {
        if (pending.DependsOn.Count == 0)
        {
            return [];
        }

        var ids = new List<string>();
        foreach (var key in pending.DependsOn)
        {
            IEnumerable<string> keys = aliases.TryGetValue(key, out var expanded) ? expanded : [key];
            bool any = false;
            foreach (var k in keys)
            {
                if (k != pending.Key && itemsByKey.TryGetValue(k, out var target))
                {
                    any = true;
                    if (!ids.Contains(target.Item.Id))
                    {
                        ids.Add(target.Item.Id);
                    }
                }
            }

            if (!any)
            {
                Warn(pending.Location, pending.Key, $"The dependency on '{key}' was dropped: that task is not among the imported tasks.");
            }
        }

        return [.. ids];
    }

    private Group Fallback() =>
        fallback ??= AddGroup(options.InitiativeId ?? $"{options.KeyResultId}/{system}", fallbackTitle);

    private Group GetGroup(string key, string title)
    {
        if (groupsByKey.TryGetValue(key, out var group))
        {
            return group;
        }

        group = AddGroup(Prefix + key, string.IsNullOrWhiteSpace(title) ? key : title);
        group.Link = new ExternalLink(system, key);
        groupsByKey[key] = group;
        return group;
    }

    private Group AddGroup(string id, string title)
    {
        var group = new Group(id) { Title = title };
        groups.Add(group);
        return group;
    }

    private sealed class Group(string id)
    {
        public string Id { get; } = id;

        public required string Title { get; set; }

        public ExternalLink? Link { get; set; }

        public DateOnly? Start { get; set; }

        public DateOnly? Due { get; set; }

        public List<Pending> Items { get; } = [];
    }

    private sealed record Pending(string Location, string Key, WorkItem Item, List<string> DependsOn);
}
