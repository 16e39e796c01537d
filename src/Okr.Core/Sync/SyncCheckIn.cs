namespace Okr.Core.Sync;

/// <summary>A check-in a sync added to an activity-based key result.</summary>
/// <param name="KeyResultId">The key result.</param>
/// <param name="CheckIn">The check-in (its source is <see cref="CheckInSource.Integration"/>).</param>
public sealed record SyncCheckIn(string KeyResultId, CheckIn CheckIn)
{
    /// <summary>The key result.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string KeyResultId { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(KeyResultId)); } = Okr.Core.Internal.Guard.NotNull(KeyResultId, nameof(KeyResultId));

    /// <summary>The check-in (its source is <see cref="CheckInSource.Integration"/>).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public CheckIn CheckIn { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(CheckIn)); } = Okr.Core.Internal.Guard.NotNull(CheckIn, nameof(CheckIn));
}
