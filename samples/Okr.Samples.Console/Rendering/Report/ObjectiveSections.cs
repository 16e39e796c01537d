using System.Text;
using Okr.Core;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Analysis;
using Okr.Samples.Cli.Plans;

namespace Okr.Samples.Cli.Rendering.Report;

/// <summary>
/// One section per objective, in alignment order: its status, progress, score, owner and period; the rules that gave
/// its progress and status, in words; then a table of its key results (value against target with unit, owner,
/// confidence, the last check-in's date and note), each followed by its initiatives and their tasks, then its burn-up
/// chart (progress by week, the expected line, the forecast with its band). Objectives aligned to another say so and
/// get their own section.
/// </summary>
internal static class ObjectiveSections
{
    public static void Append(StringBuilder html, Scorecard scorecard)
    {
        var outline = PlanOutline.Build(scorecard.Plan);
        var rows = outline.ToDictionary(r => r.Id, StringComparer.Ordinal);
        string TitleOf(string id) => rows.TryGetValue(id, out var r) ? r.Title : id;

        html.AppendLine("<h2>Objectives</h2>");
        var trends = ObjectiveTrends.Weekly(scorecard);
        if (trends is null)
        {
            html.Append("<p class=\"meta\">Burn-up charts are left out: they are drawn for plans of up to ").Append(ObjectiveTrends.MaxObjectives)
                .Append(" objectives whose periods need at most ").Append(ObjectiveTrends.MaxDays).AppendLine(" scorings in all.</p>");
        }

        int charts = 0;
        foreach (var objective in outline.Where(r => r.Kind == OkrItemKind.Objective).Select(r => scorecard.Plan.FindObjective(r.Id)!))
        {
            var score = scorecard[objective.Id];
            var explanation = scorecard.Explain(objective.Id);
            html.Append("<section class=\"objective\" id=\"item-").Append(Html.E(objective.Id)).AppendLine("\">");
            html.Append("<div class=\"objective-head\"><h3><span class=\"objective\">").Append(Html.E(objective.Title)).Append("</span></h3>").Append(Html.Status(score.Status))
                .Append(Html.Bar(score.Progress, score.Status)).Append("<strong>").Append(Html.E(Display.Percent(score.Progress))).Append("</strong>")
                .Append(Html.Id(objective.Id)).AppendLine("</div>");
            html.Append("<p class=\"meta\">")
                .Append(score.ExpectedProgress is { } e ? "expected by now " + Html.E(Display.Percent(e)) + " · " : string.Empty)
                .Append("score ").Append(Html.E(Display.Score(score.Score.Value)))
                .Append(objective.Owner is { } owner ? " · owner " + Html.E(owner) : string.Empty)
                .Append(" · period ").Append(Display.Day(objective.Period.Start)).Append(" to ").Append(Display.Day(objective.Period.End))
                .Append(rows[objective.Id].ParentId is { } parent ? $" · aligned to {Html.E(TitleOf(parent))} {Html.Id(parent)}" : string.Empty)
                .AppendLine("</p>");
            html.Append("<p class=\"rule\"><b>Progress:</b> ").Append(Html.E(RuleWords.Progress(explanation)))
                .Append(". <b>Status:</b> ").Append(Html.E(RuleWords.Status(explanation, TitleOf))).AppendLine(".</p>");
            AppendKeyResults(html, scorecard, objective);
            if (trends is not null && trends.TryGetValue(objective.Id, out var trend))
            {
                BurnUpChart.Append(html, trend, ++charts);
            }

            html.AppendLine("</section>");
        }
    }

    private static void AppendKeyResults(StringBuilder html, Scorecard scorecard, Objective objective)
    {
        if (objective.KeyResults.IsEmpty)
        {
            html.AppendLine("<p class=\"meta\">No key results.</p>");
            return;
        }

        html.AppendLine("<table><thead><tr><th>key result</th><th>value</th><th>progress</th><th class=\"opt\">expected</th><th>status</th>"
            + "<th class=\"opt\">owner</th><th>confidence</th><th>last check-in</th></tr></thead><tbody>");
        foreach (var keyResult in objective.KeyResults)
        {
            var s = scorecard[keyResult.Id];
            var last = keyResult.CheckIns.Where(c => c.Day <= scorecard.AsOf).MaxBy(c => c.At);
            html.Append("<tr class=\"key-result\" id=\"item-").Append(Html.E(keyResult.Id)).Append("\"><td>").Append(Html.E(keyResult.Title)).Append(' ').Append(Html.Id(keyResult.Id))
                .Append(keyResult.Contributes ? string.Empty : " <span class=\"meta\">(tracked, does not count)</span>").Append("</td>")
                .Append("<td>").Append(Html.E(ItemText.KeyResultValue(keyResult, s.Value) ?? "-")).Append("</td>");
            AppendProgressCells(html, s);
            html.Append("<td class=\"opt\">").Append(Html.E(keyResult.Owner ?? "-")).Append("</td>")
                .Append("<td class=\"num\">").Append(s.Confidence is { } c ? Html.E(Display.Percent(Progress.FromRatio(c))) : "-").Append("</td>")
                .Append("<td class=\"note\">").Append(last is null ? "none yet" : $"{Day(last.Day)}{(last.Note is { } n ? ": " + Html.E(n) : string.Empty)}")
                .AppendLine("</td></tr>");
            AppendInitiatives(html, scorecard, keyResult);
        }

        html.AppendLine("</tbody></table>");
    }

    private static void AppendInitiatives(StringBuilder html, Scorecard scorecard, KeyResult keyResult)
    {
        foreach (var initiative in keyResult.Initiatives)
        {
            AppendWorkRow(html, "initiative", initiative.Id, initiative.Title, $"<span class=\"nowrap\">{initiative.WorkItems.Length} task{(initiative.WorkItems.Length == 1 ? string.Empty : "s")}</span>", initiative.Owner, scorecard[initiative.Id]);
            foreach (var task in initiative.WorkItems)
            {
                string dates = task.Start is { } a && task.Due is { } b ? $"{Day(a)} to {Day(b)}" : task.Due is { } d ? "due " + Day(d) : "-";
                AppendWorkRow(html, "task", task.Id, task.Title, dates, task.Assignee, scorecard[task.Id]);
            }
        }
    }

    /// <param name="value">The value cell, as HTML (escaped by the caller).</param>
    private static void AppendWorkRow(StringBuilder html, string css, string id, string title, string value, string? owner, ItemResult score)
    {
        html.Append("<tr class=\"").Append(css).Append("\" id=\"item-").Append(Html.E(id)).Append("\"><td>").Append(Html.E(title)).Append(' ').Append(Html.Id(id)).Append("</td>")
            .Append("<td>").Append(value).Append("</td>");
        AppendProgressCells(html, score);
        html.Append("<td class=\"opt\">").Append(Html.E(owner ?? "-")).Append("</td><td></td><td></td></tr>").AppendLine();
    }

    /// <summary>A day that never wraps at its hyphens.</summary>
    private static string Day(DateOnly day) => $"<span class=\"nowrap\">{Display.Day(day)}</span>";

    private static void AppendProgressCells(StringBuilder html, ItemResult s) =>
        html.Append("<td class=\"num\">").Append(Html.Bar(s.Progress, s.Status, 80)).Append(' ').Append(Html.E(Display.Percent(s.Progress))).Append("</td>")
            .Append("<td class=\"num opt\">").Append(s.ExpectedProgress is { } e ? Html.E(Display.Percent(e)) : "-").Append("</td>")
            .Append("<td>").Append(Html.Status(s.Status)).Append("</td>");
}
