namespace Okr.Core.Scoring;

/// <summary>
/// How fresh an objective's or key result's check-ins are as of a day. A key result is stale when more than the
/// threshold's days have passed since its last check-in (or, with none yet, since its period started); closed or
/// achieved key results, and key results whose period has ended or not yet started, are never stale. Activity and
/// cascaded-sum key results are measured by their work items and child key results, not by check-ins of their own,
/// so they are never stale themselves. An objective counts its own stale key results.
/// </summary>
public readonly struct ItemStaleness
{
    internal ItemStaleness(string id, OkrItemKind kind, DateOnly? lastCheckInOn, int? daysSinceCheckIn, bool isStale, int staleKeyResults, string reason)
    {
        Id = id;
        ItemKind = kind;
        LastCheckInOn = lastCheckInOn;
        DaysSinceCheckIn = daysSinceCheckIn;
        IsStale = isStale;
        StaleKeyResults = staleKeyResults;
        Reason = reason;
    }

    /// <summary>The item's id.</summary>
    public string Id { get; }

    /// <summary>The item's kind: <see cref="OkrItemKind.KeyResult"/> or <see cref="OkrItemKind.Objective"/>.</summary>
    public OkrItemKind ItemKind { get; }

    /// <summary>For key results, the day of the last check-in by the scoring day; null when there is none or for objectives.</summary>
    public DateOnly? LastCheckInOn { get; }

    /// <summary>For key results with a check-in, the whole days from the last check-in's day to the scoring day (0 when
    /// checked in that day); null otherwise.</summary>
    public int? DaysSinceCheckIn { get; }

    /// <summary>Whether the key result is stale (for an objective: whether any of its key results is).</summary>
    public bool IsStale { get; }

    /// <summary>For objectives, how many of their key results are stale; for a key result, 1 when stale, else 0.</summary>
    public int StaleKeyResults { get; }

    /// <summary>Why the item is or is not stale, for a person: "no check-in for 17 days (threshold 14)".</summary>
    public string Reason { get; }

    /// <summary>The id and the reason.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{Id}: {Reason}";
}
