namespace Okr.Samples.Web.Storage;

/// <summary>The outcome of a snapshot write.</summary>
/// <param name="Revision">The plan's new revision.</param>
/// <param name="Created">Whether the plan did not exist before.</param>
public sealed record SnapshotWritten(long Revision, bool Created);
