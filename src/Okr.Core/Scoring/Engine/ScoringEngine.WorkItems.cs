using Okr.Core.Internal;
using Okr.Core.Scoring.Rules;

namespace Okr.Core.Scoring;

/// <summary>Work items and initiatives, from their records and from the compiled tables: both through
/// <see cref="WorkItemRules"/> and <see cref="InitiativeRules"/>.</summary>
internal sealed partial class ScoringEngine
{
    private decimal[]? elapsedOf;
    private ulong[]? elapsedKnown;

    private NodeResult ComputeWorkItem(WorkItem item, ExplanationParts? explain)
    {
        if (!item.Counts)
        {
            explain?.Set("work item", "cancelled: does not count", "cancelled work does not count");
            return NotScored(OkrStatus.NotScored);
        }

        decimal completion = item.CompletionAsOf(asOf);
        bool done = item.IsDoneAsOf(asOf);
        var status = WorkItemRules.Status(item.State, item.Due?.DayNumber ?? int.MaxValue, completion, done, asOf.DayNumber);
        if (explain is not null)
        {
            string rule = done ? "done"
                : item.State == WorkItemState.Blocked ? "blocked"
                : item.Due is { } due && due < asOf ? string.Create(Inv, $"overdue since {due:yyyy-MM-dd}")
                : status == OkrStatus.OnTrack ? "in progress, not overdue"
                : "not started";
            explain.Set("work item", string.Create(Inv, $"{item.State}{(item.PercentComplete is { } p && !done ? $", {p}% complete" : string.Empty)} as of {asOf:yyyy-MM-dd}"), rule);
        }

        return new NodeResult { Progress = completion, Flags = NodeFlags.Scored, Status = status };
    }

    /// <summary>A work item's result from the compiled tables.</summary>
    /// <returns>-1 when the item does not count (cancelled), 1 when it is done as of the day, 0 otherwise.</returns>
    private int ComputeWorkItem(int node, int ordinal, ScoringTables tables, ResultStore results)
    {
        int outcome = WorkItemOutcome(ordinal, tables);
        if (outcome < 0)
        {
            results.SetLeaf(node, 0m, OkrStatus.NotScored, NodeFlags.None);
            return -1;
        }

        var state = (WorkItemState)tables.State[ordinal];
        bool done = outcome == 1;
        ushort tabled = tables.RatioOf[ordinal];
        // The ratio is read only where the completion needs it (not done, not marked done later).
        decimal ratio = done || state == WorkItemState.Done ? 0m
            : tabled != ScoringTables.RatioNotTabled ? tables.Ratios[tabled]
            : WorkItemRules.Ratio(WorkItemAt(node).PercentComplete);
        decimal completion = WorkItemRules.Completion(state, done, ratio);
        results.SetLeaf(node, completion, WorkItemRules.Status(state, tables.Due[ordinal], completion, done, asOf.DayNumber), NodeFlags.Scored);
        return done ? 1 : 0;
    }

    /// <summary>What a compiled work item counts for as of the day: -1 when it does not count (cancelled), 1 when it is
    /// done, 0 otherwise (the activity tally of its key result).</summary>
    private int WorkItemOutcome(int ordinal, ScoringTables tables) =>
        (WorkItemState)tables.State[ordinal] == WorkItemState.Cancelled ? -1
        : WorkItemRules.IsDone(tables.DoneFrom[ordinal], asOf.DayNumber) ? 1 : 0;

    private Initiative InitiativeAt(int node)
    {
        var location = index.LocationOf(node);
        return plan.Objectives[location.Objective].KeyResults[location.KeyResult].Initiatives[location.Initiative];
    }

    private WorkItem WorkItemAt(int node)
    {
        var location = index.LocationOf(node);
        return plan.Objectives[location.Objective].KeyResults[location.KeyResult].Initiatives[location.Initiative].WorkItems[location.WorkItem];
    }

    /// <summary>An initiative's result from its work items' results and the compiled tables. The record is read only when
    /// no work item counts (for the percent typed in).</summary>
    private void ComputeInitiative(int node, int workItemCount, int ordinal, ScoringTables tables, ResultStore results)
    {
        var tally = default(InitiativeRules.Tally);
        for (int child = node + 1; child <= node + workItemCount; child++)
        {
            if (results.IsScored(child))
            {
                tally.Add(results.ProgressOf(child), results.StatusOf(child));
            }
        }

        if (tally.Progress(tally.Counting > 0 ? null : InitiativeAt(node).PercentComplete) is not { } progress)
        {
            results.SetLeaf(node, 0m, OkrStatus.NotScored, NodeFlags.None);
            NoteStatusFollowsTime(node, false);
            return;
        }

        var (ratio, started) = progress;
        var decided = InitiativeRules.StatusWithoutPace(ratio, started);
        NoteStatusFollowsTime(node, decided is null);
        results.SetLeaf(node, ratio, decided?.Status ?? InitiativePaceStatus(node, ordinal, ratio, tables), NodeFlags.Scored);
    }

    /// <summary>A compiled initiative's status from the status strategy (its progress against the elapsed share of its
    /// period), once <see cref="InitiativeRules.StatusWithoutPace"/> has left it to the strategy. A series re-evaluates it
    /// alone on a day when only the elapsed time changed.</summary>
    private OkrStatus InitiativePaceStatus(int node, int ordinal, decimal ratio, ScoringTables tables)
    {
        var expected = Progress.FromRatio(ElapsedFraction(tables, tables.PeriodOf[ordinal]));
        return config.ObjectiveStatus.EvaluateStatus(new StatusArguments(index.Ids[node], OkrItemKind.Initiative, null, Progress.FromRatio(ratio), null, expected, default));
    }

    /// <summary>The elapsed share of one of the compiled periods as of the day, computed once per period and pass.</summary>
    private decimal ElapsedFraction(ScoringTables tables, int period)
    {
        if (elapsedOf is null)
        {
            elapsedOf = new decimal[tables.Periods.Length];
            elapsedKnown = new ulong[(tables.Periods.Length + 63) / 64];
        }

        if (!IsMarked(elapsedKnown!, period))
        {
            elapsedOf[period] = tables.Periods[period].ElapsedFraction(asOf);
            Mark(elapsedKnown!, period);
        }

        return elapsedOf[period];
    }

    private NodeResult ComputeInitiative(int node, Objective objective, Initiative initiative, ResultStore results, ExplanationParts? explain)
    {
        var tally = default(InitiativeRules.Tally);
        foreach (int child in index.ChildrenOf(node))
        {
            if (!results.IsScored(child))
            {
                explain?.Add(new Contribution(index.Ids[child], OkrItemKind.WorkItem, null, null, 0m, 0m, false, "cancelled"));
                continue;
            }

            decimal childProgress = results.ProgressOf(child);
            tally.Add(childProgress, results.StatusOf(child));
            explain?.Add(new Contribution(index.Ids[child], OkrItemKind.WorkItem, Progress.FromRatio(childProgress), Progress.FromRatio(childProgress), 1m, 0m, true, null));
        }

        explain?.FixShares(tally.Counting);
        var progress = tally.Progress(tally.Counting > 0 ? null : initiative.PercentComplete);
        string summary = progress is null ? "not scored: no counting work item and no percent complete"
            : explain is null ? string.Empty
            : tally.Counting > 0 ? string.Create(Inv, $"mean completion of {tally.Counting} counting work items")
            : string.Create(Inv, $"no work items: percent complete typed in, {initiative.PercentComplete}%");

        var result = new NodeResult();
        (OkrStatus Status, string Rule) status;
        if (progress is not { } scored)
        {
            status = (OkrStatus.NotScored, "not scored");
            NoteStatusFollowsTime(node, false);
        }
        else
        {
            var (ratio, started) = scored;
            result.Progress = ratio;
            result.Flags = NodeFlags.Scored;
            var decided = InitiativeRules.StatusWithoutPace(ratio, started);
            NoteStatusFollowsTime(node, decided is null);
            status = decided ?? Evaluate(
                config.ObjectiveStatus,
                new StatusArguments(initiative.Id, OkrItemKind.Initiative, null, Progress.FromRatio(ratio), null, Progress.FromRatio(ElapsedFraction(InitiativeRules.PeriodOf(initiative, objective.Period))), default),
                explain);
        }

        result.Status = status.Status;
        explain?.Set("initiative", summary, status.Rule);
        return result;
    }
}
