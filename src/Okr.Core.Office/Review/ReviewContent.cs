using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Okr.Core.Office;

/// <summary>The review's body: title, as-of line, the counts by status, then one section per objective in outline order.</summary>
internal static class ReviewContent
{
    private static readonly OkrStatus[] StatusOrder = [OkrStatus.OnTrack, OkrStatus.Behind, OkrStatus.AtRisk, OkrStatus.Achieved, OkrStatus.NotStarted, OkrStatus.Closed, OkrStatus.NotScored];

    /// <summary>The shading of a status cell (hex RGB), matching the workbook's fills.</summary>
    private static string Shade(OkrStatus status) => status switch
    {
        OkrStatus.OnTrack => "C6EFCE",
        OkrStatus.Behind => "FFEB9C",
        OkrStatus.AtRisk => "FFC7CE",
        OkrStatus.Achieved => "BDD7EE",
        OkrStatus.Closed => "D9D9D9",
        _ => "EDEDED",
    };

    public static void Append(Body body, Scorecard scorecard, string title)
    {
        var plan = scorecard.Plan;
        body.Append(Styled("Title", title));
        string periods = string.Join(", ", plan.Objectives.Select(o => o.Period).Distinct().Select(PeriodText));
        body.Append(Styled("Subtitle", $"As of {scorecard.AsOf.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}" + (periods.Length > 0 ? $" · {periods}" : string.Empty)));
        body.Append(Styled("Heading1", "At a glance"));
        body.Append(Plain(Glance(scorecard)));
        body.Append(CountsTable(scorecard));
        foreach (var line in PlanTree.Lines(plan))
        {
            if (line.KeyResult is null)
            {
                AppendObjective(body, scorecard, line.Objective, line.Depth);
            }
        }
    }

    private static string PeriodText(Period period) =>
        period.Start.Day == 1 && period.Start.Month % 3 == 1 && period.End == period.Start.AddMonths(3).AddDays(-1)
            ? string.Create(CultureInfo.InvariantCulture, $"Q{((period.Start.Month - 1) / 3) + 1} {period.Start.Year} ({period})")
            : period.ToString();

    private static string Glance(Scorecard scorecard)
    {
        var objectives = scorecard.Plan.Objectives;
        int onTrack = objectives.Count(o => scorecard[o.Id].Status is OkrStatus.OnTrack or OkrStatus.Achieved);
        var scored = objectives.Select(o => scorecard[o.Id].Progress).Where(p => p is not null).Select(p => p!.Value.Ratio).ToList();
        string mean = scored.Count == 0 ? "none is scored yet" : $"their mean progress is {Progress.FromRatio(scored.Average()).ToString()}";
        return string.Create(CultureInfo.InvariantCulture, $"{objectives.Length} objective(s) with {scorecard.Plan.KeyResults.Count()} key result(s); {onTrack} objective(s) on track or achieved; {mean}.");
    }

    private static Table CountsTable(Scorecard scorecard)
    {
        var table = NewTable([3000, 2000, 2000]);
        table.Append(HeaderRow("Status", "Objectives", "Key results"));
        var objectives = scorecard.Plan.Objectives.GroupBy(o => scorecard[o.Id].Status).ToDictionary(g => g.Key, g => g.Count());
        var keyResults = scorecard.Plan.KeyResults.GroupBy(k => scorecard[k.Id].Status).ToDictionary(g => g.Key, g => g.Count());
        foreach (var status in StatusOrder)
        {
            int o = objectives.GetValueOrDefault(status);
            int k = keyResults.GetValueOrDefault(status);
            if (o + k == 0)
            {
                continue;
            }

            table.Append(new TableRow(
                Cell(DisplayText.Status(status), Shade(status)),
                Cell(o.ToString(CultureInfo.InvariantCulture)),
                Cell(k.ToString(CultureInfo.InvariantCulture))));
        }

        return table;
    }

    private static void AppendObjective(Body body, Scorecard scorecard, Objective objective, int depth)
    {
        var result = scorecard[objective.Id];
        body.Append(Styled(depth == 0 ? "Heading1" : "Heading2", objective.Title));
        string expected = result.ExpectedProgress is { } e ? $" (expected {e})" : string.Empty;
        string score = result.Score.Value is { } s ? $" · score {s.ToString("0.00", CultureInfo.InvariantCulture)}" : string.Empty;
        string owner = objective.Owner is { } who ? $" · owner {who}" : string.Empty;
        var summary = new Paragraph(
            StatusRun(result.Status),
            TextRun($"  progress {DisplayText.Percent(result.Progress)}{expected}{score}{owner}"));
        body.Append(summary);
        if (!objective.KeyResults.IsEmpty)
        {
            body.Append(KeyResultsTable(scorecard, objective));
        }

        body.Append(Styled("Explanation", scorecard.Explain(objective.Id).Summary));
    }

    private static Table KeyResultsTable(Scorecard scorecard, Objective objective)
    {
        // The A4 text width (9,638 twips); Progress and Confidence wide enough for their 8-point bold headers on one line.
        var table = NewTable([2300, 1400, 1000, 1050, 1100, 1200, 1588]);
        table.Append(HeaderRow("Key result", "Value / target", "Progress", "Status", "Owner", "Confidence", "Last note"));
        foreach (var keyResult in objective.KeyResults)
        {
            var result = scorecard[keyResult.Id];
            var last = keyResult.LatestCheckInAsOf(scorecard.AsOf);
            table.Append(new TableRow(
                Cell(keyResult.Title),
                Cell(DisplayText.ValueAgainstTarget(keyResult, result.Value)),
                Cell(DisplayText.Percent(result.Progress)),
                Cell(DisplayText.Status(result.Status), Shade(result.Status)),
                Cell(keyResult.Owner ?? string.Empty),
                Cell(result.Confidence is { } c ? Progress.FromRatio(c).ToString() : string.Empty),
                Cell(last?.Note ?? string.Empty)));
        }

        return table;
    }

    private static Table NewTable(int[] widths)
    {
        var properties = new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa }));
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));
        return new Table(properties, grid);
    }

    private static TableRow HeaderRow(params string[] titles)
    {
        var row = new TableRow(new TableRowProperties(new TableHeader()));
        foreach (string title in titles)
        {
            row.Append(Cell(title, "D9E1F2", bold: true, size: "16"));
        }

        return row;
    }

    private static TableCell Cell(string text, string? shade = null, bool bold = false, string size = "18")
    {
        var properties = new TableCellProperties();
        if (shade is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shade });
        }

        var run = TextRun(text, size);
        if (bold)
        {
            run.RunProperties!.PrependChild(new Bold());
        }

        return new TableCell(properties, new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), run));
    }

    private static Run StatusRun(OkrStatus status)
    {
        var run = TextRun(" " + DisplayText.Status(status) + " ");
        run.RunProperties!.Append(new Bold(), new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Shade(status) });
        return run;
    }

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), TextRun(text));

    private static Paragraph Plain(string text) => new(TextRun(text));

    private static Run TextRun(string text, string? size = null)
    {
        var properties = new RunProperties();
        if (size is not null)
        {
            properties.Append(new FontSize { Val = size });
        }

        return new Run(properties, new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static string Clean(string text) =>
        text.Any(c => c < ' ' && c is not '\t') ? new string([.. text.Where(c => c >= ' ' || c == '\t')]) : text;
}
