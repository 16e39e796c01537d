using DocumentFormat.OpenXml.Packaging;

namespace Okr.Core.Office;

/// <summary>
/// Reads the <c>Initiatives &amp; tasks</c> sheet a written workbook carries back into initiatives with their tasks,
/// by key result id: an initiative row (its owner, dates, weight, whether it counts, a percent complete entered by
/// hand) followed by its task rows (assignee, state, entered percent complete, dates, effort, dependencies). So an
/// activity key result, scored by that work, reads back scoring the same. A row that cannot be placed (a task before
/// any initiative, an id used twice, an unknown state) is reported at its cell and left out.
/// </summary>
internal sealed class WorkSheetReader
{
    private readonly Dictionary<string, List<Initiative>> byKeyResult = new(StringComparer.Ordinal);
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly List<WorkbookProblem> problems;
    private readonly Dictionary<string, int> columns;
    private PendingInitiative? pending;

    private WorkSheetReader(Dictionary<string, int> columns, List<WorkbookProblem> problems)
    {
        this.columns = columns;
        this.problems = problems;
    }

    /// <summary>The initiatives of each key result id, in sheet order; null when the sheet has not the columns this
    /// writer gives it (Type, Id, Title, Key result id).</summary>
    public static Dictionary<string, List<Initiative>>? Read(WorksheetPart part, IReadOnlyList<string> strings, CellFormatTable styles, long maxCharacters, List<WorkbookProblem> problems)
    {
        using var rows = new SheetRowReader(part, strings, styles, maxCharacters);
        if (!rows.TryRead(out var headerRow))
        {
            return null;
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in headerRow.Cells)
        {
            if (cell.Kind == CellKind.Text)
            {
                columns.TryAdd(HeaderNames.Normalize(cell.Text!), cell.Column);
            }
        }

        if (!columns.ContainsKey("type") || !columns.ContainsKey("id") || !columns.ContainsKey("title") || !columns.ContainsKey("keyresultid"))
        {
            return null;
        }

        var reader = new WorkSheetReader(columns, problems);
        while (rows.TryRead(out var row))
        {
            reader.ReadRow(row);
        }

        reader.Close();
        return reader.byKeyResult;
    }

    private void ReadRow(SheetRow row)
    {
        if (row.IsEmpty)
        {
            return;
        }

        string typeText = Cell(row, "type").AsText();
        string type = typeText switch
        {
            "Initiative" => "initiative",
            "Task" => "task",
            _ => HeaderNames.Normalize(typeText),
        };
        string id = Cell(row, "id").AsText().Trim();
        string title = Cell(row, "title").AsText().Trim();
        if (type is not ("initiative" or "task"))
        {
            Problem(row, "type", $"the type '{Cell(row, "type").AsText()}' is neither Initiative nor Task; the row is skipped.");
            return;
        }

        if (id.Length == 0 || title.Length == 0)
        {
            Problem(row, id.Length == 0 ? "id" : "title", $"the {type} has no {(id.Length == 0 ? "id" : "title")}; the row is skipped.");
            return;
        }

        if (!ids.Add(id))
        {
            Problem(row, "id", $"the id '{id}' is used above; the row is skipped.");
            return;
        }

        if (type == "initiative")
        {
            Close();
            string keyResult = Cell(row, "keyresultid").AsText().Trim();
            pending = new PendingInitiative(keyResult, new Initiative
            {
                Id = id,
                Title = title,
                Owner = Text(row, "owner"),
                Start = Day(row, "start"),
                Due = Day(row, "due"),
                Weight = Weight(row),
                Contributes = Counts(row),
                PercentComplete = Percent(row),
            });
            return;
        }

        if (pending is null)
        {
            Problem(row, "type", $"the task '{id}' has no initiative above it; the row is skipped.");
            return;
        }

        pending.Tasks.Add(Task(row, id, title));
    }

    private WorkItem Task(SheetRow row, string id, string title) => new()
    {
        Id = id,
        Title = title,
        Assignee = Text(row, "owner"),
        State = State(row),
        PercentComplete = Percent(row),
        Start = Day(row, "start"),
        Due = Day(row, "due"),
        CompletedOn = Day(row, "completed"),
        Effort = Effort(row),
        DependsOn = Text(row, "dependson") is { } list
            ? [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]
            : [],
    };

    private void Close()
    {
        if (pending is null)
        {
            return;
        }

        if (!byKeyResult.TryGetValue(pending.KeyResultId, out var list))
        {
            byKeyResult[pending.KeyResultId] = list = [];
        }

        list.Add(pending.Initiative with { WorkItems = [.. pending.Tasks] });
        pending = null;
    }

    private SheetCell Cell(SheetRow row, string column) => columns.TryGetValue(column, out int index) ? row[index] : default;

    private string? Text(SheetRow row, string column) => Cell(row, column) is { IsBlank: false } cell ? cell.AsText().Trim() : null;

    private DateOnly? Day(SheetRow row, string column)
    {
        var cell = Cell(row, column);
        if (cell.IsBlank)
        {
            return null;
        }

        if (CellValues.TryDay(cell, out var moment))
        {
            return DateOnly.FromDateTime(moment.Date);
        }

        Problem(row, column, $"'{cell.AsText()}' is not a date; left empty.");
        return null;
    }

    private decimal? Percent(SheetRow row)
    {
        const string column = "%completeentered";
        var cell = Cell(row, column);
        if (cell.IsBlank)
        {
            return null;
        }

        if (CellValues.TryPercent(cell, out decimal percent) && percent is >= 0m and <= 100m)
        {
            return percent;
        }

        Problem(row, column, $"'{cell.AsText()}' is not a percentage from 0% to 100%; left empty.");
        return null;
    }

    private decimal? Effort(SheetRow row)
    {
        var cell = Cell(row, "effort");
        if (cell.IsBlank)
        {
            return null;
        }

        if (CellValues.TryNumber(cell, out decimal effort, out _) && effort >= 0m)
        {
            return effort;
        }

        Problem(row, "effort", $"'{cell.AsText()}' is not an effort (a number, 0 or more); left empty.");
        return null;
    }

    private ContributionWeight Weight(SheetRow row)
    {
        var cell = Cell(row, "weight");
        if (cell.IsBlank)
        {
            return ContributionWeight.Default;
        }

        if (CellValues.TryWeight(cell, out var weight))
        {
            return weight;
        }

        Problem(row, "weight", $"the weight '{cell.AsText()}' is neither a multiplier (2, 2x) nor a share (30%); the default weight is used.");
        return ContributionWeight.Default;
    }

    private bool Counts(SheetRow row) => Text(row, "counts") is not { } text
        || HeaderNames.Normalize(text) is not ("no" or "false" or "0" or "excluded" or "n");

    private WorkItemState State(SheetRow row)
    {
        string? text = Text(row, "state");
        switch (text switch
        {
            null => string.Empty,
            "Not started" => "notstarted",
            "In progress" => "inprogress",
            "Done" => "done",
            "Blocked" => "blocked",
            "Cancelled" => "cancelled",
            _ => HeaderNames.Normalize(text),
        })
        {
            case "" or "notstarted" or "todo" or "open":
                return WorkItemState.NotStarted;
            case "inprogress" or "doing" or "started":
                return WorkItemState.InProgress;
            case "done" or "complete" or "completed" or "closed":
                return WorkItemState.Done;
            case "blocked":
                return WorkItemState.Blocked;
            case "cancelled" or "canceled":
                return WorkItemState.Cancelled;
            default:
                Problem(row, "state", $"the state '{text}' is not one of not started, in progress, done, blocked, cancelled; read as not started.");
                return WorkItemState.NotStarted;
        }
    }

    private void Problem(SheetRow row, string column, string problem) =>
        problems.Add(new WorkbookProblem(WorkbookSheets.Initiatives, CellAddress.Of(columns.GetValueOrDefault(column), row.Number), problem, WorkbookProblemSeverity.Warning));

    private sealed class PendingInitiative(string keyResultId, Initiative initiative)
    {
        public string KeyResultId { get; } = keyResultId;

        public Initiative Initiative { get; } = initiative;

        public List<WorkItem> Tasks { get; } = [];
    }
}
