namespace Okr.Core.Integrations;

/// <summary>Options for <see cref="JiraCsvImporter"/> and <see cref="JiraJsonImporter"/>. Immutable.</summary>
/// <remarks>
/// With <see cref="InitiativeGrouping.ByParent"/> (the default) each epic becomes an initiative and every issue joins
/// the initiative of its nearest epic ancestor (or of its top-most parent when that parent is not in the input).
/// Date defaults: <c>dd/MMM/yy h:mm tt</c> and its variants (the English export), then ISO 8601.
/// </remarks>
public sealed record JiraImportOptions : ImportOptions
{
    /// <summary>The column names (CSV only). The default is <see cref="JiraCsvColumns"/>'s English Cloud names.</summary>
    public JiraCsvColumns Columns { get; init; } = new();

    /// <summary>The CSV field separator. The default is a comma.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>The issue types that become initiatives under <see cref="InitiativeGrouping.ByParent"/>. The default is <c>Epic</c>.</summary>
    public ImmutableArray<string> EpicIssueTypes { get; init; } = ["Epic"];

    /// <summary>Which field becomes the effort. The default is <see cref="JiraEffort.StoryPoints"/>.</summary>
    public JiraEffort Effort { get; init; }

    /// <summary>The JSON field holding story points (sites differ: <c>customfield_10016</c>, <c>customfield_10026</c>…).
    /// The default is <c>customfield_10016</c>.</summary>
    public string StoryPointsField { get; init; } = "customfield_10016";

    /// <summary>The site, such as <c>https://example.atlassian.net/</c>, for links <c>{site}browse/{key}</c>; null for
    /// links without a URL (JSON input derives the site from each issue's <c>self</c> when this is null).</summary>
    public Uri? Site { get; init; }

    /// <summary>
    /// How the resolution of a resolved issue (one whose status maps to done or cancelled) sets its state; names compare
    /// case-insensitively. The default is <see cref="DefaultResolutions"/>. An issue with a resolution not named here
    /// keeps its status's state and gets a warning; <see cref="ImportReport.Resolutions"/> lists how each was mapped.
    /// </summary>
    public ImmutableDictionary<string, WorkItemState> Resolutions { get; init; } = DefaultResolutions;

    /// <summary>What to do with a CSV row that has fewer cells than the header. The default is <see cref="ShortRowHandling.Skip"/>.</summary>
    public ShortRowHandling ShortRows { get; init; }

    /// <summary>
    /// Jira Cloud's and Jira Server's default resolutions: <c>Done</c>, <c>Fixed</c>, <c>Resolved</c> and <c>Complete</c>
    /// are done work; <c>Won't Do</c>, <c>Won't Fix</c>, <c>Duplicate</c>, <c>Cannot Reproduce</c>, <c>Incomplete</c>,
    /// <c>Declined</c>, <c>Rejected</c>, <c>Obsolete</c> and <c>Cancelled</c> are not (cancelled: they do not count).
    /// </summary>
    public static ImmutableDictionary<string, WorkItemState> DefaultResolutions { get; } =
        new[] { "Done", "Fixed", "Resolved", "Complete", "Completed" }.Select(r => KeyValuePair.Create(r, WorkItemState.Done))
        .Concat(new[] { "Won't Do", "Won't Fix", "Duplicate", "Cannot Reproduce", "Incomplete", "Declined", "Rejected", "Obsolete", "Cancelled", "Canceled" }
            .Select(r => KeyValuePair.Create(r, WorkItemState.Cancelled)))
        .ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    internal static readonly string[] DefaultDateFormats =
        ["dd/MMM/yy h:mm tt", "d/MMM/yy h:mm tt", "dd/MMM/yy hh:mm tt", "dd/MMM/yy H:mm", "dd/MMM/yy HH:mm", "dd/MMM/yy", "d/MMM/yy"];
}
