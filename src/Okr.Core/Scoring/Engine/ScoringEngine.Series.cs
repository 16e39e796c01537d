using Okr.Core.Internal;

namespace Okr.Core.Scoring;

/// <summary>
/// A series of days (<see cref="OkrScorer.ScoreSeries"/>): the first day scored in full, each later day recorded as what
/// changed (<see cref="SeriesRecorder"/>).
/// </summary>
internal sealed partial class ScoringEngine
{
    /// <summary>Scores the plan as of each day (sorted, distinct) into a compact store.</summary>
    public static SeriesStore ScoreSeries(OkrPlan plan, ImmutableArray<DateOnly> days)
    {
        var recorder = new SeriesRecorder(new ScoringEngine(plan, days[0]).ScoreAll());
        for (int d = 1; d < days.Length; d++)
        {
            var next = new ScoringEngine(plan, days[d]).ScoreAll();
            for (int node = 0; node < next.Count; node++)
            {
                recorder.Write(node, next[node]);
            }

            recorder.EndDay();
        }

        return recorder.Finish();
    }
}
