
namespace Okr.Core.Office;

/// <summary>The check-ins sheet: every check-in of every key result in recorded order, with its exact moment (ISO 8601)
/// so the workbook reads back into the same history, and its day as a date for filtering.</summary>
internal static class CheckInsSheet
{
    private static readonly double[] Widths = [18, 40, 30, 27, 12, 10, 11, 12, 40, 16, 11];

    public static void Write(System.Xml.XmlWriter part, OkrPlan plan)
    {
        using var sheet = new SheetWriter(part, Widths, selected: false, summaryAbove: false, maxOutlineLevel: 0);
        sheet.Header("Key result id", "Key result", "Objective", "At", "Day", "Value", "Confidence", "Status", "Note", "Author", "Source");
        foreach (var objective in plan.Objectives)
        {
            foreach (var keyResult in objective.KeyResults)
            {
                foreach (var checkIn in keyResult.CheckIns)
                {
                    sheet.StartRow(0);
                    sheet.Text(0, keyResult.Id);
                    sheet.Text(1, keyResult.Title);
                    sheet.Text(2, objective.Title);
                    sheet.Formatted(3, checkIn.At, "o");
                    sheet.Day(4, checkIn.Day);
                    sheet.Number(5, checkIn.Value);
                    sheet.Number(6, checkIn.Confidence, WorkbookStyles.Percent);
                    sheet.Text(7, checkIn.Status is { } status ? DisplayText.Status(status) : null);
                    sheet.Text(8, checkIn.Note, WorkbookStyles.Wrap);
                    sheet.Text(9, checkIn.Author);
                    sheet.Text(10, checkIn.Source.ToString());
                    sheet.EndRow();
                }
            }
        }

        sheet.Finish(autoFilter: true);
    }
}
