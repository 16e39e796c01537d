using System.Globalization;
using System.Text;
using Okr.Core;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Plans;

namespace Okr.Samples.Cli.Rendering.Report;

/// <summary>The top of the report: objectives and key results by status, overall progress, the period and how much of
/// it has elapsed (or that it has ended), and the colour legend.</summary>
internal static class ReportSummary
{
    private static readonly OkrStatus[] Order =
        [OkrStatus.OnTrack, OkrStatus.Achieved, OkrStatus.Behind, OkrStatus.AtRisk, OkrStatus.NotStarted, OkrStatus.Closed, OkrStatus.NotScored];

    public static void Append(StringBuilder html, Scorecard scorecard)
    {
        var plan = scorecard.Plan;
        var outline = PlanOutline.Build(plan);
        var top = outline.Where(r => r.Kind == OkrItemKind.Objective && r.Depth == 0).Select(r => scorecard[r.Id]).ToList();
        var scored = top.Where(s => s.Progress is not null).Select(s => s.Progress!.Value.Ratio).ToList();
        Progress? overall = scored.Count == 0 ? null : Progress.FromRatio(scored.Average());

        html.AppendLine("<section class=\"summary\"><h2>Summary</h2>");
        if (Ended(plan, scorecard.AsOf) is { } ended)
        {
            html.Append("<p class=\"ended\"><strong>The period has ended</strong> (on ").Append(Display.Day(ended))
                .AppendLine("): the numbers are final unless check-ins are still being recorded; expected progress is 100%.</p>");
        }

        html.AppendLine("<div class=\"cards\">");
        html.Append("<div class=\"card\"><div>Overall progress</div><div class=\"big\">").Append(Html.E(Display.Percent(overall))).Append("</div>")
            .Append(Html.Bar(overall, "#455a64", 180))
            .Append("<div class=\"meta\">mean of the ").Append(top.Count).Append(" top-level objective").Append(top.Count == 1 ? string.Empty : "s").AppendLine("</div></div>");
        AppendPeriod(html, plan, scorecard.AsOf);
        AppendCounts(html, "Objectives", plan.Objectives.Select(o => scorecard[o.Id].Status).ToList());
        AppendCounts(html, "Key results", plan.KeyResults.Select(k => scorecard[k.Id].Status).ToList());
        html.AppendLine("</div>");
        AppendLegend(html);
        html.AppendLine("</section>");
    }

    /// <summary>The day every objective's period ended, when the as-of day is that day or later (scores are as of the
    /// end of the day); otherwise null.</summary>
    public static DateOnly? Ended(OkrPlan plan, DateOnly asOf) =>
        !plan.Objectives.IsEmpty && plan.Objectives.Max(o => o.Period.End) is var end && asOf >= end ? end : null;

    private static void AppendPeriod(StringBuilder html, OkrPlan plan, DateOnly asOf)
    {
        if (plan.Objectives.IsEmpty)
        {
            return;
        }

        var start = plan.Objectives.Min(o => o.Period.Start);
        var end = plan.Objectives.Max(o => o.Period.End);
        int length = end.DayNumber - start.DayNumber + 1;
        int elapsed = Math.Clamp(asOf.DayNumber - start.DayNumber + 1, 0, length);
        var fraction = Progress.FromRatio((decimal)elapsed / length);
        html.Append("<div class=\"card\"><div>Period</div><div class=\"big\">").Append("<span class=\"nowrap\">").Append(Display.Day(start)).Append("</span> to <span class=\"nowrap\">").Append(Display.Day(end)).Append("</span></div>")
            .Append(Html.Bar(fraction, "#90a4ae", 180))
            .Append("<div class=\"meta\">")
            .Append(asOf < start ? "not started yet"
                : asOf >= end ? "ended: all " + length.ToString(CultureInfo.InvariantCulture) + " days elapsed"
                : string.Create(CultureInfo.InvariantCulture, $"day {elapsed} of {length}, {Display.Percent(fraction)} elapsed"))
            .AppendLine("</div></div>");
    }

    private static void AppendCounts(StringBuilder html, string label, List<OkrStatus> statuses)
    {
        html.Append("<div class=\"card\"><div>").Append(label).Append("</div><div class=\"big\">").Append(statuses.Count).Append("</div><ul>");
        foreach (var status in Order)
        {
            int count = statuses.Count(s => s == status);
            if (count > 0)
            {
                html.Append("<li>").Append(Html.Status(status)).Append(' ').Append(count).Append("</li>");
            }
        }

        html.AppendLine("</ul></div>");
    }

    private static void AppendLegend(StringBuilder html)
    {
        html.AppendLine("<div class=\"legend\" aria-label=\"colour legend\">");
        foreach (var (status, meaning) in new[]
        {
            (OkrStatus.OnTrack, "at or ahead of the pace expected by now"),
            (OkrStatus.Behind, "short of the expected pace"),
            (OkrStatus.AtRisk, "far short of the expected pace"),
            (OkrStatus.Achieved, "target reached"),
            (OkrStatus.NotStarted, "no progress or not started"),
            (OkrStatus.Closed, "closed by its owner"),
        })
        {
            html.Append("<span>").Append(Html.Status(status)).Append(' ').Append(Html.E(meaning)).AppendLine("</span>");
        }

        html.AppendLine("</div>");
    }
}
