namespace Okr.Core.Sync;

/// <summary>
/// Applies batches of <see cref="ExternalUpdate"/>s from project-management tools to a plan, giving a new plan and a
/// report. Pure: the plan passed in is not changed.
/// </summary>
/// <remarks>
/// <para>Guarantees:</para>
/// <list type="bullet">
/// <item><b>Idempotent.</b> Each applied update sets the work item's <see cref="WorkItem.LastSyncedAt"/> to its
/// <see cref="ExternalUpdate.At"/>; an update not newer than that is skipped, so applying a batch twice changes nothing.</item>
/// <item><b>Newer data wins.</b> An update older than the item's <see cref="WorkItem.LastSyncedAt"/> is skipped as stale.
/// Within a batch, the updates for one item are applied in time order (ties in batch order, the first winning).</item>
/// <item><b>Order-free across items.</b> Updates for different items may come in any order with the same result.</item>
/// <item><b>Nothing silent.</b> Unknown keys, stale updates and unknown statuses are listed in the report.</item>
/// <item><b>Traceable history.</b> An activity-based key result whose tasks changed gains one check-in with
/// <see cref="CheckInSource.Integration"/>, at the newest applied update's moment, whose value is its number of done
/// work items (the value the scorer reports for such key results).</item>
/// </list>
/// <para>When an update makes a task done without a completion day, the calendar day of its moment is used; when a
/// task leaves the done state, its completion day is cleared.</para>
/// </remarks>
public static class PlanSync
{
    private static readonly string[] FieldNames =
        [nameof(WorkItem.Title), nameof(WorkItem.State), nameof(WorkItem.PercentComplete), nameof(WorkItem.Effort),
         nameof(WorkItem.Start), nameof(WorkItem.Due), nameof(WorkItem.CompletedOn), nameof(WorkItem.Assignee), nameof(WorkItem.LastSyncedAt)];

    /// <summary>Applies a batch of updates.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="updates">The updates, in any order.</param>
    /// <param name="options">The options; null for <see cref="SyncOptions.Default"/>.</param>
    /// <returns>The new plan and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="updates"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="updates"/> contains null.</exception>
    public static SyncResult Apply(OkrPlan plan, IEnumerable<ExternalUpdate> updates, SyncOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(updates);
        options ??= SyncOptions.Default;

        var batch = updates.ToList();
        for (int i = 0; i < batch.Count; i++)
        {
            if (batch[i] is null)
            {
                throw new ArgumentException($"The updates contain a null item at index {i}.", nameof(updates));
            }
        }

        var current = new Dictionary<string, WorkItem>(StringComparer.Ordinal);
        var appliedAt = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var skipped = ImmutableArray.CreateBuilder<SkippedUpdate>();
        var unknown = ImmutableArray.CreateBuilder<UnknownStatus>();
        int applied = ApplyInTimeOrder(plan, batch, options, current, appliedAt, skipped, unknown);

        var changes = ImmutableArray.CreateBuilder<WorkItemChange>();
        var newPlan = ReplaceChanged(plan, current, appliedAt, changes, out var changedKeyResults);
        var checkIns = ImmutableArray.CreateBuilder<SyncCheckIn>();
        if (options.AddCheckIns)
        {
            newPlan = AddCheckIns(plan, newPlan, changes, changedKeyResults, options, checkIns);
        }

        var report = new SyncReport
        {
            UpdatesRead = batch.Count,
            Applied = applied,
            Changes = changes.ToImmutable(),
            Skipped = skipped.ToImmutable(),
            UnknownStatuses = unknown.ToImmutable(),
            CheckIns = checkIns.ToImmutable(),
        };
        return new SyncResult(report.HasChanges ? newPlan : plan, report);
    }

    /// <summary>Applies the updates in time order (ties in batch order) to the current state of each work item they
    /// resolve to; returns how many were applied. Updates that resolve to nothing, or are not newer than the item's last
    /// sync, are skipped with the reason.</summary>
    private static int ApplyInTimeOrder(
        OkrPlan plan,
        List<ExternalUpdate> batch,
        SyncOptions options,
        Dictionary<string, WorkItem> current,
        Dictionary<string, DateTimeOffset> appliedAt,
        ImmutableArray<SkippedUpdate>.Builder skipped,
        ImmutableArray<UnknownStatus>.Builder unknown)
    {
        // OrderBy is stable.
        var ordered = batch.Select((u, i) => (Update: u, Index: i)).OrderBy(p => p.Update.At).ThenBy(p => p.Index).ToList();
        var byLinkKey = ByLinkKey(plan);
        int applied = 0;
        foreach (var (update, _) in ordered)
        {
            var targets = Resolve(plan, byLinkKey, update);
            if (targets.Count == 0)
            {
                skipped.Add(new SkippedUpdate(update, null, SkipReason.UnknownKey,
                    $"No work item is linked to '{update.Key}'{(update.System is null ? "" : " in " + update.System)} or has that id."));
                continue;
            }

            foreach (var id in targets)
            {
                var item = current.TryGetValue(id, out var c) ? c : plan.FindWorkItem(id)!;
                if (item.LastSyncedAt is { } last && update.At <= last)
                {
                    var reason = update.At == last ? SkipReason.AlreadyApplied : SkipReason.Stale;
                    skipped.Add(new SkippedUpdate(update, id, reason, reason == SkipReason.Stale
                        ? string.Create(CultureInfo.InvariantCulture, $"The update for '{update.Key}' at {update.At:O} is older than work item '{id}' (last synced {last:O}).")
                        : string.Create(CultureInfo.InvariantCulture, $"The update for '{update.Key}' at {update.At:O} was already applied to work item '{id}'.")));
                    continue;
                }

                var mapping = options.StatusMapping ?? StatusMapping.ForSystem(update.System ?? item.Link?.System);
                current[id] = ApplyOne(item, update, mapping, unknown);
                appliedAt[id] = appliedAt.TryGetValue(id, out var at) && at > update.At ? at : update.At;
                applied++;
            }
        }

        return applied;
    }

    private static Dictionary<string, List<WorkItem>> ByLinkKey(OkrPlan plan)
    {
        var byLinkKey = new Dictionary<string, List<WorkItem>>(StringComparer.Ordinal);
        foreach (var item in plan.WorkItems)
        {
            if (item.Link is { } link)
            {
                if (!byLinkKey.TryGetValue(link.Key, out var list))
                {
                    byLinkKey[link.Key] = list = [];
                }

                list.Add(item);
            }
        }

        return byLinkKey;
    }

    /// <summary>The plan with every changed work item replaced, in plan order; also the key results whose progress the
    /// changes can move, with the latest moment applied to them.</summary>
    private static OkrPlan ReplaceChanged(
        OkrPlan plan,
        Dictionary<string, WorkItem> current,
        Dictionary<string, DateTimeOffset> appliedAt,
        ImmutableArray<WorkItemChange>.Builder changes,
        out Dictionary<string, DateTimeOffset> changedKeyResults)
    {
        var newPlan = plan;
        changedKeyResults = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var before in plan.WorkItems)
        {
            if (!current.TryGetValue(before.Id, out var after) || after.Equals(before))
            {
                continue;
            }

            var fields = ChangedFields(before, after);
            changes.Add(new WorkItemChange(before.Id, before, after, fields));
            newPlan = newPlan.ReplaceWorkItem(after);
            if (fields.Any(f => f != nameof(WorkItem.LastSyncedAt) && f != nameof(WorkItem.Title) && f != nameof(WorkItem.Assignee)))
            {
                string keyResultId = plan.FindOwningKeyResult(before.Id)!.Id;
                var at = appliedAt[before.Id];
                changedKeyResults[keyResultId] = changedKeyResults.TryGetValue(keyResultId, out var prev) && prev > at ? prev : at;
            }
        }

        return newPlan;
    }

    /// <summary>A check-in (the done count as of the latest change) on every activity key result the changes moved.</summary>
    private static OkrPlan AddCheckIns(
        OkrPlan plan,
        OkrPlan newPlan,
        ImmutableArray<WorkItemChange>.Builder changes,
        Dictionary<string, DateTimeOffset> changedKeyResults,
        SyncOptions options,
        ImmutableArray<SyncCheckIn>.Builder checkIns)
    {
        foreach (var keyResult in newPlan.KeyResults.ToList())
        {
            if (keyResult.Kind is not ActivityKind || !changedKeyResults.TryGetValue(keyResult.Id, out var at))
            {
                continue;
            }

            int changedCount = changes.Count(c => plan.FindOwningKeyResult(c.WorkItemId)!.Id == keyResult.Id);
            var checkIn = new CheckIn(at, DoneCount(keyResult, DateOnly.FromDateTime(at.DateTime)))
            {
                Source = CheckInSource.Integration,
                Author = options.CheckInAuthor,
                Note = string.Create(CultureInfo.InvariantCulture, $"{changedCount} work item(s) updated by an integration"),
            };
            newPlan = newPlan.AddCheckIn(keyResult.Id, checkIn);
            checkIns.Add(new SyncCheckIn(keyResult.Id, checkIn));
        }

        return newPlan;
    }

    private static List<string> Resolve(OkrPlan plan, Dictionary<string, List<WorkItem>> byLinkKey, ExternalUpdate update)
    {
        var targets = new List<string>();
        if (byLinkKey.TryGetValue(update.Key, out var linked))
        {
            foreach (var item in linked)
            {
                if (update.System is null || string.Equals(update.System, item.Link!.System, StringComparison.OrdinalIgnoreCase))
                {
                    targets.Add(item.Id);
                }
            }
        }

        if (targets.Count == 0 && plan.FindWorkItem(update.Key) is { } byId)
        {
            targets.Add(byId.Id);
        }

        return targets;
    }

    private static WorkItem ApplyOne(WorkItem item, ExternalUpdate update, StatusMapping mapping, ImmutableArray<UnknownStatus>.Builder unknown)
    {
        var state = item.State;
        var percent = item.PercentComplete;
        if (update.State is { } explicitState)
        {
            state = explicitState;
        }
        else if (update.Status is { } status)
        {
            var mapped = mapping.Map(status);
            if (!mapped.IsKnown)
            {
                unknown.Add(new UnknownStatus(update.Key, item.Id, status, mapping.Name));
            }

            state = mapped.State ?? state;
            percent = mapped.PercentComplete ?? percent;
        }

        percent = update.PercentComplete ?? percent;
        var completedOn = update.CompletedOn ?? item.CompletedOn;
        if (state == WorkItemState.Done && completedOn is null)
        {
            completedOn = DateOnly.FromDateTime(update.At.DateTime);
        }
        else if (state != WorkItemState.Done && update.CompletedOn is null)
        {
            completedOn = null;
        }

        return item with
        {
            Title = string.IsNullOrWhiteSpace(update.Title) ? item.Title : update.Title,
            State = state,
            PercentComplete = percent,
            Effort = update.Effort ?? item.Effort,
            Start = update.Start ?? item.Start,
            Due = update.Due ?? item.Due,
            CompletedOn = completedOn,
            Assignee = update.Assignee ?? item.Assignee,
            LastSyncedAt = update.At,
        };
    }

    private static ImmutableArray<string> ChangedFields(WorkItem before, WorkItem after)
    {
        var fields = ImmutableArray.CreateBuilder<string>();
        bool[] changed =
        [
            before.Title != after.Title, before.State != after.State, before.PercentComplete != after.PercentComplete,
            before.Effort != after.Effort, before.Start != after.Start, before.Due != after.Due,
            before.CompletedOn != after.CompletedOn, before.Assignee != after.Assignee, before.LastSyncedAt != after.LastSyncedAt,
        ];
        for (int i = 0; i < changed.Length; i++)
        {
            if (changed[i])
            {
                fields.Add(FieldNames[i]);
            }
        }

        return fields.ToImmutable();
    }

    private static int DoneCount(KeyResult keyResult, DateOnly asOf)
    {
        int done = 0;
        foreach (var initiative in keyResult.Initiatives)
        {
            if (!initiative.Contributes || initiative.Weight.IsZero)
            {
                continue;
            }

            foreach (var item in initiative.WorkItems)
            {
                if (item.Counts && item.IsDoneAsOf(asOf))
                {
                    done++;
                }
            }
        }

        return done;
    }
}
