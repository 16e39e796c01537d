namespace Okr.Core.Integrations;

/// <summary>Options for <see cref="ClickUpJsonImporter"/>. Immutable.</summary>
/// <remarks>
/// With <see cref="InitiativeGrouping.ByParent"/> (the default) each ClickUp list becomes an initiative; with
/// <see cref="GroupByParentTask"/> each top-level parent task does instead. ClickUp writes every moment as a Unix time
/// in milliseconds; days (start, due, completion) are taken at <see cref="ImportOptions.DefaultOffset"/> (UTC by
/// default), so set it to the workspace's offset to get the days its users see. <see cref="ImportOptions.DateFormats"/>
/// and <see cref="ImportOptions.Culture"/> are not used.
/// </remarks>
public sealed record ClickUpImportOptions : ImportOptions
{
    /// <summary>Which field becomes the effort. The default is <see cref="ClickUpEffort.Points"/>.</summary>
    public ClickUpEffort Effort { get; init; }

    /// <summary>
    /// Whether, under <see cref="InitiativeGrouping.ByParent"/>, initiatives are the top-level parent tasks rather than
    /// the lists. When set, a task without a parent that has subtasks in the input becomes an initiative (counted as
    /// structural, not as a task); every subtask, at any depth, joins the initiative of its top-level parent (a parent
    /// missing from the input still names one); tasks with neither parent nor subtasks go to the single initiative named
    /// by <see cref="ImportOptions.InitiativeId"/>. The default is false: one initiative per list.
    /// </summary>
    public bool GroupByParentTask { get; init; }
}
