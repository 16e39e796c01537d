
namespace Okr.Core.Office;

/// <summary>The About sheet: the as-of day, what the plan holds, the scoring rules in words, and the scoring
/// configuration as JSON (read back so the plan scores the same).</summary>
internal static class AboutSheet
{
    private static readonly double[] Widths = [30, 100];

    public static void Write(System.Xml.XmlWriter part, Scorecard scorecard)
    {
        var plan = scorecard.Plan;
        var scoring = plan.Scoring;
        using var sheet = new SheetWriter(part, Widths, selected: false, summaryAbove: false, maxOutlineLevel: 0);
        sheet.Header("About", "OKR scorecard written by Okr.Core.Office");
        Row(sheet, CompanionSheets.AsOfLabel, null, day: scorecard.AsOf);
        Row(sheet, "Periods", string.Join(", ", plan.Objectives.Select(o => o.Period).Distinct().Select(p => p.ToString())));
        Row(sheet, "Items", string.Create(CultureInfo.InvariantCulture, $"{plan.Objectives.Length} objectives, {plan.KeyResults.Count()} key results, {plan.Initiatives.Count()} initiatives, {plan.WorkItems.Count()} tasks"));
        Row(sheet, "Progress rule", $"{scoring.Progress}: 0% is a key result's start, 100% its target; below 0% it moved the wrong way, above 100% it went past the target.");
        Row(sheet, "Roll-up rule", $"{scoring.Rollup}: an objective's progress comes from its key results (and aligned objectives), with their weights.");
        Row(sheet, "Key result status rule", $"{scoring.KeyResultStatus}: progress against the expected progress as of the day (the share of the period elapsed).");
        Row(sheet, "Objective status rule", scoring.ObjectiveStatus.ToString());
        Row(sheet, "Score rule", $"{scoring.Score}: the end-of-period grade of the progress.");
        Row(sheet, "Sheets", "Scorecard: the outline of objectives and key results (group levels on the left). Check-ins: every check-in. Initiatives & tasks: the work and its state.");
        Row(sheet, CompanionSheets.ScoringLabel, OkrJson.Serialize(new OkrPlan([], scoring)));
        sheet.Finish(autoFilter: false);
    }

    private static void Row(SheetWriter sheet, string label, string? text, DateOnly? day = null)
    {
        sheet.StartRow(0);
        sheet.Text(0, label, WorkbookStyles.Bold);
        if (day is { } d)
        {
            sheet.Day(1, d);
        }
        else
        {
            sheet.Text(1, text, WorkbookStyles.Wrap);
        }

        sheet.EndRow();
    }
}
