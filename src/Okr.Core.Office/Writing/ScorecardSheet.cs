using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Okr.Core.Office;

/// <summary>
/// The scorecard sheet: the plan's outline (objectives, their key results, aligned objectives beneath) grouped by
/// outline level and indented, with progress as a percent with data bars, expected progress, status with its fill,
/// score, owner, value against target, the start, target and current values with unit and kind (so the sheet reads
/// back), confidence and the last check-in.
/// </summary>
internal static class ScorecardSheet
{
    public static readonly string[] Headers =
    [
        "Type", "Id", "Title", "Owner", "Progress", "Expected", "Status", "Score", "Value vs target", "Start", "Target", "Current",
        "Unit", "Kind", "Confidence", "Last check-in", "Weight", "Counts", "Period", "Aligned to", "Last note",
    ];

    private static readonly double[] Widths = [12, 18, 48, 16, 11, 10, 12, 8, 24, 9, 9, 9, 8, 11, 11, 13, 8, 8, 23, 22, 40];

    public static void Write(System.Xml.XmlWriter part, Scorecard scorecard)
    {
        var lines = PlanTree.Lines(scorecard.Plan);
        int maxDepth = MaxDepth(scorecard.Plan);
        using var sheet = new SheetWriter(part, Widths, selected: true, summaryAbove: true, maxOutlineLevel: maxDepth);
        sheet.Header(Headers);
        foreach (var line in lines)
        {
            if (line.KeyResult is { } keyResult)
            {
                WriteKeyResult(sheet, scorecard, keyResult, line.Depth);
            }
            else
            {
                WriteObjective(sheet, scorecard, line.Objective, line.Depth);
            }
        }

        string progressRange = $"E2:E{Math.Max(sheet.Rows, 2)}";
        sheet.Finish(autoFilter: true, DataBars(progressRange));
    }

    private static void WriteObjective(SheetWriter sheet, Scorecard scorecard, Objective objective, int depth)
    {
        var score = scorecard[objective.Id];
        sheet.StartRow(depth);
        sheet.Text(0, "Objective", WorkbookStyles.Bold);
        sheet.Text(1, objective.Id);
        sheet.Text(2, objective.Title, WorkbookStyles.Title(depth, bold: true));
        sheet.Text(3, objective.Owner);
        WriteScore(sheet, score);
        sheet.Text(16, objective.Weight == ContributionWeight.Default ? null : objective.Weight.ToString());
        sheet.Text(17, objective.Contributes ? null : "no");
        sheet.Text(18, objective.Period.ToString());
        sheet.Text(19, objective.Alignment.Kind == AlignmentKind.None ? null : objective.Alignment.ToString());
        sheet.EndRow();
    }

    private static void WriteKeyResult(SheetWriter sheet, Scorecard scorecard, KeyResult keyResult, int depth)
    {
        var score = scorecard[keyResult.Id];
        var last = keyResult.LatestCheckInAsOf(scorecard.AsOf);
        sheet.StartRow(depth);
        sheet.Text(0, "Key result");
        sheet.Text(1, keyResult.Id);
        sheet.Text(2, keyResult.Title, WorkbookStyles.Title(depth, bold: false));
        sheet.Text(3, keyResult.Owner);
        WriteScore(sheet, score);
        sheet.Text(8, DisplayText.ValueAgainstTarget(keyResult, score.Value), WorkbookStyles.Spaced);
        if (keyResult.Kind is LinearKind linear)
        {
            sheet.Number(9, linear.Start);
            sheet.Number(10, linear.Target);
        }
        else if (keyResult.Kind is ActivityKind { TargetCount: { } count })
        {
            sheet.Number(10, count);
        }

        if (DisplayText.IsCarried(keyResult.Kind))
        {
            sheet.Number(11, score.Value);
        }

        if (keyResult.Kind.Unit.Kind != UnitKind.Number)
        {
            // Indented one step: a gap after the right-aligned current value before it.
            sheet.Text(12, keyResult.Kind.Unit.ToString(), WorkbookStyles.Spaced);
        }

        sheet.Text(13, KindName(keyResult.Kind));
        sheet.Number(14, score.Confidence, WorkbookStyles.Percent);
        sheet.Day(15, last?.Day);
        sheet.Text(16, keyResult.Weight == ContributionWeight.Default ? null : keyResult.Weight.ToString());
        sheet.Text(17, keyResult.Contributes ? null : "no");
        sheet.Text(20, last?.Note, WorkbookStyles.Wrap);
        sheet.EndRow();
    }

    private static void WriteScore(SheetWriter sheet, ItemResult score)
    {
        sheet.Number(4, score.Progress?.Ratio, WorkbookStyles.Percent);
        sheet.Number(5, score.ExpectedProgress?.Ratio, WorkbookStyles.Percent);
        sheet.Text(6, DisplayText.Status(score.Status), WorkbookStyles.Status(score.Status));
        sheet.Number(7, score.Score.Value, WorkbookStyles.Decimal2);
    }

    /// <summary>The name in the Kind column: the direction of a linear key result, else the kind's discriminator.</summary>
    internal static string KindName(KeyResultKind kind) => kind switch
    {
        LinearKind { Direction: LinearDirection.Increase } => "increase",
        LinearKind { Direction: LinearDirection.Decrease } => "decrease",
        LinearKind => "reach",
        ActivityKind { Method: ActivityMethod.EffortWeighted } => "activity: effort-weighted",
        ActivityKind { Method: ActivityMethod.DoneCount } => "activity: done count",
        ActivityKind { Method: ActivityMethod.MeanCompletion } => "activity: mean completion",
        _ => kind.Discriminator,
    };

    private static int MaxDepth(OkrPlan plan)
    {
        int max = 0;
        foreach (var line in PlanTree.Lines(plan))
        {
            max = Math.Max(max, line.Depth);
        }

        return max;
    }

    private static ConditionalFormatting DataBars(string range) =>
        new(new ConditionalFormattingRule(
            new DataBar(
                new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Number, Val = "0" },
                new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Number, Val = "1" },
                new Color { Rgb = HexBinaryValue.FromString("FF5B9BD5") }))
        { Type = ConditionalFormatValues.DataBar, Priority = 1 })
        { SequenceOfReferences = new ListValue<StringValue> { InnerText = range } };
}
