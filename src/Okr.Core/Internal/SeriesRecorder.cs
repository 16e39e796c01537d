using System.Runtime.CompilerServices;

namespace Okr.Core.Internal;

/// <summary>
/// Builds a <see cref="SeriesStore"/> day by day over one working <see cref="ResultStore"/> (the current day's results,
/// updated in place): each write is compared bit for bit with what the node had the day before, and only what differs
/// is kept for the day (<see cref="SeriesDayChanges"/>), plus the whole status-and-flags column.
/// </summary>
internal sealed class SeriesRecorder
{
    private readonly ResultStore first;
    private readonly List<ChunkedColumn<byte>> states = [];
    private readonly List<SeriesDayChanges> days = [];
    private readonly List<(int Node, decimal Progress)> progress = [];
    private readonly List<(int Row, decimal Value, decimal Confidence, long LastUpdate)> rows = [];

    /// <summary>Starts a series whose first day's results are <paramref name="firstDay"/>, which becomes the working store.</summary>
    public SeriesRecorder(ResultStore firstDay)
    {
        Current = firstDay;
        first = firstDay.Clone();
    }

    /// <summary>The working store: the results of the day being built (the previous day's where not yet written).</summary>
    public ResultStore Current { get; }

    /// <summary>Writes a node's result for the day being built.</summary>
    /// <returns>Whether anything of the node's result (its numbers, status or flags) differs from the day before.</returns>
    public bool Write(int node, in NodeResult result)
    {
        var store = Current;
        bool changed = false;
        byte packed = ResultStore.Pack(result.Status, result.Flags);
        if (store.PackedStateOf(node) != packed)
        {
            store.SetPackedState(node, packed);
            changed = true;
        }

        decimal before = store.ProgressOf(node);
        if (!SameBits(before, result.Progress))
        {
            store.SetProgress(node, result.Progress);
            progress.Add((node, result.Progress));
            changed = true;
        }

        int row = store.RowOf(node);
        if (row >= 0)
        {
            var old = store[node];
            if (!SameBits(old.Value, result.Value) || !SameBits(old.Confidence, result.Confidence) || old.LastUpdateTicks != result.LastUpdateTicks)
            {
                store.SetRow(row, result.Value, result.Confidence, result.LastUpdateTicks);
                rows.Add((row, result.Value, result.Confidence, result.LastUpdateTicks));
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>Takes note of a node's result written into <see cref="Current"/> by the engine, given what it was before.</summary>
    /// <returns>What differs from the day before: nothing, only the status, or its numbers or flags.</returns>
    public SeriesChange Observe(int node, in NodeResult before)
    {
        var store = Current;
        var change = SeriesChange.None;
        byte was = ResultStore.Pack(before.Status, before.Flags);
        byte now = store.PackedStateOf(node);
        if (was != now)
        {
            change = ResultStore.FlagsOf(was) == ResultStore.FlagsOf(now) ? SeriesChange.StatusOnly : SeriesChange.Numbers;
        }

        decimal progressNow = store.ProgressOf(node);
        if (!SameBits(before.Progress, progressNow))
        {
            progress.Add((node, progressNow));
            change = SeriesChange.Numbers;
        }

        int row = store.RowOf(node);
        if (row >= 0)
        {
            var after = store[node];
            if (!SameBits(before.Value, after.Value) || !SameBits(before.Confidence, after.Confidence) || before.LastUpdateTicks != after.LastUpdateTicks)
            {
                rows.Add((row, after.Value, after.Confidence, after.LastUpdateTicks));
                change = SeriesChange.Numbers;
            }
        }

        return change;
    }

    /// <summary>Closes the day being built: its changes and the status column are kept.</summary>
    public void EndDay()
    {
        progress.Sort(static (a, b) => a.Node.CompareTo(b.Node));
        rows.Sort(static (a, b) => a.Row.CompareTo(b.Row));
        var nodes = new int[progress.Count];
        var ratios = new decimal[progress.Count];
        for (int i = 0; i < nodes.Length; i++)
        {
            (nodes[i], ratios[i]) = progress[i];
        }

        var rowIds = new int[rows.Count];
        var values = new decimal[rows.Count];
        var confidences = new decimal[rows.Count];
        var lastUpdates = new long[rows.Count];
        for (int i = 0; i < rowIds.Length; i++)
        {
            (rowIds[i], values[i], confidences[i], lastUpdates[i]) = rows[i];
        }

        days.Add(new SeriesDayChanges(nodes, ratios, rowIds, values, confidences, lastUpdates));
        states.Add(Current.CloneStates());
        progress.Clear();
        rows.Clear();
    }

    /// <summary>The series built.</summary>
    public SeriesStore Finish() => new(first, [.. states], [.. days]);

    /// <summary>Whether two decimals have the same bits (0.5 and 0.50 differ: a series must give back the exact number).</summary>
    public static bool SameBits(decimal a, decimal b) =>
        Unsafe.As<decimal, Int128>(ref a) == Unsafe.As<decimal, Int128>(ref b);
}

/// <summary>What changed in a node's result from one day of a series to the next.</summary>
internal enum SeriesChange : byte
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Only the status.</summary>
    StatusOnly = 1,

    /// <summary>Its progress, value, confidence, last update or flags (and perhaps its status).</summary>
    Numbers = 2,
}
