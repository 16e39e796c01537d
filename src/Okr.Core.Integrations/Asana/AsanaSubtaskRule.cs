namespace Okr.Core.Integrations;

/// <summary>
/// How an Asana export's subtasks (rows whose <c>Parent task</c> names another row of the export) count, so that a
/// parent task and its subtasks are never counted twice for the same work.
/// </summary>
public enum AsanaSubtaskRule
{
    /// <summary>
    /// Asana's own rule, the default: a project's progress counts the project's tasks, and a subtask is part of its
    /// parent. The top-level task becomes one work item, done when it is completed in Asana; its subtasks (at any depth)
    /// are not work items of their own. They are counted in <see cref="ImportReport.Subtasks"/>, and a dependency on a
    /// subtask becomes a dependency on its top-level task.
    /// </summary>
    ParentCountsOnce = 0,

    /// <summary>
    /// The subtasks are the work: a task with subtasks is structure only (counted in <see cref="ImportReport.Structural"/>,
    /// like a Microsoft Project summary task), and each subtask without subtasks of its own becomes a work item in the
    /// initiative of its top-level task's project. A dependency on a parent task becomes a dependency on its subtasks.
    /// </summary>
    ParentIsStructure = 1,
}
