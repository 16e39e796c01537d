namespace Okr.Core.Scoring.Rules;

/// <summary>
/// An initiative's rules, once: its period (its own dates, else its objective's), its progress (the mean completion of
/// its counting work items, else the percent typed in, else not scored) and the statuses decided without the status
/// strategy. The engine's records path and compiled tables both call them (the tables store the period chosen here).
/// </summary>
internal static class InitiativeRules
{
    /// <summary>The initiative's own period when it has a start and a due day not before it; else the objective's.</summary>
    public static Period PeriodOf(Initiative initiative, Period objectivePeriod) =>
        initiative.Start is { } start && initiative.Due is { } due && due >= start ? new Period(start, due) : objectivePeriod;

    /// <summary>The statuses of a scored initiative decided without the status strategy: all its work done, or none of
    /// it started; null when the strategy decides.</summary>
    public static (OkrStatus Status, string Rule)? StatusWithoutPace(decimal ratio, int started) =>
        ratio >= 1m ? (OkrStatus.Achieved, "all work done")
        : started == 0 ? (OkrStatus.NotStarted, "no work started")
        : null;

    /// <summary>The work items' part of an initiative's progress: add each counting work item in order.</summary>
    internal struct Tally
    {
        private decimal sum;

        /// <summary>How many work items count.</summary>
        public int Counting { get; private set; }

        /// <summary>How many counting work items are started (any status but not started).</summary>
        public int Started { get; private set; }

        /// <summary>Adds a counting work item's completion and status.</summary>
        public void Add(decimal completion, OkrStatus status)
        {
            Counting++;
            sum += completion;
            if (status != OkrStatus.NotStarted)
            {
                Started++;
            }
        }

        /// <summary>The progress ratio and the started count: the mean completion when a work item counts, else the percent
        /// typed in (started when above 0); null when neither.</summary>
        public readonly (decimal Ratio, int Started)? Progress(decimal? percentComplete) =>
            Counting > 0 ? (sum / Counting, Started)
            : percentComplete is { } percent ? (Okr.Core.Progress.FromPercent(percent).Ratio, percent > 0m ? 1 : 0)
            : null;
    }
}
