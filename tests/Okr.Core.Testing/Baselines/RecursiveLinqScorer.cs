namespace Okr.Core.Testing.Baselines;

/// <summary>
/// Baseline (b) of the scoring benchmark, "what most tools do": a straightforward recursive walk of the object graph
/// with LINQ, computing every item's progress with the same rules as the library's default strategies and
/// collecting the answers in a dictionary by id. It supports what <see cref="CompanyPlanGenerator"/> produces (see
/// <see cref="FlatArrayScorer"/>). Recursion follows the objective alignment, so it is only safe on plans of
/// bounded depth such as the generated ones (<see cref="CompanyPlanGenerator.MaxObjectiveDepth"/> levels); the
/// library itself never recurses on user data.
/// </summary>
public static class RecursiveLinqScorer
{
    /// <summary>Scores every item of the plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>Every item's progress by id; null when not scored.</returns>
    public static Dictionary<string, decimal?> Score(OkrPlan plan, DateOnly asOf)
    {
        var results = new Dictionary<string, decimal?>();
        var childrenOf = plan.Objectives
            .Where(o => o.Alignment.Kind == AlignmentKind.Objective)
            .ToLookup(o => o.Alignment.TargetId!);
        foreach (var objective in plan.Objectives.Where(o => o.Alignment.Kind != AlignmentKind.Objective))
        {
            ScoreObjective(objective, childrenOf, asOf, results);
        }

        return results;
    }

    private static decimal? ScoreObjective(Objective objective, ILookup<string, Objective> childrenOf, DateOnly asOf, Dictionary<string, decimal?> results)
    {
        var keyResults = objective.KeyResults
            .Select(k => (Weight: k.Contributes ? k.Weight.Multiplier : 0m, Progress: ScoreKeyResult(k, asOf, results)));
        var childObjectives = childrenOf[objective.Id]
            .Select(o => (Weight: o.Contributes ? o.Weight.Multiplier : 0m, Progress: ScoreObjective(o, childrenOf, asOf, results)));
        var counting = keyResults.Concat(childObjectives)
            .Where(c => c.Weight != 0m && c.Progress.HasValue)
            .ToList();
        decimal largest = FlatArrayScorer.PowerOfTenAtLeast(counting.Select(c => c.Weight).DefaultIfEmpty().Max());
        decimal total = counting.Sum(c => c.Weight / largest);
        decimal? progress = total == 0m ? null : counting.Sum(c => c.Weight / largest * c.Progress!.Value) / total;
        results[objective.Id] = progress;
        return progress;
    }

    private static decimal? ScoreKeyResult(KeyResult keyResult, DateOnly asOf, Dictionary<string, decimal?> results)
    {
        var initiatives = keyResult.Initiatives.Select(i => ScoreInitiative(i, asOf, results)).ToList();
        var latest = keyResult.CheckIns.Where(c => c.Day <= asOf).OrderBy(c => c.At).LastOrDefault();
        decimal? progress = keyResult.Kind switch
        {
            LinearKind l => latest is null ? null : (latest.Value - l.Start) / (l.Target - l.Start),
            PercentageKind => latest is null ? null : latest.Value / 100m,
            ThresholdKind t => latest is null ? null
                : latest.Value == t.Threshold ? (t.Boundary == ThresholdBoundary.OnThresholdPasses ? 1m : 0m)
                : (t.Direction == ThresholdDirection.StayAbove ? latest.Value > t.Threshold : latest.Value < t.Threshold) ? 1m : 0m,
            BinaryKind => latest is not null && latest.Value != 0m ? 1m : 0m,
            MilestonesKind m => Milestones(m, latest),
            ActivityKind => DoneShare(keyResult, asOf),
            _ => throw new NotSupportedException($"The recursive baseline does not support {keyResult.Kind}."),
        };
        results[keyResult.Id] = progress;
        return progress;
    }

    private static decimal? Milestones(MilestonesKind kind, CheckIn? latest)
    {
        int reached = latest is null ? 0 : (int)Math.Clamp(decimal.Floor(latest.Value), 0m, kind.Milestones.Length);
        decimal total = kind.Milestones.Sum(m => m.Weight);
        decimal done = kind.Milestones.Take(reached).Sum(m => m.Weight);
        return total == 0m ? null : total == 1m ? done : done / total;
    }

    private static decimal? DoneShare(KeyResult keyResult, DateOnly asOf)
    {
        var counting = keyResult.Initiatives
            .Where(i => i.Contributes && !i.Weight.IsZero)
            .SelectMany(i => i.WorkItems)
            .Where(w => w.State != WorkItemState.Cancelled)
            .ToList();
        return counting.Count == 0 ? null : (decimal)counting.Count(w => w.State == WorkItemState.Done && (w.CompletedOn is null || w.CompletedOn <= asOf)) / counting.Count;
    }

    private static decimal? ScoreInitiative(Initiative initiative, DateOnly asOf, Dictionary<string, decimal?> results)
    {
        var counting = initiative.WorkItems
            .Select(w => (Item: w, Progress: ScoreWorkItem(w, asOf, results)))
            .Where(x => x.Progress.HasValue)
            .ToList();
        decimal? progress = counting.Count > 0 ? counting.Sum(x => x.Progress!.Value) / counting.Count
            : initiative.PercentComplete is { } p ? p / 100m
            : null;
        results[initiative.Id] = progress;
        return progress;
    }

    private static decimal? ScoreWorkItem(WorkItem item, DateOnly asOf, Dictionary<string, decimal?> results)
    {
        decimal? progress = item.State switch
        {
            WorkItemState.Cancelled => null,
            WorkItemState.Done => item.CompletedOn is null || item.CompletedOn <= asOf ? 1m : 0m,
            _ => (item.PercentComplete ?? 0m) / 100m,
        };
        results[item.Id] = progress;
        return progress;
    }
}
