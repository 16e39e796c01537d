namespace Okr.Core.Integrations;

/// <summary>
/// The column names of an Asana project CSV export. The defaults are Asana's English export header; names match
/// case-insensitively (exports disagree on <c>Parent task</c> / <c>Parent Task</c>); a null name means "not used".
/// </summary>
public sealed record AsanaCsvColumns
{
    /// <summary>The task id (read as text: ids exceed spreadsheet precision); required. The default is <c>Task ID</c>.</summary>
    public string TaskId { get; init; } = "Task ID";

    /// <summary>The task name; required. The default is <c>Name</c>.</summary>
    public string Name { get; init; } = "Name";

    /// <summary>The completion moment; non-empty means completed. The default is <c>Completed At</c>.</summary>
    public string? CompletedAt { get; init; } = "Completed At";

    /// <summary>The last change: becomes <see cref="WorkItem.LastSyncedAt"/>. The default is <c>Last Modified</c>.</summary>
    public string? LastModified { get; init; } = "Last Modified";

    /// <summary>The board section, passed to the mapping as the status name. The default is <c>Section/Column</c>.</summary>
    public string? Section { get; init; } = "Section/Column";

    /// <summary>The assignee. The default is <c>Assignee</c>.</summary>
    public string? Assignee { get; init; } = "Assignee";

    /// <summary>The start date. The default is <c>Start Date</c>.</summary>
    public string? StartDate { get; init; } = "Start Date";

    /// <summary>The due date. The default is <c>Due Date</c>.</summary>
    public string? DueDate { get; init; } = "Due Date";

    /// <summary>The projects, comma-joined; the first one groups tasks. The default is <c>Projects</c>.</summary>
    public string? Projects { get; init; } = "Projects";

    /// <summary>The parent task's name. The default is <c>Parent task</c>.</summary>
    public string? ParentTask { get; init; } = "Parent task";

    /// <summary>The blocking tasks (ids or names, comma-joined). The default is <c>Blocked By (Dependencies)</c>.</summary>
    public string? BlockedBy { get; init; } = "Blocked By (Dependencies)";
}
