namespace Okr.Core.Internal;

/// <summary>
/// What changed in a series from one day to the next, besides the status-and-flags byte every node stores every day:
/// the nodes whose progress changed (sorted, with their new exact progress) and the measured items' rows whose value,
/// confidence or last update changed (sorted, with the new numbers). Part of <see cref="SeriesStore"/>.
/// </summary>
internal sealed class SeriesDayChanges
{
    public SeriesDayChanges(int[] nodes, decimal[] progress, int[] rows, decimal[] values, decimal[] confidences, long[] lastUpdates)
    {
        Nodes = nodes;
        Progress = progress;
        Rows = rows;
        Values = values;
        Confidences = confidences;
        LastUpdates = lastUpdates;
    }

    /// <summary>The nodes whose progress changed, ascending.</summary>
    public int[] Nodes { get; }

    /// <summary>Their new progress ratios.</summary>
    public decimal[] Progress { get; }

    /// <summary>The rows (<see cref="PlanIndex.Slot"/>) whose value, confidence or last update changed, ascending.</summary>
    public int[] Rows { get; }

    /// <summary>Their new values.</summary>
    public decimal[] Values { get; }

    /// <summary>Their new confidences.</summary>
    public decimal[] Confidences { get; }

    /// <summary>Their new last updates (UTC ticks).</summary>
    public long[] LastUpdates { get; }

    /// <summary>The bytes these arrays hold.</summary>
    public long Bytes => (Nodes.Length * 20L) + (Rows.Length * 44L);
}
