namespace Okr.Core.Integrations;

/// <summary>Options for <see cref="MondayJsonImporter"/>. Immutable.</summary>
/// <remarks>
/// With <see cref="InitiativeGrouping.ByParent"/> (the default) each board group becomes an initiative (with
/// <see cref="GroupByBoard"/>, each board); subitems join their parent item's initiative. Dates are <c>yyyy-MM-dd</c>
/// (the date and timeline columns), then ISO 8601 (<c>updated_at</c>, a status's <c>changed_at</c>).
/// </remarks>
public sealed record MondayImportOptions : ImportOptions
{
    /// <summary>The column ids. The default is <see cref="MondayColumns"/>'s defaults (<c>status</c>, <c>date</c>,
    /// <c>timeline</c>, <c>person</c>, <c>dependency</c>).</summary>
    public MondayColumns Columns { get; init; } = new();

    /// <summary>Whether, under <see cref="InitiativeGrouping.ByParent"/>, initiatives are boards rather than board groups.
    /// The default is false: one initiative per board group.</summary>
    public bool GroupByBoard { get; init; }

    internal static readonly string[] DefaultDateFormats = ["yyyy-MM-dd"];
}
