namespace Okr.Core.Integrations;

/// <summary>
/// The ids of the monday.com columns <see cref="MondayJsonImporter"/> reads. Immutable. A column is found by its id;
/// when no column has that id and the item has exactly one column of the expected type, that one is used instead.
/// </summary>
public sealed record MondayColumns
{
    /// <summary>The status column (type <c>status</c>): its label (<c>text</c>) and <c>is_done</c> give the state. The default is <c>status</c>.</summary>
    public string Status { get; init; } = "status";

    /// <summary>The date column (type <c>date</c>): the due day. The default is <c>date</c>.</summary>
    public string Date { get; init; } = "date";

    /// <summary>The timeline column (type <c>timeline</c>): the start day, and the due day when the date column is empty. The default is <c>timeline</c>.</summary>
    public string Timeline { get; init; } = "timeline";

    /// <summary>The people column (type <c>people</c>): the first person is the assignee. The default is <c>person</c>.</summary>
    public string People { get; init; } = "person";

    /// <summary>The dependency column (type <c>dependency</c>): the items this one waits on. The default is <c>dependency</c>.</summary>
    public string Dependency { get; init; } = "dependency";
}
