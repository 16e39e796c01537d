namespace Okr.Core.Integrations;

/// <summary>The outcome of an import: initiatives with their tasks, the same tasks as <see cref="ExternalUpdate"/>s,
/// and the report.</summary>
public sealed record ImportResult
{
    /// <summary>The key result named in the options.</summary>
    public required string KeyResultId { get; init; }

    /// <summary>The initiatives, each with its work items, in the order first met.</summary>
    public required ImmutableArray<Initiative> Initiatives { get; init; }

    /// <summary>One update per imported task (key, status, dates, assignee, moment of the tool's last change), for
    /// <see cref="PlanSync.Apply"/> on a plan that already holds these tasks.</summary>
    public required ImmutableArray<ExternalUpdate> Updates { get; init; }

    /// <summary>What was read, imported and skipped, and why.</summary>
    public required ImportReport Report { get; init; }

    /// <summary>Every imported work item, initiative by initiative.</summary>
    public IEnumerable<WorkItem> WorkItems => Initiatives.SelectMany(i => i.WorkItems);

    /// <summary>
    /// Says whether the imported work will move the progress of the key result <see cref="KeyResultId"/> in
    /// <paramref name="plan"/>. Only an activity key result is scored by its work items; any other kind is measured by
    /// check-ins (or by its child key results), so the imported work is shown under it but leaves its number unchanged.
    /// Call it before or after <see cref="AttachTo"/>, and show the notice, so an import never changes nothing in silence.
    /// </summary>
    /// <param name="plan">The plan the work is (or will be) attached to.</param>
    /// <returns>Null when the work moves the key result's progress; otherwise a warning naming the key result and why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The plan has no key result <see cref="KeyResultId"/>.</exception>
    public ImportProblem? ProgressNotice(OkrPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var keyResult = plan.FindKeyResult(KeyResultId) ?? throw new KeyNotFoundException($"No key result has the id '{KeyResultId}'.");
        string? reason = keyResult.Kind switch
        {
            ActivityKind when keyResult.ProgressOverride is { Mode: OverrideMode.Sticky } =>
                $"{KeyResultId} has a sticky progress override; imported work is shown under it but does not move its progress until the override is removed.",
            ActivityKind => null,
            CascadedSumKind =>
                $"{KeyResultId} is measured by its child key results (cascaded sum); imported work is shown under it but does not move its progress; an activity key result would.",
            var kind =>
                $"{KeyResultId} is measured by check-ins ({kind.Discriminator}); imported work is shown under it but does not move its progress; an activity key result would.",
        };
        return reason is null ? null : new ImportProblem("key result " + KeyResultId, KeyResultId, reason, ImportProblemSeverity.Warning);
    }

    /// <summary>
    /// Returns a plan with the imported initiatives under the key result <see cref="KeyResultId"/>. An initiative whose id
    /// is already under that key result is refreshed: its title, dates, link and work items are replaced, while the
    /// owner, weight and whether it contributes are kept. Other initiatives are appended.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The plan has no key result <see cref="KeyResultId"/>.</exception>
    /// <exception cref="InvalidPlanException">An imported id is already used elsewhere in the plan.</exception>
    public OkrPlan AttachTo(OkrPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var keyResult = plan.FindKeyResult(KeyResultId) ?? throw new KeyNotFoundException($"No key result has the id '{KeyResultId}'.");
        var initiatives = keyResult.Initiatives.ToBuilder();
        foreach (var imported in Initiatives)
        {
            int at = -1;
            for (int i = 0; i < initiatives.Count; i++)
            {
                if (initiatives[i].Id == imported.Id)
                {
                    at = i;
                    break;
                }
            }

            if (at < 0)
            {
                initiatives.Add(imported);
            }
            else
            {
                initiatives[at] = initiatives[at] with
                {
                    Title = imported.Title,
                    Start = imported.Start,
                    Due = imported.Due,
                    Link = imported.Link,
                    WorkItems = imported.WorkItems,
                };
            }
        }

        return plan.ReplaceKeyResult(keyResult with { Initiatives = initiatives.ToImmutable() });
    }
}
