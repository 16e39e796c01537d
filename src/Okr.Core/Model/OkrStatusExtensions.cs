namespace Okr.Core;

/// <summary>Helpers over <see cref="OkrStatus"/>.</summary>
public static class OkrStatusExtensions
{
    /// <summary>
    /// The rank of a status for "worst wins" rules: <see cref="OkrStatus.AtRisk"/> 4, <see cref="OkrStatus.Behind"/> 3,
    /// <see cref="OkrStatus.NotStarted"/> 2, <see cref="OkrStatus.OnTrack"/> 1, <see cref="OkrStatus.Achieved"/> and
    /// <see cref="OkrStatus.Closed"/> 0, <see cref="OkrStatus.NotScored"/> -1 (ignored).
    /// </summary>
    /// <param name="status">The status.</param>
    /// <returns>The rank; higher is worse.</returns>
    public static int Severity(this OkrStatus status) => status switch
    {
        OkrStatus.AtRisk => 4,
        OkrStatus.Behind => 3,
        OkrStatus.NotStarted => 2,
        OkrStatus.OnTrack => 1,
        OkrStatus.Achieved => 0,
        OkrStatus.Closed => 0,
        _ => -1,
    };
}
