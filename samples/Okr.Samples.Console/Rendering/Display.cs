using System.Globalization;
using Okr.Core;
using Okr.Core.Scoring;

namespace Okr.Samples.Cli.Rendering;

/// <summary>How numbers, statuses and bars are shown: culture-invariant text and Spectre markup.</summary>
internal static class Display
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A progress as a whole-or-one-decimal percentage, or "not scored".</summary>
    public static string Percent(Progress? progress) =>
        progress is { } p ? Math.Round(p.Percent, 1, MidpointRounding.AwayFromZero).ToString("0.#", Invariant) + "%" : "not scored";

    /// <summary>A score with two decimals, or a dash.</summary>
    public static string Score(decimal? score) => score is { } s ? s.ToString("0.00", Invariant) : "-";

    /// <summary>
    /// A number as people write it in text, culture-invariant: millions and billions as <c>2.56M</c> and <c>1.20B</c>,
    /// thousands grouped (<c>53,972.22</c>, <c>3,500</c>), otherwise at most two decimals without trailing zeros; a dash for
    /// none. <paramref name="whole"/> rounds to a whole number (a count). JSON output keeps the exact decimals.
    /// </summary>
    public static string Number(decimal? value, bool whole = false) => value is { } v ? NumberText(v, Scale(v), whole) : "-";

    /// <summary>
    /// A value against its target in the target's scale and unit: <c>2.56M of 3.00M USD</c>, <c>3 of 5</c>,
    /// <c>88, target 65</c> (a decrease).
    /// </summary>
    public static string ValueOfTarget(decimal? value, decimal target, MetricUnit unit, bool downward = false, bool whole = false)
    {
        decimal scale = Scale(Math.Max(Math.Abs(target), Math.Abs(value ?? 0m)));
        string percent = unit.Kind == UnitKind.Percent ? "%" : string.Empty;
        string v = value is { } x ? NumberText(x, scale, whole) + percent : "no value yet";
        string t = NumberText(target, scale, whole);
        return (downward ? $"{v}, target {t}" : $"{v} of {t}") + UnitSuffix(unit);
    }

    /// <summary>An amount with its unit: <c>2.56M USD</c>, <c>35%</c>, <c>7</c>.</summary>
    public static string Amount(decimal? value, MetricUnit unit, bool whole = false) =>
        value is { } v ? Number(v, whole) + UnitSuffix(unit) : "-";

    /// <summary>The unit after a number: <c>" USD"</c>, <c>"%"</c> or nothing.</summary>
    public static string UnitSuffix(MetricUnit unit) => unit.Kind switch
    {
        UnitKind.Currency => " " + unit.CurrencyCode,
        UnitKind.Percent => "%",
        _ => string.Empty,
    };

    private static decimal Scale(decimal magnitude) => Math.Abs(magnitude) switch
    {
        >= 1_000_000_000m => 1_000_000_000m,
        >= 1_000_000m => 1_000_000m,
        _ => 1m,
    };

    private static string NumberText(decimal value, decimal scale, bool whole)
    {
        if (scale > 1m)
        {
            string suffix = scale >= 1_000_000_000m ? "B" : "M";
            return Math.Round(value / scale, 2, MidpointRounding.AwayFromZero).ToString("0.00", Invariant) + suffix;
        }

        decimal rounded = Math.Round(value, whole ? 0 : 2, MidpointRounding.AwayFromZero);
        return rounded.ToString(Math.Abs(rounded) >= 1_000m ? "#,0.##" : "0.##", Invariant);
    }

    /// <summary>A day as yyyy-MM-dd.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", Invariant);

    /// <summary>A status in words: "on track", "at risk".</summary>
    public static string Status(OkrStatus status) => status switch
    {
        OkrStatus.NotScored => "not scored",
        OkrStatus.NotStarted => "not started",
        OkrStatus.OnTrack => "on track",
        OkrStatus.Behind => "behind",
        OkrStatus.AtRisk => "at risk",
        OkrStatus.Achieved => "achieved",
        OkrStatus.Closed => "closed",
        _ => status.ToString(),
    };

    /// <summary>The Spectre colour of a status (health): green on track, yellow behind, red at risk.</summary>
    public static string StatusColor(OkrStatus status) => status switch
    {
        OkrStatus.OnTrack => "green",
        OkrStatus.Achieved => "deepskyblue1",
        OkrStatus.Behind => "yellow",
        OkrStatus.AtRisk => "red",
        OkrStatus.Closed => "blue",
        _ => "grey",
    };

    /// <summary>The CSS colour of a status for the HTML report.</summary>
    public static string StatusCss(OkrStatus status) => status switch
    {
        OkrStatus.OnTrack => "#2e7d32",
        OkrStatus.Achieved => "#0277bd",
        OkrStatus.Behind => "#f9a825",
        OkrStatus.AtRisk => "#c62828",
        OkrStatus.Closed => "#3949ab",
        _ => "#9e9e9e",
    };

    /// <summary>A status as coloured markup.</summary>
    public static string StatusMarkup(OkrStatus status) => $"[{StatusColor(status)}]{Status(status)}[/]";

    /// <summary>A text progress bar of <paramref name="width"/> cells (progress capped to 0..1 for drawing).</summary>
    public static string Bar(Progress? progress, int width = 12)
    {
        if (progress is not { } p)
        {
            return new string('·', width);
        }

        int filled = (int)Math.Round(Math.Clamp(p.Ratio, 0m, 1m) * width, MidpointRounding.AwayFromZero);
        return new string('█', filled) + new string('░', width - filled);
    }

    /// <summary>A bar as markup coloured by status.</summary>
    public static string BarMarkup(Progress? progress, OkrStatus status, int width = 12) =>
        $"[{StatusColor(status)}]{Bar(progress, width)}[/]";

    /// <summary>The kind of an item in words.</summary>
    public static string Kind(OkrItemKind kind) => kind switch
    {
        OkrItemKind.Objective => "objective",
        OkrItemKind.KeyResult => "key result",
        OkrItemKind.Initiative => "initiative",
        _ => "task",
    };

    /// <summary>The kind of an item with its article: "an objective", "a key result".</summary>
    public static string KindWithArticle(OkrItemKind kind) => (kind is OkrItemKind.Objective or OkrItemKind.Initiative ? "an " : "a ") + Kind(kind);

    /// <summary>Parses a day in yyyy-MM-dd form.</summary>
    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out day);

    /// <summary>Parses a culture-invariant decimal.</summary>
    public static bool TryParseNumber(string? text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, Invariant, out value);
}
