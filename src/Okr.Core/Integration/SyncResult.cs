namespace Okr.Core.Integration;

/// <summary>The outcome of <see cref="PlanSync.Apply"/>: the new plan and the report.</summary>
/// <param name="Plan">The plan with the updates applied (the same instance when nothing changed).</param>
/// <param name="Report">What changed and what was skipped.</param>
public sealed record SyncResult(OkrPlan Plan, SyncReport Report);
