using Okr.Core;
using Okr.Samples.Cli.Rendering;

namespace Okr.Samples.Cli.Analysis;

/// <summary>One initiative's real part in an activity key result's progress.</summary>
/// <param name="InitiativeId">The initiative.</param>
/// <param name="Share">Its part of what the key result counts against (its counting tasks of all, its effort of all,
/// or null when the key result counts against a fixed target).</param>
/// <param name="Adds">What it adds to the key result's progress, as a ratio; the parts sum to the progress.</param>
/// <param name="Note">What it counts, in words: "1 of 2 tasks done".</param>
internal sealed record ActivityPart(string InitiativeId, decimal? Share, decimal Adds, string Note);

/// <summary>
/// Splits an activity key result's progress by initiative, with the work items' own rules (<see cref="WorkItem.Counts"/>,
/// <see cref="WorkItem.IsDoneAsOf"/>, <see cref="WorkItem.CompletionAsOf"/>): the share of tasks done counts each
/// initiative's done tasks against all counting tasks; effort-weighted its done effort against all effort; done count
/// its done tasks against the target; mean completion the sum of its completions against all counting tasks. The
/// library's explanation lists the initiatives without these parts (they do not roll up by weight), so the console
/// shows what each one really adds.
/// </summary>
internal static class ActivityParts
{
    public static IReadOnlyList<ActivityPart>? Of(KeyResult keyResult, DateOnly asOf)
    {
        if (keyResult.Kind is not ActivityKind kind)
        {
            return null;
        }

        var tallies = keyResult.Initiatives.Select(i => Tally.Of(i, asOf)).ToList();
        decimal counting = tallies.Sum(t => t.Counting);
        decimal effort = tallies.Sum(t => t.Effort);
        var parts = new List<ActivityPart>(tallies.Count);
        foreach (var t in tallies)
        {
            string tasks = $"{t.Done} of {t.Counting} task{(t.Counting == 1 ? string.Empty : "s")} done";
            parts.Add(kind.Method switch
            {
                ActivityMethod.EffortWeighted => new ActivityPart(t.Id, Ratio(t.Effort, effort), Ratio(t.EffortDone, effort) ?? 0m, $"{tasks}, effort {Display.Number(t.EffortDone)} of {Display.Number(t.Effort)}"),
                ActivityMethod.DoneCount => new ActivityPart(t.Id, null, Ratio(t.Done, kind.TargetCount ?? 0m) ?? 0m, $"{tasks}, target {Display.Number(kind.TargetCount, whole: true)} in all"),
                ActivityMethod.MeanCompletion => new ActivityPart(t.Id, Ratio(t.Counting, counting), Ratio(t.Completion, counting) ?? 0m, $"{tasks}, completion {Display.Number(t.Completion)} of {t.Counting}"),
                _ => new ActivityPart(t.Id, Ratio(t.Counting, counting), Ratio(t.Done, counting) ?? 0m, tasks),
            });
        }

        return parts;
    }

    private static decimal? Ratio(decimal part, decimal whole) => whole == 0m ? null : part / whole;

    private readonly record struct Tally(string Id, int Counting, int Done, decimal Completion, decimal Effort, decimal EffortDone)
    {
        public static Tally Of(Initiative initiative, DateOnly asOf)
        {
            int counting = 0, done = 0;
            decimal completion = 0m, effort = 0m, effortDone = 0m;
            foreach (var item in initiative.WorkItems.Where(w => w.Counts))
            {
                bool isDone = item.IsDoneAsOf(asOf);
                counting++;
                done += isDone ? 1 : 0;
                completion += item.CompletionAsOf(asOf);
                effort += item.Effort ?? 0m;
                effortDone += isDone ? item.Effort ?? 0m : 0m;
            }

            return new Tally(initiative.Id, counting, done, completion, effort, effortDone);
        }
    }
}
