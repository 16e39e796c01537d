namespace Okr.Core.Sync;

/// <summary>The outcome of <see cref="PlanSync.Apply"/>: the new plan and the report.</summary>
/// <param name="Plan">The plan with the updates applied (the same instance when nothing changed).</param>
/// <param name="Report">What changed and what was skipped.</param>
public sealed record SyncResult(OkrPlan Plan, SyncReport Report)
{
    /// <summary>The plan with the updates applied (the same instance when nothing changed).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public OkrPlan Plan { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(Plan)); } = Okr.Core.Internal.Guard.NotNull(Plan, nameof(Plan));

    /// <summary>What changed and what was skipped.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public SyncReport Report { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(Report)); } = Okr.Core.Internal.Guard.NotNull(Report, nameof(Report));
}
