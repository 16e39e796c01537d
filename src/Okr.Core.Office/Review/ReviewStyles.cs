using DocumentFormat.OpenXml.Wordprocessing;

namespace Okr.Core.Office;

/// <summary>The review document's styles: Normal, Title, Subtitle, Heading 1 and 2, and a caption for explanations.</summary>
internal static class ReviewStyles
{
    public static Styles Build() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                new FontSize { Val = "21" },
                new Languages { Val = "en-US" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "100", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", null, null, isDefault: true),
        Paragraph("Title", "Title", new RunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "44" }), new ParagraphProperties(new SpacingBetweenLines { After = "60" })),
        Paragraph("Subtitle", "Subtitle", new RunProperties(new Color { Val = "595959" }, new FontSize { Val = "24" }), new ParagraphProperties(new SpacingBetweenLines { After = "240" })),
        Paragraph("Heading1", "heading 1", new RunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "30" }), new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "360", After = "80" }, new OutlineLevel { Val = 0 })),
        Paragraph("Heading2", "heading 2", new RunProperties(new Bold(), new Color { Val = "2F5496" }, new FontSize { Val = "25" }), new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "60" }, new OutlineLevel { Val = 1 })),
        Paragraph("Explanation", "Explanation", new RunProperties(new Italic(), new Color { Val = "595959" }, new FontSize { Val = "19" }), new ParagraphProperties(new SpacingBetweenLines { Before = "80", After = "160" })));

    private static Style Paragraph(string id, string name, RunProperties? run, ParagraphProperties? paragraph, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (!isDefault)
        {
            style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle());
        }
        else
        {
            style.Append(new PrimaryStyle());
        }

        if (paragraph is not null)
        {
            style.Append(new StyleParagraphProperties(paragraph.Elements().Select(e => e.CloneNode(true))));
        }

        if (run is not null)
        {
            style.Append(new StyleRunProperties(run.Elements().Select(e => e.CloneNode(true))));
        }

        return style;
    }
}
