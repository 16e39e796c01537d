namespace Okr.Core.Validation.Internal;

/// <summary>
/// The rules that look at one item and what it contains (an objective's key results, their check-ins, initiatives and
/// work items). Rules that need the rest of the plan (references, cycles, child objectives) are in <see cref="PlanRules"/>.
/// </summary>
internal static class ItemRules
{
    /// <summary>Checks an objective and everything it contains, except what needs the rest of the plan.</summary>
    public static void Objective(Objective objective, PathNode path, FailureSink sink)
    {
        string? id = Id(objective.Id, path, OkrItemKind.Objective, sink);
        if (string.IsNullOrWhiteSpace(objective.Title))
        {
            sink.Report(OkrRules.IdMissing, path, "Title", $"{KindRules.Who(id, OkrItemKind.Objective)}: the title is missing.", id, OkrItemKind.Objective);
        }

        if (sink.Options.RequireOwners && string.IsNullOrWhiteSpace(objective.Owner))
        {
            sink.Report(OkrRules.OwnerMissing, path, "Owner", $"{KindRules.Who(id, OkrItemKind.Objective)} has no owner; this plan requires one for every objective and key result.", id, OkrItemKind.Objective);
        }

        var keyResults = objective.KeyResults.IsDefault ? ImmutableArray<KeyResult>.Empty : objective.KeyResults;
        if (keyResults.IsEmpty)
        {
            sink.Report(OkrRules.NoKeyResults, path, "KeyResults", $"{KindRules.Who(id, OkrItemKind.Objective)} has no key results, so nothing measures it.", id, OkrItemKind.Objective);
        }
        else if (keyResults.Length > sink.Options.MaxKeyResultsPerObjective)
        {
            sink.Report(OkrRules.TooManyKeyResults, path, "KeyResults", $"{KindRules.Who(id, OkrItemKind.Objective)} has {keyResults.Length.ToString(CultureInfo.InvariantCulture)} key results; more than {sink.Options.MaxKeyResultsPerObjective.ToString(CultureInfo.InvariantCulture)} dilutes focus.", id, OkrItemKind.Objective, keyResults.Length);
        }

        if (objective.Type == ObjectiveType.Aspirational && objective.ScoreOverride is { Score: 1m })
        {
            sink.Report(OkrRules.AspirationalFullScore, path, "ScoreOverride", $"{KindRules.Who(id, OkrItemKind.Objective)} is aspirational but scored 1.0; a stretch goal met in full was probably not ambitious enough.", id, OkrItemKind.Objective, 1m);
        }

        if (objective.Rollup is { CapChildrenAt: { } cap, FloorChildrenAt: { } floor } && floor > cap)
        {
            sink.Report(OkrRules.FloorAboveCap, path.Child("Rollup"), "FloorChildrenAt", $"{KindRules.Who(id, OkrItemKind.Objective)}: the roll-up floors children at {FailureSink.Inv(floor)}, above the cap of {FailureSink.Inv(cap)}.", id, OkrItemKind.Objective, floor);
        }

        if (objective.Scale is { } scale)
        {
            KindRules.Unit(scale.Unit, path.Child("Scale"), id, sink, OkrItemKind.Objective);
        }

        for (int k = 0; k < keyResults.Length; k++)
        {
            var keyResult = keyResults[k];
            if (keyResult is null)
            {
                sink.Report(OkrRules.ItemNull, path, $"KeyResults[{k.ToString(CultureInfo.InvariantCulture)}]", $"{KindRules.Who(id, OkrItemKind.Objective)}: key result {k.ToString(CultureInfo.InvariantCulture)} is missing (null).", id, OkrItemKind.Objective);
                continue;
            }

            KeyResult(keyResult, path.Child("KeyResults", k), objective.Period, sink);
        }
    }

    /// <summary>Checks a key result with its check-ins, initiatives and work items. <paramref name="period"/> is its
    /// objective's period, or null when unknown (then period rules are skipped).</summary>
    public static void KeyResult(KeyResult keyResult, PathNode path, Period? period, FailureSink sink)
    {
        string? id = Id(keyResult.Id, path, OkrItemKind.KeyResult, sink);
        if (string.IsNullOrWhiteSpace(keyResult.Title))
        {
            sink.Report(OkrRules.IdMissing, path, "Title", $"{KindRules.Who(id)}: the title is missing.", id, OkrItemKind.KeyResult);
        }

        if (sink.Options.RequireOwners && string.IsNullOrWhiteSpace(keyResult.Owner))
        {
            sink.Report(OkrRules.OwnerMissing, path, "Owner", $"{KindRules.Who(id)} has no owner; this plan requires one for every objective and key result.", id, OkrItemKind.KeyResult);
        }

        var kind = keyResult.Kind;
        KindRules.Check(kind, path.Child("Kind"), id, sink);

        var checkIns = keyResult.CheckIns.IsDefault ? ImmutableArray<CheckIn>.Empty : keyResult.CheckIns;
        for (int c = 0; c < checkIns.Length; c++)
        {
            if (checkIns[c] is { } checkIn)
            {
                CheckIn(checkIn, kind, period, path.Child("CheckIns", c), id, sink);
            }
        }

        if (period is { } p && !keyResult.PhasedTargets.IsDefault)
        {
            for (int t = 0; t < keyResult.PhasedTargets.Length; t++)
            {
                if (keyResult.PhasedTargets[t] is { } phase && !p.Contains(phase.Day))
                {
                    sink.Report(OkrRules.PhasedTargetOutsidePeriod, path.Child("PhasedTargets", t), "Day", $"{KindRules.Who(id)}: the phased target on {FailureSink.Inv(phase.Day)} lies outside the period {p}.", id, OkrItemKind.KeyResult, phase.Day);
                }
            }
        }

        var initiatives = keyResult.Initiatives.IsDefault ? ImmutableArray<Initiative>.Empty : keyResult.Initiatives;
        bool anyCountingWork = false;
        for (int i = 0; i < initiatives.Length; i++)
        {
            if (initiatives[i] is not { } initiative)
            {
                continue;
            }

            Initiative(initiative, path.Child("Initiatives", i), sink);
            if (initiative.Contributes && !initiative.Weight.IsZero && !initiative.WorkItems.IsDefault)
            {
                foreach (var item in initiative.WorkItems)
                {
                    anyCountingWork |= item is { Counts: true };
                }
            }
        }

        if (kind is ActivityKind && !anyCountingWork)
        {
            sink.Report(OkrRules.NoContributingChild, path, "Initiatives", $"{KindRules.Who(id)} is measured by its initiatives' work items, but no contributing initiative has a work item that counts, so it is not scored.", id, OkrItemKind.KeyResult);
        }
    }

    /// <summary>Checks a check-in against its key result's kind and period (null to skip the period rule).</summary>
    public static void CheckIn(CheckIn checkIn, KeyResultKind? kind, Period? period, PathNode path, string? keyResultId, FailureSink sink)
    {
        if (period is { } p && !p.Contains(checkIn.Day))
        {
            sink.Report(OkrRules.CheckInOutsidePeriod, path, "At", $"{KindRules.Who(keyResultId)}: the check-in of {FailureSink.Inv(checkIn.Day)} lies outside the period {p}.", keyResultId, OkrItemKind.KeyResult, checkIn.At);
        }

        if (sink.Options.IsInFuture(checkIn.At, checkIn.Day))
        {
            sink.Report(OkrRules.CheckInInFuture, path, "At", $"{KindRules.Who(keyResultId)}: the check-in of {checkIn.At.ToString("O", CultureInfo.InvariantCulture)} lies in the future.", keyResultId, OkrItemKind.KeyResult, checkIn.At);
        }

        if (checkIn.Confidence is { } confidence && confidence is < 0m or > 1m)
        {
            sink.Report(OkrRules.ConfidenceOutOfRange, path, "Confidence", $"{KindRules.Who(keyResultId)}: the check-in of {FailureSink.Inv(checkIn.Day)} has a confidence of {FailureSink.Inv(confidence)}; it must lie between 0 and 1.", keyResultId, OkrItemKind.KeyResult, confidence);
        }

        decimal value = checkIn.Value;
        string? unitProblem = kind switch
        {
            BinaryKind when value is not (0m or 1m) => "a binary key result takes 1 (done) or 0 (not done)",
            MilestonesKind m when value < 0m || value > m.Milestones.Length || decimal.Truncate(value) != value =>
                $"a milestones key result takes the number of milestones reached, a whole number from 0 to {m.Milestones.Length.ToString(CultureInfo.InvariantCulture)}",
            not null when kind.Unit.Kind == UnitKind.Percent && value is < 0m or > 100m => "a percentage lies between 0 and 100",
            _ => null,
        };
        if (unitProblem is not null)
        {
            sink.Report(OkrRules.CheckInValueUnit, path, "Value", $"{KindRules.Who(keyResultId)}: the check-in of {FailureSink.Inv(checkIn.Day)} has the value {FailureSink.Inv(value)}, but {unitProblem}.", keyResultId, OkrItemKind.KeyResult, value);
        }
        else if (kind is ActivityKind or CascadedSumKind)
        {
            sink.Report(OkrRules.CheckInIgnored, path, "Value", $"{KindRules.Who(keyResultId)}: the check-in of {FailureSink.Inv(checkIn.Day)} is ignored: a {kind.Discriminator} key result computes its value.", keyResultId, OkrItemKind.KeyResult, value);
        }
    }

    /// <summary>Checks an initiative and its work items.</summary>
    public static void Initiative(Initiative initiative, PathNode path, FailureSink sink)
    {
        string? id = Id(initiative.Id, path, OkrItemKind.Initiative, sink);
        DueNotBeforeStart(initiative.Start, initiative.Due, path, id, OkrItemKind.Initiative, sink);
        if (initiative.PercentComplete is { } pc && pc is < 0m or > 100m)
        {
            sink.Report(OkrRules.PercentCompleteOutOfRange, path, "PercentComplete", $"{KindRules.Who(id, OkrItemKind.Initiative)}: percent complete {FailureSink.Inv(pc)} must lie between 0 and 100.", id, OkrItemKind.Initiative, pc);
        }

        if (!initiative.WorkItems.IsDefault)
        {
            for (int w = 0; w < initiative.WorkItems.Length; w++)
            {
                if (initiative.WorkItems[w] is { } item)
                {
                    WorkItem(item, path.Child("WorkItems", w), sink);
                }
            }
        }
    }

    /// <summary>Checks a work item on its own (dependencies are checked with the plan).</summary>
    public static void WorkItem(WorkItem item, PathNode path, FailureSink sink)
    {
        string? id = Id(item.Id, path, OkrItemKind.WorkItem, sink);
        DueNotBeforeStart(item.Start, item.Due, path, id, OkrItemKind.WorkItem, sink);
        if (item.PercentComplete is { } pc)
        {
            if (pc is < 0m or > 100m)
            {
                sink.Report(OkrRules.PercentCompleteOutOfRange, path, "PercentComplete", $"{KindRules.Who(id, OkrItemKind.WorkItem)}: percent complete {FailureSink.Inv(pc)} must lie between 0 and 100.", id, OkrItemKind.WorkItem, pc);
            }
            else if (item.State == WorkItemState.Done && pc != 100m)
            {
                sink.Report(OkrRules.DoneNotComplete, path, "PercentComplete", $"{KindRules.Who(id, OkrItemKind.WorkItem)} is done but {FailureSink.Inv(pc)}% complete; a done task is 100% complete.", id, OkrItemKind.WorkItem, pc);
            }
        }
    }

    /// <summary>Checks the fixed shares and contributing children of one set of siblings (an objective's children).</summary>
    public static void Siblings(ReadOnlySpan<ContributionWeight> weights, int candidates, PathNode path, string? parentId, OkrItemKind parentKind, FailureSink sink)
    {
        if (candidates > 0 && weights.IsEmpty)
        {
            sink.Report(OkrRules.NoContributingChild, path, null, $"{KindRules.Who(parentId, parentKind)} has {candidates.ToString(CultureInfo.InvariantCulture)} children but none contributes (all opted out, weighted 0 or excluded by the roll-up settings), so it is not scored.", parentId, parentKind);
            return;
        }

        decimal fixedTotal = 0m;
        int fixedCount = 0;
        foreach (var weight in weights)
        {
            if (weight.IsFixedShare)
            {
                fixedTotal += weight.FixedSharePercent;
                fixedCount++;
            }
        }

        if (fixedCount == 0)
        {
            return;
        }

        decimal tolerance = sink.Options.ShareTolerancePercent;
        bool allFixed = fixedCount == weights.Length;
        if (fixedTotal > 100m + tolerance || (allFixed && fixedTotal < 100m - tolerance))
        {
            string effect = fixedTotal > 100m ? "they are scaled down to 100% together" + (allFixed ? string.Empty : " and the other children get nothing") : "they are used in proportion";
            sink.Report(OkrRules.SharesNotHundred, path, null, $"{KindRules.Who(parentId, parentKind)}: the fixed shares of its children sum to {FailureSink.Inv(fixedTotal)}%, not 100%; {effect}.", parentId, parentKind, fixedTotal);
        }
        else if (!allFixed && fixedTotal >= 100m - tolerance)
        {
            sink.Report(OkrRules.NoShareLeft, path, null, $"{KindRules.Who(parentId, parentKind)}: the fixed shares of its children take {FailureSink.Inv(fixedTotal)}%, so the {(weights.Length - fixedCount).ToString(CultureInfo.InvariantCulture)} children weighted by multiplier get nothing.", parentId, parentKind, fixedTotal);
        }
    }

    /// <summary>Checks an objective's roll-up children: its key results, the objectives aligned to it when the settings
    /// include them, and its initiatives when the settings include them.</summary>
    public static void ObjectiveChildren(Objective objective, List<Objective>? childObjectives, RollupSettings settings, PathNode path, FailureSink sink)
    {
        if (objective.KeyResults.IsDefault)
        {
            return;
        }

        int candidates = 0;
        var weights = new List<ContributionWeight>();
        void Consider(bool contributes, ContributionWeight weight)
        {
            candidates++;
            if (contributes && !weight.IsZero)
            {
                weights.Add(weight);
            }
        }

        foreach (var keyResult in objective.KeyResults)
        {
            if (keyResult is null)
            {
                continue;
            }

            Consider(keyResult.Contributes, keyResult.Weight);
            if (settings.IncludeInitiatives && !keyResult.Initiatives.IsDefault)
            {
                foreach (var initiative in keyResult.Initiatives)
                {
                    if (initiative is not null)
                    {
                        Consider(initiative.Contributes, initiative.Weight);
                    }
                }
            }
        }

        if (settings.IncludeChildObjectives && childObjectives is not null)
        {
            foreach (var child in childObjectives)
            {
                Consider(child.Contributes, child.Weight);
            }
        }

        if (candidates == 0)
        {
            return;
        }

        Siblings(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(weights), candidates, path, string.IsNullOrWhiteSpace(objective.Id) ? null : objective.Id, OkrItemKind.Objective, sink);
    }

    private static void DueNotBeforeStart(DateOnly? start, DateOnly? due, PathNode path, string? id, OkrItemKind kind, FailureSink sink)
    {
        if (start is { } s && due is { } d && d < s)
        {
            sink.Report(OkrRules.DueBeforeStart, path, "Due", $"{KindRules.Who(id, kind)} is due on {FailureSink.Inv(d)}, before it starts on {FailureSink.Inv(s)}.", id, kind, d);
        }
    }

    private static string? Id(string? id, PathNode path, OkrItemKind kind, FailureSink sink)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            sink.Report(OkrRules.IdMissing, path, "Id", $"{KindRules.Who(null, kind)} at {path.Build()} has no id.", null, kind, id);
            return null;
        }

        return id;
    }
}
