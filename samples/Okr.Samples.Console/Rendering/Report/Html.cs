using System.Globalization;
using System.Net;
using Okr.Core;

namespace Okr.Samples.Cli.Rendering.Report;

/// <summary>Small pieces of the HTML report: escaping, status pills, progress bars, ids that never wrap.</summary>
internal static class Html
{
    /// <summary>Escapes text for HTML and XML alike.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>An id in monospace that never wraps mid-token.</summary>
    public static string Id(string id) => $"<span class=\"id\">{E(id)}</span>";

    /// <summary>A status as a coloured pill with its words.</summary>
    public static string Status(OkrStatus status) =>
        $"<span class=\"status s-{Css(status)}\">{E(Display.Status(status))}</span>";

    /// <summary>The CSS class suffix of a status: on-track, at-risk...</summary>
    public static string Css(OkrStatus status) => Display.Status(status).Replace(' ', '-');

    /// <summary>A progress bar (inline SVG, scaled to <paramref name="width"/> pixels), filled in the status colour.</summary>
    public static string Bar(Progress? progress, OkrStatus status, int width = 120) => Bar(progress, Display.StatusCss(status), width);

    /// <summary>A progress bar filled in <paramref name="fill"/> (a CSS colour): for numbers without a status.</summary>
    public static string Bar(Progress? progress, string fill, int width)
    {
        int filled = progress is { } p ? (int)Math.Round(Math.Clamp(p.Ratio, 0m, 1m) * width, MidpointRounding.AwayFromZero) : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar\" width=\"{width}\" height=\"10\" viewBox=\"0 0 {width} 10\" role=\"img\" aria-label=\"{E(Display.Percent(progress))}\">"
            + $"<rect width=\"{width}\" height=\"10\" rx=\"3\" fill=\"#e6e6e6\" />"
            + $"<rect width=\"{filled}\" height=\"10\" rx=\"3\" fill=\"{fill}\" /></svg>");
    }
}
