namespace Okr.Core.Sync;

/// <summary>
/// A configurable map from another tool's status to a task state and progress, with presets for Jira, Asana,
/// monday.com, ClickUp and Microsoft Project. Immutable: the <c>With…</c> methods return changed copies.
/// </summary>
/// <remarks>
/// <para>Rules are tried in this order, the first match wins:</para>
/// <list type="number">
/// <item>a completed flag of <see langword="true"/> gives <see cref="WorkItemState.Done"/>;</item>
/// <item>a rule for the status name (case-insensitive, trimmed);</item>
/// <item>a rule for the status category or type (case-insensitive, trimmed);</item>
/// <item>when <see cref="UsePercentComplete"/> is set and a percent is given: 0 is not started, 100 is done, anything between is in progress;</item>
/// <item>a completed flag of <see langword="false"/> gives <see cref="IncompleteState"/> when that is set.</item>
/// </list>
/// <para>A status no rule matches is unknown: it maps to <see cref="UnknownState"/> and
/// <see cref="MappedStatus.IsKnown"/> is false, so callers can report it.</para>
/// </remarks>
public sealed class StatusMapping
{
    private static readonly ImmutableDictionary<string, WorkItemState> EmptyRules =
        ImmutableDictionary.Create<string, WorkItemState>(StringComparer.OrdinalIgnoreCase);

    private StatusMapping(
        string name,
        ImmutableDictionary<string, WorkItemState> names,
        ImmutableDictionary<string, WorkItemState> categories,
        bool usePercentComplete,
        WorkItemState? incompleteState,
        WorkItemState? unknownState)
    {
        Name = name;
        Names = names;
        Categories = categories;
        UsePercentComplete = usePercentComplete;
        IncompleteState = incompleteState;
        UnknownState = unknownState;
    }

    /// <summary>An empty mapping: only the completed flag is understood; everything else is unknown.</summary>
    public static StatusMapping Empty { get; } = new("custom", EmptyRules, EmptyRules, false, null, null);

    /// <summary>
    /// Jira: the status categories <c>To Do</c> / <c>new</c>, <c>In Progress</c> / <c>indeterminate</c>,
    /// <c>Done</c> / <c>Complete</c> / <c>done</c>, plus common status names (Open, Backlog, Selected for Development,
    /// In Review, Resolved, Closed, Blocked, Cancelled…) for payloads without a category.
    /// </summary>
    public static StatusMapping Jira { get; } = Empty.WithName("jira")
        .WithCategories(WorkItemState.NotStarted, "To Do", "new")
        .WithCategories(WorkItemState.InProgress, "In Progress", "indeterminate")
        .WithCategories(WorkItemState.Done, "Done", "Complete", "done")
        .WithNames(WorkItemState.NotStarted, "To Do", "Open", "Backlog", "Selected for Development", "Reopened", "New")
        .WithNames(WorkItemState.InProgress, "In Progress", "In Review", "In Development", "In QA", "In Testing", "Review")
        .WithNames(WorkItemState.Done, "Done", "Resolved", "Closed", "Complete", "Completed")
        .WithNames(WorkItemState.Blocked, "Blocked", "On Hold")
        .WithNames(WorkItemState.Cancelled, "Cancelled", "Canceled", "Won't Do", "Rejected", "Declined");

    /// <summary>
    /// Asana: the completed flag (completed is done, not completed is not started), with the section names
    /// <c>In Progress</c>, <c>Doing</c> (in progress) and <c>Blocked</c> understood for incomplete tasks.
    /// </summary>
    public static StatusMapping Asana { get; } = Empty.WithName("asana")
        .WithNames(WorkItemState.InProgress, "In Progress", "Doing", "In Review")
        .WithNames(WorkItemState.Blocked, "Blocked", "Stuck")
        .WithNames(WorkItemState.Done, "Done", "Completed")
        .WithIncompleteState(WorkItemState.NotStarted);

    /// <summary>
    /// monday.com status labels: <c>Done</c>; <c>Working on it</c>; <c>Stuck</c> (blocked); <c>Not Started</c> or an
    /// empty label. A label's <c>is_done</c> flag, passed as the completed flag, also gives done.
    /// </summary>
    public static StatusMapping MondayCom { get; } = Empty.WithName("monday")
        .WithNames(WorkItemState.Done, "Done")
        .WithNames(WorkItemState.InProgress, "Working on it", "In Progress", "Waiting for review")
        .WithNames(WorkItemState.Blocked, "Stuck")
        .WithNames(WorkItemState.NotStarted, "Not Started", "");

    /// <summary>ClickUp status types: <c>open</c> (not started), <c>custom</c> (in progress), <c>closed</c> and <c>done</c> (done).</summary>
    public static StatusMapping ClickUp { get; } = Empty.WithName("clickup")
        .WithCategories(WorkItemState.NotStarted, "open")
        .WithCategories(WorkItemState.InProgress, "custom")
        .WithCategories(WorkItemState.Done, "closed", "done");

    /// <summary>Microsoft Project: the percent complete (0 not started, 100 done, anything between in progress).</summary>
    public static StatusMapping MicrosoftProject { get; } = Empty.WithName("msproject").WithPercentComplete(true);

    /// <summary>The preset's system name (<c>jira</c>, <c>asana</c>, <c>monday</c>, <c>clickup</c>, <c>msproject</c>) or <c>custom</c>.</summary>
    public string Name { get; }

    /// <summary>The rules by status name (keys compare case-insensitively).</summary>
    public ImmutableDictionary<string, WorkItemState> Names { get; }

    /// <summary>The rules by status category or type (keys compare case-insensitively).</summary>
    public ImmutableDictionary<string, WorkItemState> Categories { get; }

    /// <summary>Whether a reported percent complete decides the state when no name or category rule matched.</summary>
    public bool UsePercentComplete { get; }

    /// <summary>The state for a completed flag of <see langword="false"/> when no other rule matched, or null when the flag says nothing.</summary>
    public WorkItemState? IncompleteState { get; }

    /// <summary>
    /// The state an unknown status maps to. The default is null: keep the task's current state (a new task starts
    /// <see cref="WorkItemState.NotStarted"/>), so an unrecognised label never silently reopens or closes work.
    /// </summary>
    public WorkItemState? UnknownState { get; }

    /// <summary>The preset for a system name (<c>jira</c>, <c>asana</c>, <c>monday</c> or <c>monday.com</c>, <c>clickup</c>,
    /// <c>msproject</c> or <c>microsoft-project</c>; case-insensitive), or <see cref="Empty"/> when there is none.</summary>
    /// <param name="system">The system name; null gives <see cref="Empty"/>.</param>
    /// <returns>The preset.</returns>
    public static StatusMapping ForSystem(string? system) => system?.Trim().ToLowerInvariant() switch
    {
        "jira" => Jira,
        "asana" => Asana,
        "monday" or "monday.com" or "mondaycom" => MondayCom,
        "clickup" => ClickUp,
        "msproject" or "microsoft-project" or "microsoftproject" or "mspdi" => MicrosoftProject,
        _ => Empty,
    };

    /// <summary>Maps a status.</summary>
    /// <param name="status">The tool's status.</param>
    /// <returns>The state, the percent complete (null when the tool gave none or one outside 0 to 100) and whether a rule matched.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="status"/> is null.</exception>
    public MappedStatus Map(ExternalStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        decimal? percent = status.PercentComplete is { } p && p >= 0m && p <= 100m ? p : null;
        if (status.Completed == true)
        {
            return new MappedStatus(WorkItemState.Done, percent, true);
        }

        if (status.Name is { } name && Names.TryGetValue(name.Trim(), out var byName))
        {
            return new MappedStatus(byName, percent, true);
        }

        if (status.Category is { } category && Categories.TryGetValue(category.Trim(), out var byCategory))
        {
            return new MappedStatus(byCategory, percent, true);
        }

        if (UsePercentComplete && percent is { } pc)
        {
            var state = pc == 0m ? WorkItemState.NotStarted : pc == 100m ? WorkItemState.Done : WorkItemState.InProgress;
            return new MappedStatus(state, percent, true);
        }

        if (status.Completed == false && IncompleteState is { } incomplete)
        {
            return new MappedStatus(incomplete, percent, true);
        }

        return new MappedStatus(UnknownState, percent, false);
    }

    /// <summary>Returns a copy with rules mapping each of <paramref name="names"/> to <paramref name="state"/> (replacing earlier rules for them).</summary>
    /// <param name="state">The state.</param>
    /// <param name="names">Status names; compared case-insensitively after trimming.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> or one of them is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a defined state.</exception>
    public StatusMapping WithNames(WorkItemState state, params string[] names) =>
        new(Name, AddRules(Names, state, names, nameof(names)), Categories, UsePercentComplete, IncompleteState, UnknownState);

    /// <summary>Returns a copy with rules mapping each of <paramref name="categories"/> to <paramref name="state"/> (replacing earlier rules for them).</summary>
    /// <param name="state">The state.</param>
    /// <param name="categories">Status categories or types; compared case-insensitively after trimming.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="categories"/> or one of them is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a defined state.</exception>
    public StatusMapping WithCategories(WorkItemState state, params string[] categories) =>
        new(Name, Names, AddRules(Categories, state, categories, nameof(categories)), UsePercentComplete, IncompleteState, UnknownState);

    /// <summary>Returns a copy that does or does not use a reported percent complete.</summary>
    /// <param name="use">Whether to use it.</param>
    /// <returns>The changed copy.</returns>
    public StatusMapping WithPercentComplete(bool use) => new(Name, Names, Categories, use, IncompleteState, UnknownState);

    /// <summary>Returns a copy with another state for a completed flag of <see langword="false"/>.</summary>
    /// <param name="state">The state, or null when the flag should say nothing.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a defined state.</exception>
    public StatusMapping WithIncompleteState(WorkItemState? state) =>
        new(Name, Names, Categories, UsePercentComplete, CheckState(state), UnknownState);

    /// <summary>Returns a copy with another state for unknown statuses.</summary>
    /// <param name="state">The state, or null to keep the task's current state.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a defined state.</exception>
    public StatusMapping WithUnknownState(WorkItemState? state) =>
        new(Name, Names, Categories, UsePercentComplete, IncompleteState, CheckState(state));

    /// <summary>Returns a copy with another preset name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    public StatusMapping WithName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new(name, Names, Categories, UsePercentComplete, IncompleteState, UnknownState);
    }

    /// <summary>The mapping's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    private static WorkItemState? CheckState(WorkItemState? state) =>
        state is { } s && !Enum.IsDefined(s) ? throw new ArgumentOutOfRangeException(nameof(state), s, "Unknown work item state.") : state;

    private static ImmutableDictionary<string, WorkItemState> AddRules(
        ImmutableDictionary<string, WorkItemState> rules, WorkItemState state, string[] keys, string paramName)
    {
        ArgumentNullException.ThrowIfNull(keys, paramName);
        CheckState(state);
        var builder = rules.ToBuilder();
        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key, paramName);
            builder[key.Trim()] = state;
        }

        return builder.ToImmutable();
    }
}
