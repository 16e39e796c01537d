using DocumentFormat.OpenXml.Packaging;

namespace Okr.Core.Office;

/// <summary>The initiatives-and-tasks sheet: each initiative (with its completion as scored) and, grouped and indented
/// beneath it, its tasks with their dates and states.</summary>
internal static class InitiativesSheet
{
    private static readonly double[] Widths = [11, 18, 44, 18, 16, 12, 11, 12, 12, 12, 8, 24];

    public static void Write(WorksheetPart part, Scorecard scorecard)
    {
        using var sheet = new SheetWriter(part, Widths, selected: false, summaryAbove: true, maxOutlineLevel: 1);
        sheet.Header("Type", "Id", "Title", "Key result id", "Owner", "State", "Progress", "Start", "Due", "Completed", "Effort", "Depends on");
        foreach (var keyResult in scorecard.Plan.KeyResults)
        {
            foreach (var initiative in keyResult.Initiatives)
            {
                var score = scorecard[initiative.Id];
                sheet.StartRow(0);
                sheet.Text(0, "Initiative", WorkbookStyles.Bold);
                sheet.Text(1, initiative.Id);
                sheet.Text(2, initiative.Title, WorkbookStyles.Title(0, bold: true));
                sheet.Text(3, keyResult.Id);
                sheet.Text(4, initiative.Owner);
                sheet.Text(5, DisplayText.Status(score.Status), WorkbookStyles.Status(score.Status));
                sheet.Number(6, score.Progress?.Ratio, WorkbookStyles.Percent);
                sheet.Day(7, initiative.Start);
                sheet.Day(8, initiative.Due);
                sheet.EndRow();
                foreach (var task in initiative.WorkItems)
                {
                    sheet.StartRow(1);
                    sheet.Text(0, "Task");
                    sheet.Text(1, task.Id);
                    sheet.Text(2, task.Title, WorkbookStyles.Title(1, bold: false));
                    sheet.Text(3, keyResult.Id);
                    sheet.Text(4, task.Assignee);
                    sheet.Text(5, DisplayText.State(task.State));
                    sheet.Number(6, task.CompletionAsOf(scorecard.AsOf), WorkbookStyles.Percent);
                    sheet.Day(7, task.Start);
                    sheet.Day(8, task.Due);
                    sheet.Day(9, task.CompletedOn);
                    sheet.Number(10, task.Effort);
                    sheet.Text(11, task.DependsOn.IsDefaultOrEmpty ? null : string.Join(", ", task.DependsOn));
                    sheet.EndRow();
                }
            }
        }

        sheet.Finish(autoFilter: true);
    }
}
