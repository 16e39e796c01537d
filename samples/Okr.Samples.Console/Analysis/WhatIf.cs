using Okr.Core;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Plans;

namespace Okr.Samples.Cli.Analysis;

/// <summary>One item before and after a hypothetical check-in.</summary>
internal sealed record WhatIfRow(string Id, OkrItemKind Kind, ItemResult Before, ItemResult After);

/// <summary>
/// What would change if a key result had another value as of a day: the key result and every ancestor (its
/// objective, and up the alignment chain), before and after. The plan itself is never changed.
/// </summary>
internal static class WhatIf
{
    /// <summary>The moment a hypothetical value is recorded: the end of <paramref name="asOf"/> in UTC, so it is the latest check-in by then.</summary>
    public static DateTimeOffset EndOf(DateOnly asOf) => new(asOf.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero);

    /// <summary>The plan with <paramref name="value"/> checked in for the key result at the end of <paramref name="asOf"/>.</summary>
    public static OkrPlan WithValue(OkrPlan plan, string keyResultId, decimal value, DateOnly asOf) =>
        plan.AddCheckIn(keyResultId, new CheckIn(EndOf(asOf), value) { Note = "what-if", Source = CheckInSource.Person });

    public static IReadOnlyList<WhatIfRow> Compute(OkrPlan plan, string keyResultId, decimal value, DateOnly asOf)
    {
        var before = OkrScorer.Score(plan, asOf);
        var updated = WithValue(plan, keyResultId, value, asOf);
        var after = OkrScorer.Rescore(before, updated, keyResultId);
        var outline = PlanOutline.Build(plan);
        var ids = new List<string> { keyResultId };
        ids.AddRange(PlanOutline.AncestorsOf(outline, keyResultId));
        return ids.Select(id => new WhatIfRow(id, before[id].ItemKind, before[id], after[id])).ToList();
    }
}
