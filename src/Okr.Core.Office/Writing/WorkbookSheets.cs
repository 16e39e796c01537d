namespace Okr.Core.Office;

/// <summary>The names of the sheets a written workbook holds.</summary>
internal static class WorkbookSheets
{
    public const string Scorecard = "Scorecard";
    public const string Initiatives = "Initiatives & tasks";
}
