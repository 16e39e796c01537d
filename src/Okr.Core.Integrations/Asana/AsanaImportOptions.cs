namespace Okr.Core.Integrations;

/// <summary>Options for <see cref="AsanaCsvImporter"/> and <see cref="AsanaJsonImporter"/>. Immutable.</summary>
/// <remarks>With <see cref="InitiativeGrouping.ByParent"/> (the default) each project becomes an initiative (the first
/// project of a task that is in several). Dates default to <c>yyyy-MM-dd</c>, then ISO 8601.</remarks>
public sealed record AsanaImportOptions : ImportOptions
{
    /// <summary>The column names (CSV only). The default is Asana's English export header.</summary>
    public AsanaCsvColumns Columns { get; init; } = new();

    /// <summary>The CSV field separator. The default is a comma.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>How subtasks count (CSV only: the <c>Parent task</c> column). The default is
    /// <see cref="AsanaSubtaskRule.ParentCountsOnce"/>, Asana's own rule: a parent task counts once and its subtasks are
    /// part of it.</summary>
    public AsanaSubtaskRule Subtasks { get; init; }

    /// <summary>What to do with a CSV row that has fewer cells than the header. The default is <see cref="ShortRowHandling.Skip"/>.</summary>
    public ShortRowHandling ShortRows { get; init; }

    internal static readonly string[] DefaultDateFormats = ["yyyy-MM-dd"];
}
