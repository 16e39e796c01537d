namespace Okr.Core.Office;

/// <summary>How to read an OKR workbook. Every property has a default that suits the common templates.</summary>
public sealed record WorkbookReadOptions
{
    /// <summary>The sheet to read; null for the first sheet with a recognisable header row.
    /// <value>The default is null.</value></summary>
    public string? SheetName { get; init; }

    /// <summary>Columns named by the caller: a field and the header text or the column letters (<c>"Measure"</c> or
    /// <c>"C"</c>). Fields not named are found by their usual header names.
    /// <value>The default is empty.</value></summary>
    public ImmutableDictionary<WorkbookField, string> ColumnMap { get; init; } = ImmutableDictionary<WorkbookField, string>.Empty;

    /// <summary>The period of objectives whose row has no quarter; null to take the calendar quarter containing the
    /// check-in day (or the due day).
    /// <value>The default is null.</value></summary>
    public Period? Period { get; init; }

    /// <summary>The day of the check-in holding a row's current value (or progress) when the row has no updated date.
    /// <value>The default is null: such a row's value is not recorded and a warning says so.</value></summary>
    public DateOnly? CheckInDate { get; init; }

    /// <summary>The most rows above the header row (titles, notes) searched for the header.
    /// <value>The default is 30.</value></summary>
    public int HeaderSearchRows { get; init; } = 30;

    /// <summary>The most bytes the package's parts may inflate to in all; a workbook declaring more is refused before
    /// anything is inflated.
    /// <value>The default is 1 GiB.</value></summary>
    public long MaxInflatedBytes { get; init; } = 1L << 30;
}
