namespace Okr.Core.Office;

/// <summary>
/// Reads one key result's row: its kind from a Kind column or from the values (start, target and current make a linear
/// key result; a progress alone a percentage one; nothing measurable a percentage one without check-ins), and the
/// check-in holding its current value. A cell that makes the row unusable (a target that is not a number, an Excel
/// error) skips the row with an error; a cell that can be left out (a bad date, an unknown status) is reported and
/// ignored.
/// </summary>
internal sealed class KeyResultRow(SheetHeader header, SheetRow row, RowProblems problems)
{
    private bool failed;

    /// <summary>The draft, or null when the row is skipped (an error was reported). With <paramref name="workSheetPresent"/>
    /// (the workbook carries an initiatives sheet) a Kind column naming an activity key result makes one, scored by the
    /// work read from that sheet.</summary>
    public KeyResultDraft? Read(string id, string title, DateOnly? defaultDay, bool workSheetPresent)
    {
        decimal? start = Number(WorkbookField.Start, out bool startPercent);
        decimal? target = Number(WorkbookField.Target, out bool targetPercent);
        decimal? current = Number(WorkbookField.Current, out bool currentPercent);
        decimal? progress = Progress(out bool uncalculated);
        if (failed)
        {
            return null;
        }

        var unit = Unit(startPercent || targetPercent || currentPercent);
        decimal scale = unit == MetricUnit.Percent && (startPercent || targetPercent || currentPercent) ? 100m : 1m;
        start *= startPercent ? scale : 1m;
        target *= targetPercent ? scale : 1m;
        current *= currentPercent ? scale : 1m;
        var (kind, named, value) = KindOf(start, target, current, progress, uncalculated, unit, workSheetPresent);
        if (kind is null)
        {
            return null;
        }

        var draft = new KeyResultDraft
        {
            Id = id,
            Title = title,
            Kind = kind,
            KindNamed = named,
            Owner = Text(WorkbookField.Owner),
            Weight = Weight(),
            Contributes = Counts(),
            Due = Day(WorkbookField.Due)?.Date is { } due ? DateOnly.FromDateTime(due) : null,
        };
        if (value is { } v)
        {
            AddCheckIn(draft, v, defaultDay);
        }

        return draft;
    }

    private (KeyResultKind? Kind, bool Named, decimal? Value) KindOf(decimal? start, decimal? target, decimal? current, decimal? progress, bool uncalculated, MetricUnit unit, bool workSheetPresent)
    {
        string? kindText = Text(WorkbookField.Kind);
        string kindName = kindText is null ? string.Empty : HeaderNames.Normalize(kindText);
        bool carriedElsewhere = false;
        switch (kindName)
        {
            case "percentage" or "percent":
                return (new PercentageKind(), true, current ?? progress);
            case "binary" or "yesno" or "done":
                return (new BinaryKind(), true, current ?? (progress is { } p ? (p >= 100m ? 1m : 0m) : null));
            case "activity" or "activityeffortweighted" or "activitymeancompletion" when workSheetPresent:
                return (new ActivityKind(kindName switch
                {
                    "activityeffortweighted" => ActivityMethod.EffortWeighted,
                    "activitymeancompletion" => ActivityMethod.MeanCompletion,
                    _ => ActivityMethod.DoneShare,
                }), true, null);
            case "activitydonecount" when workSheetPresent && target > 0m:
                return (new ActivityKind(ActivityMethod.DoneCount, target), true, null);
            case "linear" or "increase" or "decrease" or "reach" when target is not null:
                return (Linear(kindName, start, target.Value, unit), true, current ?? Derived(start, target.Value, progress));
            case "":
                break;
            default:
                carriedElsewhere = IsCarriedElsewhere(kindName);
                if (!carriedElsewhere)
                {
                    problems.Warn(header[WorkbookField.Kind], row.Number, $"the kind '{kindText}' is not one a sheet carries (percentage, linear, increase, decrease, reach, binary); read from the values instead.");
                }

                break;
        }

        if (target is { } t)
        {
            return (Linear(string.Empty, start, t, unit), false, current ?? Derived(start, t, progress));
        }

        if (progress is { } percent)
        {
            return (new PercentageKind(), false, percent);
        }

        if (uncalculated)
        {
            problems.Error(header[WorkbookField.Progress], row.Number, "the progress formula has no calculated value and the row has no target to derive it from (start, target and current); open and save the workbook in Excel to calculate it.");
            return (null, false, null);
        }

        if (current is { } c)
        {
            problems.Warn(header[WorkbookField.Current], row.Number, "a current value without a target: read as a baseline key result (not scored until it gets a target).");
            return (new BaselineKind(unit), false, c);
        }

        if (carriedElsewhere)
        {
            // A kind the writer named, with no progress as of the day: a key result without check-ins shows "not started",
            // a baseline "not scored"; the row's status says which it was.
            bool notStarted = Text(WorkbookField.Status) is { } shown && CellValues.TryStatus(shown, out var status) && status == OkrStatus.NotStarted;
            return (notStarted ? new PercentageKind() : new BaselineKind(unit), false, null);
        }

        problems.Warn(header.TitleColumn, row.Number, "no target, current value or progress: read as a percentage key result without check-ins (not scored).");
        return (new PercentageKind(), false, null);
    }

    /// <summary>Kinds the workbook writer names but a sheet cannot carry exactly; they are read from the progress.</summary>
    private static bool IsCarriedElsewhere(string kind) =>
        kind.StartsWith("activity", StringComparison.Ordinal) || kind is "threshold" or "range" or "controlkpi" or "milestones" or "cascadedsum" or "baseline";

    private static LinearKind Linear(string named, decimal? start, decimal target, MetricUnit unit)
    {
        decimal from = start ?? 0m;
        return named switch
        {
            "reach" when from == 0m => LinearKind.Reach(target, unit),
            "decrease" when target <= from => LinearKind.Decrease(from, target, unit),
            "increase" when target >= from => LinearKind.Increase(from, target, unit),
            "" when start is null && target >= 0m => LinearKind.Reach(target, unit),
            _ => target >= from ? LinearKind.Increase(from, target, unit) : LinearKind.Decrease(from, target, unit),
        };
    }

    /// <summary>The current value a progress percentage stands for: start + progress × (target − start).</summary>
    private static decimal? Derived(decimal? start, decimal target, decimal? progress) =>
        progress is { } p ? (start ?? 0m) + (p / 100m * (target - (start ?? 0m))) : null;

    private void AddCheckIn(KeyResultDraft draft, decimal value, DateOnly? defaultDay)
    {
        var moment = Day(WorkbookField.Updated);
        if (moment is null && defaultDay is { } day)
        {
            moment = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        if (moment is not { } at)
        {
            int column = header.Has(WorkbookField.Current) ? header[WorkbookField.Current] : header[WorkbookField.Progress];
            problems.Warn(column, row.Number, "the value is not recorded: the row has no check-in date (fill the Updated column or pass CheckInDate).");
            return;
        }

        decimal? confidence = Confidence();
        OkrStatus? status = Status();
        draft.CheckIns.Add(new CheckIn(at, value) { Confidence = confidence, Status = status, Note = Text(WorkbookField.Notes) });
    }

    /// <summary>Whether the row's item counts in its parent's roll-up: false for no, false, 0 or excluded.</summary>
    public bool Counts() => Text(WorkbookField.Counts) is not { } text
        || HeaderNames.Normalize(text) is not ("no" or "false" or "0" or "excluded" or "n");

    public string? Text(WorkbookField field)
    {
        var cell = row[header[field]];
        return cell.IsBlank ? null : cell.AsText().Trim();
    }

    private decimal? Number(WorkbookField field, out bool percent)
    {
        percent = false;
        var cell = row[header[field]];
        if (cell.IsBlank)
        {
            return null;
        }

        if (cell.Kind == CellKind.Error)
        {
            Fail(field, $"holds the Excel error {cell.Text}.");
            return null;
        }

        if (!CellValues.TryNumber(cell, out decimal value, out percent))
        {
            Fail(field, $"'{cell.AsText()}' is not a number.");
            return null;
        }

        return value;
    }

    private decimal? Progress(out bool uncalculated)
    {
        var cell = row[header[WorkbookField.Progress]];
        uncalculated = cell.IsUncalculatedFormula;
        if (cell.IsBlank)
        {
            return null;
        }

        if (cell.Kind == CellKind.Error)
        {
            Fail(WorkbookField.Progress, $"holds the Excel error {cell.Text}.");
            return null;
        }

        if (!CellValues.TryPercent(cell, out decimal percent))
        {
            Fail(WorkbookField.Progress, $"'{cell.AsText()}' is not a percentage.");
            return null;
        }

        return percent;
    }

    private void Fail(WorkbookField field, string problem)
    {
        failed = true;
        problems.Error(header[field], row.Number, $"{Describe(field)} {problem} The row is skipped.");
    }

    private static string Describe(WorkbookField field) => field switch
    {
        WorkbookField.Start => "the start value",
        WorkbookField.Target => "the target",
        WorkbookField.Current => "the current value",
        _ => "the progress",
    };

    private MetricUnit Unit(bool percentFormatted)
    {
        string? text = Text(WorkbookField.Unit);
        if (text is null)
        {
            return percentFormatted ? MetricUnit.Percent : MetricUnit.Number;
        }

        if (CellValues.TryUnit(text, out var unit))
        {
            return unit;
        }

        problems.Warn(header[WorkbookField.Unit], row.Number, $"the unit '{text}' is not number, percent, % or a currency code; read as a plain number.");
        return MetricUnit.Number;
    }

    private ContributionWeight Weight()
    {
        var cell = row[header[WorkbookField.Weight]];
        if (cell.IsBlank)
        {
            return ContributionWeight.Default;
        }

        if (CellValues.TryWeight(cell, out var weight))
        {
            return weight;
        }

        problems.Warn(header[WorkbookField.Weight], row.Number, $"the weight '{cell.AsText()}' is neither a multiplier (2, 2x) nor a share (30%); the default weight is used.");
        return ContributionWeight.Default;
    }

    public DateTimeOffset? Day(WorkbookField field)
    {
        var cell = row[header[field]];
        if (cell.IsBlank)
        {
            return null;
        }

        if (CellValues.TryDay(cell, out var moment))
        {
            return moment;
        }

        problems.Warn(header[field], row.Number, $"'{cell.AsText()}' is not a date (a date cell, or text such as 2026-05-20); ignored.");
        return null;
    }

    private decimal? Confidence()
    {
        var cell = row[header[WorkbookField.Confidence]];
        if (cell.IsBlank)
        {
            return null;
        }

        if (CellValues.TryConfidence(cell, out decimal confidence))
        {
            return confidence;
        }

        problems.Warn(header[WorkbookField.Confidence], row.Number, $"the confidence '{cell.AsText()}' is not 0 to 1, a percentage, a score out of 10 or high/medium/low; ignored.");
        return null;
    }

    private OkrStatus? Status()
    {
        string? text = Text(WorkbookField.Status);
        if (text is null)
        {
            return null;
        }

        if (CellValues.TryStatus(text, out var status))
        {
            return status;
        }

        problems.Warn(header[WorkbookField.Status], row.Number, $"the status '{text}' is not one of on track, behind, at risk, achieved, not started, closed (or green, amber, red); ignored.");
        return null;
    }
}
