namespace Okr.Core.Office;

/// <summary>The initiatives-and-tasks sheet: each initiative (with its status and completion as scored) and, grouped
/// and indented beneath it, its tasks with their dates and states, plus what reads them back exactly: the entered
/// percent complete, the weight and whether the item counts.</summary>
internal static class InitiativesSheet
{
    public static readonly string[] Headers =
    [
        "Type", "Id", "Title", "Key result id", "Owner", "State", "Progress", "Start", "Due", "Completed", "Effort", "Depends on",
        "% complete (entered)", "Weight", "Counts",
    ];

    private static readonly double[] Widths = [11, 18, 44, 18, 16, 12, 11, 12, 12, 12, 8, 24, 12, 8, 8];

    public static void Write(System.Xml.XmlWriter part, Scorecard scorecard)
    {
        using var sheet = new SheetWriter(part, Widths, selected: false, summaryAbove: true, maxOutlineLevel: 1);
        sheet.Header(Headers);
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
                WriteShared(sheet, initiative.PercentComplete, initiative.Weight, initiative.Contributes);
                sheet.EndRow();
                foreach (var task in initiative.WorkItems)
                {
                    WriteTask(sheet, scorecard.AsOf, keyResult, task);
                }
            }
        }

        sheet.Finish(autoFilter: true);
    }

    private static void WriteTask(SheetWriter sheet, DateOnly asOf, KeyResult keyResult, WorkItem task)
    {
        sheet.StartRow(1);
        sheet.Text(0, "Task");
        sheet.Text(1, task.Id);
        sheet.Text(2, task.Title, WorkbookStyles.Title(1, bold: false));
        sheet.Text(3, keyResult.Id);
        sheet.Text(4, task.Assignee);
        sheet.Text(5, DisplayText.State(task.State));
        sheet.Number(6, task.CompletionAsOf(asOf), WorkbookStyles.Percent);
        sheet.Day(7, task.Start);
        sheet.Day(8, task.Due);
        sheet.Day(9, task.CompletedOn);
        sheet.Number(10, task.Effort);
        sheet.Joined(11, task.DependsOn);
        WriteShared(sheet, task.PercentComplete, ContributionWeight.Default, contributes: true);
        sheet.EndRow();
    }

    private static void WriteShared(SheetWriter sheet, decimal? percentComplete, ContributionWeight weight, bool contributes)
    {
        sheet.Number(12, percentComplete / 100m, WorkbookStyles.Percent);
        sheet.Text(13, weight == ContributionWeight.Default ? null : weight.ToString());
        sheet.Text(14, contributes ? null : "no");
    }
}
