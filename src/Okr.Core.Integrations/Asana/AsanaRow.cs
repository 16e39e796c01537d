namespace Okr.Core.Integrations;

/// <summary>One readable row of an Asana CSV export, before subtasks are resolved.</summary>
/// <param name="Location">Where it was read (<c>line 4</c>).</param>
/// <param name="Key">The task id.</param>
/// <param name="Project">The first project, or null.</param>
/// <param name="ParentName">The <c>Parent task</c> cell (the parent's name), or null.</param>
/// <param name="Item">The work item it becomes.</param>
/// <param name="BlockedBy">The <c>Blocked By</c> cell, when set.</param>
internal sealed record AsanaRow(string Location, string Key, string? Project, string? ParentName, WorkItem Item, string[] BlockedBy);
