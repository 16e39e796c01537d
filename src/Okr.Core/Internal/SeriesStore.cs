namespace Okr.Core.Internal;

/// <summary>
/// Every node's results at every day of a series, compactly: the first day in full (a <see cref="ResultStore"/>, about 25
/// bytes per item), then for each later day one status-and-flags byte per node plus only the numbers that changed since
/// the day before (<see cref="SeriesDayChanges"/>). A day's numbers are the first day's with every later change up to it
/// applied, so reading them gives back exactly, bit for bit, what was stored.
/// </summary>
internal sealed class SeriesStore
{
    private readonly ResultStore first;
    private readonly ChunkedColumn<byte>[] states;
    private readonly SeriesDayChanges[] changes;

    public SeriesStore(ResultStore first, ChunkedColumn<byte>[] states, SeriesDayChanges[] changes)
    {
        this.first = first;
        this.states = states;
        this.changes = changes;
    }

    /// <summary>The number of days.</summary>
    public int DayCount => changes.Length + 1;

    /// <summary>The bytes held: the first day's store (about 25 per item), a byte per node for each later day, the changes.</summary>
    public long Bytes
    {
        get
        {
            long total = (first.Count * 17L) + (first.SlotCount * 40L);
            foreach (var column in states)
            {
                total += column.Length;
            }

            foreach (var day in changes)
            {
                total += day.Bytes;
            }

            return total;
        }
    }

    /// <summary>A node's numbers on a day (its position in the series).</summary>
    public NodeResult Read(int node, int day)
    {
        var result = first[node];
        if (day == 0)
        {
            return result;
        }

        byte packed = states[day - 1][node];
        result.Status = ResultStore.StatusOf(packed);
        result.Flags = ResultStore.FlagsOf(packed);
        bool progressFound = false;
        int row = first.RowOf(node);
        bool rowFound = row < 0;
        for (int d = day - 1; d >= 0 && !(progressFound && rowFound); d--)
        {
            var changed = changes[d];
            if (!progressFound && Array.BinarySearch(changed.Nodes, node) is var at && at >= 0)
            {
                result.Progress = changed.Progress[at];
                progressFound = true;
            }

            if (!rowFound && Array.BinarySearch(changed.Rows, row) is var r && r >= 0)
            {
                result.Value = changed.Values[r];
                result.Confidence = changed.Confidences[r];
                result.LastUpdateTicks = changed.LastUpdates[r];
                rowFound = true;
            }
        }

        return result;
    }

    /// <summary>A node's numbers on every day, in day order (one forward walk over the changes).</summary>
    public void ReadAll(int node, Span<NodeResult> into)
    {
        var result = first[node];
        into[0] = result;
        int row = first.RowOf(node);
        for (int d = 1; d < into.Length; d++)
        {
            var changed = changes[d - 1];
            if (Array.BinarySearch(changed.Nodes, node) is var at && at >= 0)
            {
                result.Progress = changed.Progress[at];
            }

            if (row >= 0 && Array.BinarySearch(changed.Rows, row) is var r && r >= 0)
            {
                result.Value = changed.Values[r];
                result.Confidence = changed.Confidences[r];
                result.LastUpdateTicks = changed.LastUpdates[r];
            }

            byte packed = states[d - 1][node];
            result.Status = ResultStore.StatusOf(packed);
            result.Flags = ResultStore.FlagsOf(packed);
            into[d] = result;
        }
    }

    /// <summary>The whole store of one day, rebuilt: the first day's with every change up to the day applied.</summary>
    public ResultStore Materialize(int day)
    {
        var store = first.Clone();
        for (int d = 0; d < day; d++)
        {
            var changed = changes[d];
            for (int i = 0; i < changed.Nodes.Length; i++)
            {
                store.SetProgress(changed.Nodes[i], changed.Progress[i]);
            }

            for (int i = 0; i < changed.Rows.Length; i++)
            {
                store.SetRow(changed.Rows[i], changed.Values[i], changed.Confidences[i], changed.LastUpdates[i]);
            }
        }

        if (day > 0)
        {
            var column = states[day - 1];
            for (int node = 0; node < store.Count; node++)
            {
                store.SetPackedState(node, column[node]);
            }
        }

        return store;
    }
}
