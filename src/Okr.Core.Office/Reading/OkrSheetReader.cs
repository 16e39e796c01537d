namespace Okr.Core.Office;

/// <summary>
/// Reads the OKR rows below a header, one row at a time, into objective and key result drafts, in the sheet's layout:
/// one row per key result (a blank objective cell, as under merged cells, continues the objective above), or the
/// outline layouts (an objective row then its key results' rows, by a type column or by indentation).
/// </summary>
internal sealed partial class OkrSheetReader(SheetHeader header, RowProblems problems, StableIds ids, DateOnly? defaultDay, bool workSheetPresent)
{
    private readonly Dictionary<string, ObjectiveDraft> objectivesByTitle = new(StringComparer.Ordinal);
    private readonly Dictionary<int, ObjectiveDraft> objectivesByLevel = [];
    private ObjectiveDraft? current;
    private bool sawIndent;

    public List<ObjectiveDraft> Objectives { get; } = [];

    public int RowsRead { get; private set; }

    public int RowsSkipped { get; private set; }

    public void Read(SheetRow row)
    {
        if (row.IsEmpty)
        {
            return;
        }

        RowsRead++;
        bool read = header.Layout switch
        {
            WorkbookLayout.RowPerKeyResult => ReadRowPerKeyResult(row),
            WorkbookLayout.OutlineByType => ReadOutlineByType(row),
            _ => ReadOutlineByIndent(row),
        };
        if (!read)
        {
            RowsSkipped++;
        }
    }

    private bool ReadRowPerKeyResult(SheetRow row)
    {
        var objectiveCell = row[header[WorkbookField.Objective]];
        var keyResultCell = row[header[WorkbookField.KeyResult]];
        if (!objectiveCell.IsBlank)
        {
            string title = objectiveCell.AsText().Trim();
            current = objectivesByTitle.TryGetValue(title, out var known) ? known : NewObjective(row, title, ownRow: keyResultCell.IsBlank);
        }

        if (keyResultCell.IsBlank)
        {
            if (objectiveCell.IsBlank)
            {
                problems.Error(header[WorkbookField.KeyResult], row.Number, "the row has values but no key result title; skipped.");
                return false;
            }

            return true;
        }

        return AddKeyResult(row, keyResultCell.AsText().Trim(), header[WorkbookField.KeyResult], idFromSheet: true);
    }

    private bool ReadOutlineByType(SheetRow row)
    {
        string? type = row[header[WorkbookField.Type]] is { IsBlank: false } cell
            ? cell.AsText() switch
            {
                "Objective" => "objective",
                "Key result" => "keyresult",
                var text => HeaderNames.Normalize(text),
            }
            : null;
        var titleCell = row[header.TitleColumn];
        if (titleCell.IsBlank)
        {
            problems.Error(header.TitleColumn, row.Number, "the row has no title; skipped.");
            return false;
        }

        string title = titleCell.AsText().Trim();
        switch (type)
        {
            case "objective" or "o" or "obj" or "goal":
                current = NewObjective(row, title, ownRow: true);
                objectivesByLevel[row.OutlineLevel] = current;
                return true;
            case "keyresult" or "kr" or "measure" or "k":
                // With outline levels, a key result belongs to the objective one level up (an aligned objective's block
                // may sit between it and its objective's row); without them, or at Excel's deepest level (7), where
                // deeper rows share the level, to the objective above.
                if (row.OutlineLevel is > 0 and < 7 && objectivesByLevel.TryGetValue(row.OutlineLevel - 1, out var owner))
                {
                    current = owner;
                }

                return AddKeyResult(row, title, header.TitleColumn, idFromSheet: true);
            case "initiative" or "task" or "project":
                problems.Warn(header[WorkbookField.Type], row.Number, $"a row of type '{row[header[WorkbookField.Type]].AsText()}' is not read (objectives and key results are); skipped.");
                return false;
            default:
                problems.Error(header[WorkbookField.Type], row.Number, $"the type '{row[header[WorkbookField.Type]].AsText()}' is neither Objective nor Key Result; skipped.");
                return false;
        }
    }

    private bool ReadOutlineByIndent(SheetRow row)
    {
        var titleCell = row[header.TitleColumn];
        if (titleCell.IsBlank)
        {
            problems.Error(header.TitleColumn, row.Number, "the row has values but no title; skipped.");
            return false;
        }

        string raw = titleCell.AsText();
        int leading = raw.Length - raw.TrimStart().Length;
        int level = Math.Max(Math.Max(titleCell.Style.Indent, row.OutlineLevel), leading > 0 ? 1 : 0);
        sawIndent |= level > 0;
        string title = raw.Trim();
        bool keyResult = level > 0 || KeyResultPrefix().IsMatch(title) || (current is not null && !sawIndent && HasValues(row));
        if (!keyResult || current is null)
        {
            current = NewObjective(row, title, ownRow: true);
            return true;
        }

        return AddKeyResult(row, title, header.TitleColumn, idFromSheet: true);
    }

    private bool HasValues(SheetRow row) =>
        !row[header[WorkbookField.Target]].IsBlank || !row[header[WorkbookField.Current]].IsBlank || !row[header[WorkbookField.Progress]].IsBlank;

    private ObjectiveDraft NewObjective(SheetRow row, string title, bool ownRow)
    {
        var values = new KeyResultRow(header, row, problems);
        string id = ownRow ? IdOf(row, "o-", title) : ids.For("o-", title);
        var draft = new ObjectiveDraft { Id = id, Title = title, Cell = CellAddress.Of(ownRow ? header.TitleColumn : header[WorkbookField.Objective], row.Number) };
        draft.Owner = (ownRow ? values.Text(WorkbookField.Owner) : null) ?? values.Text(WorkbookField.Team);
        ReadPeriod(draft, row, values);
        if (values.Text(WorkbookField.AlignedTo) is { } aligned)
        {
            draft.AlignedTo = aligned;
            draft.AlignedToCell = CellAddress.Of(header[WorkbookField.AlignedTo], row.Number);
        }

        if (ownRow)
        {
            draft.Contributes = values.Counts();
        }

        if (ownRow && !row[header[WorkbookField.Weight]].IsBlank)
        {
            draft.Weight = CellValues.TryWeight(row[header[WorkbookField.Weight]], out var weight) ? weight : ContributionWeight.Default;
        }

        objectivesByTitle.TryAdd(title, draft);
        Objectives.Add(draft);
        return draft;
    }

    private void ReadPeriod(ObjectiveDraft draft, SheetRow row, KeyResultRow values)
    {
        if (values.Text(WorkbookField.Quarter) is { } quarter)
        {
            if (CellValues.TryPeriod(quarter, out var period))
            {
                draft.Period = period;
            }
            else
            {
                problems.Warn(header[WorkbookField.Quarter], row.Number, $"'{quarter}' is not a period (2026-Q2, Q2 2026 or 2026-04-01..2026-06-30); the period is taken from the options or the dates.");
            }
        }

        if (values.Day(WorkbookField.Due) is { } due)
        {
            draft.Due = DateOnly.FromDateTime(due.Date);
        }
    }

    private bool AddKeyResult(SheetRow row, string title, int titleColumn, bool idFromSheet)
    {
        if (current is null)
        {
            problems.Error(titleColumn, row.Number, $"the key result '{title}' has no objective above it; skipped.");
            return false;
        }

        string id = idFromSheet ? IdOf(row, "kr-", title) : ids.For("kr-", title);
        var values = new KeyResultRow(header, row, problems);
        var draft = values.Read(id, title, defaultDay, workSheetPresent);
        if (draft is null)
        {
            return false;
        }

        current.KeyResults.Add(draft);
        if (current.Period is null && values.Text(WorkbookField.Quarter) is { } quarter && CellValues.TryPeriod(quarter, out var period))
        {
            current.Period = period;
        }

        return true;
    }

    private string IdOf(SheetRow row, string prefix, string title)
    {
        var cell = row[header[WorkbookField.Id]];
        if (cell.IsBlank)
        {
            return ids.For(prefix, title);
        }

        string id = cell.AsText().Trim();
        if (ids.TryReserve(id))
        {
            return id;
        }

        string generated = ids.For(prefix, title);
        problems.Warn(header[WorkbookField.Id], row.Number, $"the id '{id}' is already used above; this row gets '{generated}'.");
        return generated;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(KR|Key\s*result)\s*[\d.:)\-–]", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex KeyResultPrefix();
}
