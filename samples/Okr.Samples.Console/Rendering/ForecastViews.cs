using System.Globalization;
using System.Text;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Plans;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Okr.Samples.Cli.Rendering;

/// <summary>
/// The scorecard with the forecast columns (<c>score --forecast</c>): for each objective and key result, its progress
/// now, the progress (and value) projected to its period's end with the band, the day its target is reached at that rate,
/// and how long ago it was last checked in (stale past the plan's threshold). Items without a forecast say why.
/// </summary>
internal static class ForecastViews
{
    /// <summary>The table, fitted to <paramref name="width"/>.</summary>
    public static IRenderable Table(PlanForecast forecast, PlanStaleness staleness, int width)
    {
        var scorecard = forecast.Scorecard;
        var table = new FitTable { Title = $"Scorecard and forecast as of {Display.Day(scorecard.AsOf)}", FirstColumnFirst = true }
            .Column("item").Column("progress", keep: 5).Column("status", keep: 3)
            .Column("at period end").Column("band", keep: FitTable.Optional)
            .Column("reaches target", keep: 6).Column("last check-in", keep: 4);
        foreach (var row in Rows(scorecard))
        {
            var s = scorecard[row.Id];
            var f = forecast[row.Id];
            string indent = new(' ', 2 * row.Depth);
            string title = row.Kind == OkrItemKind.Objective ? $"[bold]{Markup.Escape(row.Title)}[/]" : Markup.Escape(row.Title);
            table.Row(
                $"{indent}{title}\n{indent}[grey]{Markup.Escape(row.Id)}[/]",
                $"{Display.BarMarkup(s.Progress, s.Status, 10)} {Display.Percent(s.Progress)}",
                Display.StatusMarkup(s.Status),
                f.IsForecast ? Markup.Escape(Projected(scorecard, f)) : "[grey]not forecast[/]",
                Band(f),
                Markup.Escape(Reach(f)),
                LastCheckInMarkup(staleness, row.Id));
        }

        return table.Render(width);
    }

    /// <summary>One line per item without a forecast, saying why ("kr-ci: a binary key result is done or not: ..."), as markup.</summary>
    public static IEnumerable<string> NotForecastLines(PlanForecast forecast) =>
        forecast.Items.Where(f => !f.IsForecast)
            .Select(f => $"[grey]not forecast:[/] {Markup.Escape(f.Id)}: {Markup.Escape(f.NotForecastReason ?? f.Explanation)}");

    /// <summary>The same as a Markdown table, with the reason of every item that is not forecast and the stale flag as words.</summary>
    public static string Markdown(PlanForecast forecast, PlanStaleness staleness)
    {
        var scorecard = forecast.Scorecard;
        var text = new StringBuilder();
        text.Append("# Scorecard and forecast as of ").AppendLine(Display.Day(scorecard.AsOf)).AppendLine();
        text.AppendLine("| item | id | progress | status | at period end | band | reaches target | days since check-in | stale | forecast |");
        text.AppendLine("|---|---|---:|---|---:|---:|---|---:|---|---|");
        foreach (var row in Rows(scorecard))
        {
            var s = scorecard[row.Id];
            var f = forecast[row.Id];
            staleness.TryGet(row.Id, out var st);
            text.Append("| ").Append(MarkdownText.Indent(row.Depth)).Append(MarkdownText.Cell(row.Title))
                .Append(" | `").Append(row.Id.Replace("`", "'", StringComparison.Ordinal)).Append("` | ")
                .Append(Display.Percent(s.Progress)).Append(" | ")
                .Append(Display.Status(s.Status)).Append(" | ")
                .Append(f.IsForecast ? MarkdownText.Cell(Projected(scorecard, f)) : "not forecast").Append(" | ")
                .Append(Band(f)).Append(" | ")
                .Append(MarkdownText.Cell(Reach(f))).Append(" | ")
                .Append(st.DaysSinceCheckIn?.ToString(CultureInfo.InvariantCulture) ?? "-").Append(" | ")
                .Append(StaleWords(st)).Append(" | ")
                .Append(MarkdownText.Cell(f.Explanation)).AppendLine(" |");
        }

        return text.ToString();
    }

    /// <summary>The objectives and key results of the outline (initiatives and tasks are not forecast).</summary>
    private static IEnumerable<OutlineRow> Rows(Scorecard scorecard) =>
        PlanOutline.Build(scorecard.Plan).Where(r => r.Kind is OkrItemKind.Objective or OkrItemKind.KeyResult);

    /// <summary>The projected progress, with a key result's projected value in its unit: "83% (7.6 of 8)".</summary>
    private static string Projected(Scorecard scorecard, ItemForecast f)
    {
        string progress = f.Progress is { } p ? Display.Percent(p) : string.Empty;
        if (f.ItemKind != OkrItemKind.KeyResult || f.Value is not { } value || scorecard.Plan.FindKeyResult(f.Id) is not { } keyResult)
        {
            return progress.Length > 0 ? progress : Display.Number(f.Value);
        }

        string amount = ItemText.KeyResultValue(keyResult, value) ?? Display.Amount(value, keyResult.Kind.Unit);
        return progress.Length > 0 ? $"{progress} ({amount})" : amount;
    }

    private static string Band(ItemForecast f) =>
        f.Low is { } l && f.High is { } h ? $"{Display.Percent(l)} to {Display.Percent(h)}" : "-";

    private static string Reach(ItemForecast f) => f.Reach switch
    {
        TargetReach.AlreadyReached when f.ReachesTargetOn is { } day => "reached on " + Display.Day(day),
        TargetReach.WithinPeriod when f.ReachesTargetOn is { } day => Display.Day(day),
        TargetReach.AfterPeriod => f.ReachesTargetOn is { } day ? "after the period (" + Display.Day(day) + ")" : "after the period",
        TargetReach.Never => "never at this rate",
        _ => "-",
    };

    private static string LastCheckInMarkup(PlanStaleness staleness, string id)
    {
        if (!staleness.TryGet(id, out var s))
        {
            return string.Empty;
        }

        if (s.ItemKind == OkrItemKind.Objective)
        {
            return s.StaleKeyResults > 0 ? $"[yellow]{StaleWords(s)}[/]" : string.Empty;
        }

        string days = s.DaysSinceCheckIn is { } d ? DaysAgo(d) : "none yet";
        return s.IsStale ? $"[yellow]{days}, stale[/]" : days;
    }

    private static string DaysAgo(int days) => days switch
    {
        0 => "today",
        1 => "1 day ago",
        _ => string.Create(CultureInfo.InvariantCulture, $"{days} days ago"),
    };

    private static string StaleWords(ItemStaleness s) =>
        s.ItemKind == OkrItemKind.Objective
            ? s.StaleKeyResults > 0 ? string.Create(CultureInfo.InvariantCulture, $"{s.StaleKeyResults} stale key result{(s.StaleKeyResults == 1 ? string.Empty : "s")}") : string.Empty
            : s.IsStale ? "stale" : string.Empty;
}
