using Okr.Core;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Plans;

namespace Okr.Samples.Cli.Rendering;

/// <summary>An item's value and rules in words, for tables, lists and the HTML report.</summary>
internal static class ItemText
{
    /// <summary>A key result's value against its target with its unit ("2.56M of 3.00M USD"), an objective's value on
    /// its scale; null when the item has no value to show.</summary>
    public static string? Value(OkrPlan plan, OutlineRow row, ItemResult score) => row.Kind switch
    {
        OkrItemKind.KeyResult when plan.FindKeyResult(row.Id) is { } keyResult => KeyResultValue(keyResult, score.Value),
        OkrItemKind.Objective when score.Value is { } v => plan.Objectives.FirstOrDefault(o => o.Id == row.Id)?.Scale is { } scale
            ? Display.ValueOfTarget(v, scale.Target, scale.Unit, downward: scale.Target < scale.Start)
            : "value " + Display.Number(v),
        _ => null,
    };

    /// <summary>A key result's value against what it aims for, in its unit.</summary>
    public static string? KeyResultValue(KeyResult keyResult, decimal? value) => keyResult.Kind switch
    {
        LinearKind l => Display.ValueOfTarget(value, l.Target, l.Unit, downward: l.Target < l.Start),
        CascadedSumKind c => Display.ValueOfTarget(value, c.Target, c.Unit, downward: c.Target < c.Start),
        PercentageKind => Display.ValueOfTarget(value, 100m, MetricUnit.Percent),
        ThresholdKind t => $"{Display.Amount(value, t.Unit)}, to stay {(t.Direction == ThresholdDirection.StayAbove ? "above" : "below")} {Display.Amount(t.Threshold, t.Unit)}",
        RangeKind r => $"{Display.Amount(value, r.Unit)}, to stay within {Display.Number(r.Lower)} to {Display.Amount(r.Upper, r.Unit)}",
        ControlKpiKind { Direction: ControlKpiDirection.Between } k => $"{Display.Amount(value, k.Unit)}, between {Display.Number(k.Lower)} and {Display.Amount(k.Upper, k.Unit)} per check-in",
        ControlKpiKind k => $"{Display.Amount(value, k.Unit)}, {(k.Direction == ControlKpiDirection.AtLeast ? "at least" : "at most")} {Display.Amount(k.Target, k.Unit)} per check-in",
        ActivityKind { TargetCount: { } count } => $"{Display.Number(value ?? 0m, whole: true)} of {Display.Number(count, whole: true)} done",
        ActivityKind => null,
        MilestonesKind m => $"{Display.Number(value ?? 0m, whole: true)} of {m.Milestones.Length} milestones",
        BinaryKind => value is null ? "not done yet" : value > 0m ? "done" : "not done",
        _ => value is { } v ? Display.Amount(v, keyResult.Kind.Unit) : null,
    };

    /// <summary>Whether a key result counts whole things ("show 5 ways", "grow users from 10,000 to 40,000"), so a value
    /// computed for it (what is needed) is a whole number: a plain number going up (reach or increase) from a whole start
    /// to a whole target, whose check-ins are all whole. A decrease (costs, latency, bugs per release) is a measure, not
    /// a count, and keeps its decimals.</summary>
    public static bool IsCount(KeyResult keyResult) => keyResult.Kind switch
    {
        LinearKind l => l.Direction != LinearDirection.Decrease && l.Unit.Kind == UnitKind.Number
            && decimal.IsInteger(l.Start) && decimal.IsInteger(l.Target) && keyResult.CheckIns.All(c => decimal.IsInteger(c.Value)),
        ActivityKind or MilestonesKind or BinaryKind => true,
        _ => false,
    };

    /// <summary>Which rule decided an objective's status, short: "pace", "worst child obj-x", "reported", "closed".</summary>
    public static string StatusBy(Explanation explanation)
    {
        string rule = Prose.Text(explanation.StatusRule);
        const string worst = "worst child: ";
        if (rule.StartsWith(worst, StringComparison.Ordinal))
        {
            int end = rule.IndexOf(' ', worst.Length);
            return "worst child " + (end < 0 ? rule[worst.Length..] : rule[worst.Length..end]);
        }

        int colon = rule.IndexOf(':', StringComparison.Ordinal);
        string head = colon < 0 ? rule : rule[..colon];
        return head.StartsWith("reported by", StringComparison.Ordinal) ? "reported"
            : head.StartsWith("mean status confidence", StringComparison.Ordinal) ? "confidence mean"
            : head.StartsWith("closed", StringComparison.Ordinal) || head.StartsWith("the objective was closed", StringComparison.Ordinal) ? "closed"
            : head;
    }
}
