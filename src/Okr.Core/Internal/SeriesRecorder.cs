using System.Numerics;
using System.Runtime.CompilerServices;

namespace Okr.Core.Internal;

/// <summary>
/// Builds a <see cref="SeriesStore"/> day by day over one working <see cref="ResultStore"/> (the current day's results,
/// updated in place): each write is compared bit for bit with what the node had the day before, and only what differs
/// is kept for the day (<see cref="SeriesDayChanges"/>), plus the whole status-and-flags column. What differs is marked in
/// two bit sets (nodes whose progress changed, rows whose numbers changed) and read back from the working store, in order,
/// when the day ends: no list to sort.
/// </summary>
internal sealed class SeriesRecorder
{
    private readonly ResultStore first;
    private readonly List<ChunkedColumn<byte>> states = [];
    private readonly List<SeriesDayChanges> days = [];
    private readonly ulong[] progressChanged;
    private readonly ulong[] rowChanged;
    private int progressCount;
    private int rowCount;

    /// <summary>Starts a series whose first day's results are <paramref name="firstDay"/>, which becomes the working store.</summary>
    public SeriesRecorder(ResultStore firstDay)
    {
        Current = firstDay;
        first = firstDay.Clone();
        progressChanged = new ulong[(firstDay.Count + 63) / 64];
        rowChanged = new ulong[(firstDay.SlotCount + 63) / 64];
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
            MarkProgress(node);
            changed = true;
        }

        int row = store.RowOf(node);
        if (row >= 0)
        {
            var old = store[node];
            if (!SameBits(old.Value, result.Value) || !SameBits(old.Confidence, result.Confidence) || old.LastUpdateTicks != result.LastUpdateTicks)
            {
                store.SetRow(row, result.Value, result.Confidence, result.LastUpdateTicks);
                MarkRow(row);
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
            MarkProgress(node);
            change = SeriesChange.Numbers;
        }

        int row = store.RowOf(node);
        if (row >= 0)
        {
            var after = store[node];
            if (!SameBits(before.Value, after.Value) || !SameBits(before.Confidence, after.Confidence) || before.LastUpdateTicks != after.LastUpdateTicks)
            {
                MarkRow(row);
                change = SeriesChange.Numbers;
            }
        }

        return change;
    }

    /// <summary>Writes a node's re-evaluated status alone into the day being built (its numbers and flags stay as the day
    /// before's): straight into the status column the day keeps.</summary>
    /// <returns>Whether the status differs from the day before.</returns>
    public bool WriteStatus(int node, OkrStatus status, out OkrStatus before)
    {
        byte was = Current.PackedStateOf(node);
        before = ResultStore.StatusOf(was);
        if (before == status)
        {
            return false;
        }

        Current.SetPackedState(node, ResultStore.Pack(status, ResultStore.FlagsOf(was)));
        return true;
    }

    /// <summary>Closes the day being built: its changes (read back from the working store in node and row order) and the
    /// status column are kept.</summary>
    public void EndDay()
    {
        var store = Current;
        var nodes = new int[progressCount];
        var ratios = new decimal[progressCount];
        int i = 0;
        foreach (int node in SetBits(progressChanged))
        {
            nodes[i] = node;
            ratios[i++] = store.ProgressOf(node);
        }

        var rowIds = new int[rowCount];
        var values = new decimal[rowCount];
        var confidences = new decimal[rowCount];
        var lastUpdates = new long[rowCount];
        i = 0;
        foreach (int row in SetBits(rowChanged))
        {
            rowIds[i] = row;
            (values[i], confidences[i], lastUpdates[i]) = store.RowAt(row);
            i++;
        }

        days.Add(new SeriesDayChanges(nodes, ratios, rowIds, values, confidences, lastUpdates));
        states.Add(store.CloneStates());
        Array.Clear(progressChanged);
        Array.Clear(rowChanged);
        progressCount = 0;
        rowCount = 0;
    }

    /// <summary>The positions of the set bits, ascending.</summary>
    private static IEnumerable<int> SetBits(ulong[] bits)
    {
        for (int word = 0; word < bits.Length; word++)
        {
            for (ulong w = bits[word]; w != 0; w &= w - 1)
            {
                yield return (word << 6) + BitOperations.TrailingZeroCount(w);
            }
        }
    }

    private void MarkProgress(int node)
    {
        if (MarkNew(progressChanged, node))
        {
            progressCount++;
        }
    }

    private void MarkRow(int row)
    {
        if (MarkNew(rowChanged, row))
        {
            rowCount++;
        }
    }

    /// <summary>Sets a position's bit; true when it was not set before.</summary>
    private static bool MarkNew(ulong[] bits, int position)
    {
        ref ulong word = ref bits[position >> 6];
        ulong bit = 1UL << (position & 63);
        bool added = (word & bit) == 0;
        word |= bit;
        return added;
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
