namespace Okr.Samples.Web.Storage;

/// <summary>
/// Where plans live. A plan is a snapshot (the library's JSON document as of <see cref="StoredPlan.BaseRevision"/>) and an
/// append-only log of events after it (check-ins, webhook batches), so a check-in is one small row, never a rewrite
/// of the document. Every change takes the next revision of its plan; revisions are the ETags.
/// Implementations must be safe for several app instances on one database.
/// </summary>
public interface IPlanStore
{
    /// <summary>Creates or migrates the schema.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>The plan's current revision and the revision of its snapshot, or null when there is no such plan.</summary>
    /// <param name="planId">The plan's id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The head, or null.</returns>
    Task<PlanHead?> GetHeadAsync(string planId, CancellationToken cancellationToken);

    /// <summary>The snapshot and every event after it, or null when there is no such plan.</summary>
    /// <param name="planId">The plan's id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The stored plan, or null.</returns>
    Task<StoredPlan?> LoadAsync(string planId, CancellationToken cancellationToken);

    /// <summary>The events with a revision above <paramref name="afterRevision"/>, in revision order.</summary>
    /// <param name="planId">The plan's id.</param>
    /// <param name="afterRevision">The last revision already known.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The events.</returns>
    Task<IReadOnlyList<PlanEvent>> ReadEventsAsync(string planId, long afterRevision, CancellationToken cancellationToken);

    /// <summary>Writes a new snapshot (creating the plan when absent) and drops the events it includes.</summary>
    /// <param name="planId">The plan's id.</param>
    /// <param name="document">The plan as the library's UTF-8 JSON.</param>
    /// <param name="expectedRevision">When set, the write happens only if the plan's revision is still this one
    /// (0: only if the plan does not exist yet).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The new revision and whether the plan was created, or null when <paramref name="expectedRevision"/> did not match.</returns>
    Task<SnapshotWritten?> WriteSnapshotAsync(string planId, byte[] document, long? expectedRevision, CancellationToken cancellationToken);

    /// <summary>Appends one event at the plan's next revision.</summary>
    /// <param name="planId">The plan's id.</param>
    /// <param name="kind">The event's kind (<see cref="PlanEvent.CheckIn"/> or <see cref="PlanEvent.Sync"/>).</param>
    /// <param name="payload">The event's JSON.</param>
    /// <param name="expectedRevision">When set, the append happens only if the plan's revision is still this one.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The event's revision; null when the plan does not exist or <paramref name="expectedRevision"/> did not match.</returns>
    Task<long?> AppendAsync(string planId, string kind, string payload, long? expectedRevision, CancellationToken cancellationToken);

    /// <summary>Whether the database answers.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    Task PingAsync(CancellationToken cancellationToken);
}
