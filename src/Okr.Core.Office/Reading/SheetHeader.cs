namespace Okr.Core.Office;

/// <summary>A header row found in a sheet: which column holds each field, and the layout that follows from them.</summary>
internal sealed class SheetHeader
{
    private readonly Dictionary<WorkbookField, int> columns;

    private SheetHeader(int row, Dictionary<WorkbookField, int> columns, WorkbookLayout layout, int titleColumn)
    {
        Row = row;
        this.columns = columns;
        Layout = layout;
        TitleColumn = titleColumn;
    }

    public int Row { get; }

    public WorkbookLayout Layout { get; }

    /// <summary>The column holding titles in the outline layouts (Title, else Objective, else Key Result).</summary>
    public int TitleColumn { get; }

    public int this[WorkbookField field] => columns.TryGetValue(field, out int column) ? column : -1;

    public bool Has(WorkbookField field) => columns.ContainsKey(field);

    public ImmutableDictionary<WorkbookField, string> Letters() =>
        columns.ToImmutableDictionary(pair => pair.Key, pair => CellAddress.Column(pair.Value));

    /// <summary>The header in this row, or null when the row does not name a title column and at least one other field.</summary>
    public static SheetHeader? TryMatch(SheetRow row, ImmutableDictionary<WorkbookField, string> columnMap)
    {
        var columns = new Dictionary<WorkbookField, int>();
        var mappedNames = new Dictionary<string, WorkbookField>(StringComparer.Ordinal);
        foreach (var (field, name) in columnMap)
        {
            mappedNames[HeaderNames.Normalize(name)] = field;
        }

        foreach (var cell in row.Cells)
        {
            if (cell.Kind != CellKind.Text || string.IsNullOrWhiteSpace(cell.Text))
            {
                continue;
            }

            string normalized = HeaderNames.Normalize(cell.Text);
            bool byCaller = mappedNames.TryGetValue(normalized, out var mapped);
            WorkbookField? field = byCaller ? mapped : HeaderNames.Match(cell.Text);
            if (field is not { } f || columns.ContainsKey(f) || (!byCaller && columnMap.ContainsKey(f)))
            {
                // Unknown, already found, or a field the caller mapped to another header.
                continue;
            }

            columns[f] = cell.Column;
        }

        // A mapped name no header cell has, written as column letters (C, AB), names the column itself.
        foreach (var (field, name) in columnMap)
        {
            if (!columns.ContainsKey(field) && CellAddress.IsColumnLetters(name))
            {
                columns[field] = CellAddress.ColumnIndex(name);
            }
        }

        bool hasTitle = columns.ContainsKey(WorkbookField.Objective) || columns.ContainsKey(WorkbookField.KeyResult) || columns.ContainsKey(WorkbookField.Title);
        if (!hasTitle || columns.Count < 2)
        {
            return null;
        }

        return new SheetHeader(row.Number, columns, LayoutOf(columns), TitleOf(columns));
    }

    private static WorkbookLayout LayoutOf(Dictionary<WorkbookField, int> columns)
    {
        bool objective = columns.ContainsKey(WorkbookField.Objective);
        bool keyResult = columns.ContainsKey(WorkbookField.KeyResult);
        if (objective && keyResult)
        {
            return WorkbookLayout.RowPerKeyResult;
        }

        return columns.ContainsKey(WorkbookField.Type) ? WorkbookLayout.OutlineByType : WorkbookLayout.OutlineByIndent;
    }

    private static int TitleOf(Dictionary<WorkbookField, int> columns) =>
        columns.TryGetValue(WorkbookField.Title, out int title) ? title
        : columns.TryGetValue(WorkbookField.Objective, out int objective) ? objective
        : columns[WorkbookField.KeyResult];
}
