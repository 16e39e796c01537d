namespace Okr.Samples.Cli.Rendering;

/// <summary>Text inside Markdown tables: escaped cells and an indentation that Markdown renderers keep.</summary>
internal static class MarkdownText
{
    /// <summary>The depth as visible text that Markdown renderers keep (they strip leading spaces): "· · ↳ " at depth 3.</summary>
    public static string Indent(int depth) =>
        depth == 0 ? string.Empty : string.Concat(Enumerable.Repeat("· ", depth - 1)) + "↳ ";

    /// <summary>A table cell: pipes escaped, line breaks as spaces.</summary>
    public static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
