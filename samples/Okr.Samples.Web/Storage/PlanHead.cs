namespace Okr.Samples.Web.Storage;

/// <summary>A plan's current revision and the revision its snapshot was written at.</summary>
/// <param name="Revision">The revision of the last change.</param>
/// <param name="BaseRevision">The revision of the snapshot; events above it follow.</param>
public sealed record PlanHead(long Revision, long BaseRevision);
