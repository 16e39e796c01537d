using Okr.Core.Internal;
using Okr.Core.Scoring.Rules;

namespace Okr.Core.Scoring;

/// <summary>
/// The one place that says what moving from one day to a later one can change for an item on its own (its children's
/// changes are followed by the series walk, <see cref="ScoringEngine.ScoreSeries"/>): a work item becoming done or
/// overdue (<see cref="WorkItemRules"/>), a check-in dated in between, an override or a closing taking effect, and the
/// elapsed share of a period (every pace status). Anything the compiled tables do not serve is recomputed every day.
/// </summary>
internal sealed class SeriesChanges
{
    private readonly ScoringEngine previous;
    private readonly ScoringEngine current;
    private readonly ScoringTables tables;
    private readonly KeyResultTables keyResults;
    private readonly bool[] periodMoved;
    private readonly bool servesKeyResults;
    private readonly int from;
    private readonly int to;
    private Period lastPeriod;
    private bool hasLastPeriod;
    private bool lastMoved;

    public SeriesChanges(ScoringEngine previous, ScoringEngine current, ScoringTables tables)
    {
        this.previous = previous;
        this.current = current;
        this.tables = tables;
        keyResults = current.Plan.KeyResultTables;
        servesKeyResults = CompiledScoring.ServesKeyResults(current.Plan.Scoring);
        from = previous.AsOf.DayNumber;
        to = current.AsOf.DayNumber;
        periodMoved = new bool[tables.Periods.Length];
        for (int p = 0; p < periodMoved.Length; p++)
        {
            periodMoved[p] = !SeriesRecorder.SameBits(tables.Periods[p].ElapsedFraction(previous.AsOf), tables.Periods[p].ElapsedFraction(current.AsOf));
        }
    }

    /// <summary>The previous day.</summary>
    public DateOnly PreviousDay => previous.AsOf;

    /// <summary>Whether something dated <paramref name="day"/> takes effect after the previous day and by the new one.</summary>
    public static bool Passes(DateOnly? day, DateOnly previousDay, DateOnly newDay) => day is { } d && d > previousDay && d <= newDay;

    /// <summary>Whether a moment's day takes effect after the previous day and by the new one (overrides count from the
    /// day of their moment's own clock time, as the engine reads them).</summary>
    public static bool Passes(DateTimeOffset? at, DateOnly previousDay, DateOnly newDay) =>
        at is { } a && Passes(DateOnly.FromDateTime(a.DateTime), previousDay, newDay);

    /// <summary>Whether a compiled period's elapsed share differs between the two days.</summary>
    public bool PeriodMoved(int period) => periodMoved[period];

    /// <summary>Whether a period's elapsed share differs between the two days (exact bits: a status strategy sees them).</summary>
    public bool ElapsedMoved(Period period)
    {
        // Most objectives share a few periods: the answer is remembered for the last one asked.
        if (!hasLastPeriod || period != lastPeriod)
        {
            lastMoved = !SeriesRecorder.SameBits(period.ElapsedFraction(previous.AsOf), period.ElapsedFraction(current.AsOf));
            (lastPeriod, hasLastPeriod) = (period, true);
        }

        return lastMoved;
    }

    /// <summary>Whether a work item (compiled ordinal) becomes done or overdue between the two days.</summary>
    public bool WorkItemChanges(int ordinal)
    {
        int doneFrom = tables.DoneFrom[ordinal];
        int due = tables.Due[ordinal];
        return WorkItemRules.IsDone(doneFrom, from) != WorkItemRules.IsDone(doneFrom, to) || (due < from) != (due < to);
    }

    /// <summary>Whether the compiled tables serve key result k (else it is recomputed every day through its strategy).</summary>
    public bool ServesKeyResult(int k) => servesKeyResults && keyResults.Kind[k] != CompiledKind.General;

    /// <summary>Whether a check-in of compiled key result k is dated after the previous day and by the new one.</summary>
    public bool CheckInArrives(int k)
    {
        for (int c = keyResults.CheckInStart[k]; c < keyResults.CheckInStart[k + 1]; c++)
        {
            int day = keyResults.CheckInDay[c];
            if (day > from && day <= to)
            {
                return true;
            }
        }

        return false;
    }
}
