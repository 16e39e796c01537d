namespace Okr.Core.Sync;

/// <summary>How <see cref="PlanSync.Apply"/> applies updates. Immutable.</summary>
public sealed record SyncOptions
{
    /// <summary>The default options: presets chosen by each update's system, integration check-ins on.</summary>
    public static SyncOptions Default { get; } = new();

    /// <summary>The status mapping for every update, or null to pick <see cref="StatusMapping.ForSystem"/> by each update's
    /// <see cref="ExternalUpdate.System"/>. The default is null.</summary>
    public StatusMapping? StatusMapping { get; init; }

    /// <summary>Whether activity-based key results whose tasks changed gain a check-in with
    /// <see cref="CheckInSource.Integration"/>. The default is <see langword="true"/>.</summary>
    public bool AddCheckIns { get; init; } = true;

    /// <summary>The author written on integration check-ins. The default is <c>integration</c>.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string CheckInAuthor { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(CheckInAuthor)); } = "integration";
}
