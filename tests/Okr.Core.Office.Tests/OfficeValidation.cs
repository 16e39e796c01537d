using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Okr.Core.Office.Tests;

/// <summary>Checks written packages with the Open XML SDK's validator (Office 2019 schema).</summary>
internal static class OfficeValidation
{
    public static void AssertValidWorkbook(Stream stream)
    {
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        AssertNoErrors(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
    }

    public static void AssertValidDocument(Stream stream)
    {
        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);
        AssertNoErrors(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
    }

    private static void AssertNoErrors(IEnumerable<ValidationErrorInfo> errors)
    {
        var list = errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(list.Count == 0, "validation errors:\n" + string.Join("\n", list));
    }
}
