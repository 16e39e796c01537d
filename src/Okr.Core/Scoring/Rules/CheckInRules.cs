namespace Okr.Core.Scoring.Rules;

/// <summary>
/// Which check-in is a key result's latest as of a day, once: among the check-ins whose day is on or before the day,
/// the one with the latest moment, and of equal moments the last recorded. <see cref="KeyResult.LatestCheckInAsOf"/>
/// (records) and the engine's compiled key results (the tables' day and tick columns) both walk their check-ins in
/// recorded order through <see cref="Supersedes"/>.
/// </summary>
internal static class CheckInRules
{
    /// <summary>Whether a check-in (its day number and UTC ticks) replaces the latest found so far as of a day.</summary>
    /// <param name="day">The check-in's day number.</param>
    /// <param name="ticks">The check-in's moment, UTC ticks.</param>
    /// <param name="asOfDay">The scoring day's number.</param>
    /// <param name="hasLatest">Whether an earlier check-in was already taken.</param>
    /// <param name="latestTicks">That check-in's moment (ignored without one).</param>
    public static bool Supersedes(int day, long ticks, int asOfDay, bool hasLatest, long latestTicks) =>
        day <= asOfDay && (!hasLatest || ticks >= latestTicks);
}
