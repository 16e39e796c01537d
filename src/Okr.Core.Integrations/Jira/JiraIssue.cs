namespace Okr.Core.Integrations;

/// <summary>An issue read from CSV or JSON, kept until the parents are known.</summary>
internal sealed record JiraIssue(string Location, string Key, string? Id, string Summary, string? IssueType, string? ParentKey,
    string? ParentId, string? ParentSummary, WorkItem Item, List<string> BlockedBy);
