namespace Okr.Samples.Web.Storage;

/// <summary>A plan as stored: its snapshot and the events after it.</summary>
/// <param name="Head">The revisions.</param>
/// <param name="Document">The snapshot, the library's UTF-8 JSON.</param>
/// <param name="Events">The events above <see cref="PlanHead.BaseRevision"/>, in order.</param>
public sealed record StoredPlan(PlanHead Head, byte[] Document, IReadOnlyList<PlanEvent> Events);
