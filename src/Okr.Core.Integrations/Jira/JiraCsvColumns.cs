namespace Okr.Core.Integrations;

/// <summary>
/// The column names a Jira CSV export uses. The defaults are those of a Jira Cloud "all fields" export in English;
/// rename them for translated or customised exports. Names match case-insensitively; a null name means "not used".
/// </summary>
public sealed record JiraCsvColumns
{
    /// <summary>The issue key (<c>PROJ-42</c>); required. The default is <c>Issue key</c>.</summary>
    public string IssueKey { get; init; } = "Issue key";

    /// <summary>The numeric issue id. The default is <c>Issue id</c>.</summary>
    public string? IssueId { get; init; } = "Issue id";

    /// <summary>The summary; required. The default is <c>Summary</c>.</summary>
    public string Summary { get; init; } = "Summary";

    /// <summary>The issue type. The default is <c>Issue Type</c>.</summary>
    public string? IssueType { get; init; } = "Issue Type";

    /// <summary>The status name. The default is <c>Status</c>.</summary>
    public string? Status { get; init; } = "Status";

    /// <summary>The status category (To Do / In Progress / Done). The default is <c>Status Category</c>.</summary>
    public string? StatusCategory { get; init; } = "Status Category";

    /// <summary>The resolution (<c>Done</c>, <c>Won't Do</c>, <c>Duplicate</c>…): a resolved issue's state follows
    /// <see cref="JiraImportOptions.Resolutions"/>. The default is <c>Resolution</c>.</summary>
    public string? Resolution { get; init; } = "Resolution";

    /// <summary>The assignee. The default is <c>Assignee</c>.</summary>
    public string? Assignee { get; init; } = "Assignee";

    /// <summary>When the issue was created. The default is <c>Created</c>.</summary>
    public string? Created { get; init; } = "Created";

    /// <summary>When the issue last changed: becomes <see cref="WorkItem.LastSyncedAt"/>. The default is <c>Updated</c>.</summary>
    public string? Updated { get; init; } = "Updated";

    /// <summary>When the issue was resolved: becomes <see cref="WorkItem.CompletedOn"/> for done issues. The default is <c>Resolved</c>.</summary>
    public string? Resolved { get; init; } = "Resolved";

    /// <summary>The due date. The default is <c>Due date</c>.</summary>
    public string? DueDate { get; init; } = "Due date";

    /// <summary>A start date. The default is <c>Custom field (Start date)</c>.</summary>
    public string? StartDate { get; init; } = "Custom field (Start date)";

    /// <summary>The parent's key (newer Cloud exports). The default is <c>Parent key</c>.</summary>
    public string? ParentKey { get; init; } = "Parent key";

    /// <summary>The parent's summary (newer Cloud exports). The default is <c>Parent summary</c>.</summary>
    public string? ParentSummary { get; init; } = "Parent summary";

    /// <summary>The parent's numeric id, resolved through <see cref="IssueId"/> (Cloud <c>Parent</c>, older <c>Parent id</c>).
    /// The default is <c>Parent</c>; <c>Parent id</c> is tried as well.</summary>
    public string? ParentId { get; init; } = "Parent";

    /// <summary>The epic link of older exports. The default is <c>Custom field (Epic Link)</c>.</summary>
    public string? EpicLink { get; init; } = "Custom field (Epic Link)";

    /// <summary>Story points; the first present is used. The default tries <c>Custom field (Story Points)</c> then
    /// <c>Custom field (Story point estimate)</c>.</summary>
    public ImmutableArray<string> StoryPoints { get; init; } = ["Custom field (Story Points)", "Custom field (Story point estimate)"];

    /// <summary>The original estimate in seconds. The default is <c>Original estimate</c>.</summary>
    public string? OriginalEstimate { get; init; } = "Original estimate";

    /// <summary>The issues that block this one (a repeated column); they become <see cref="WorkItem.DependsOn"/>.
    /// The default is <c>Inward issue link (Blocks)</c>.</summary>
    public string? BlockedBy { get; init; } = "Inward issue link (Blocks)";
}
