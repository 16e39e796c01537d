namespace Okr.Core.Internal;

/// <summary>
/// The numbers of every node of a scored plan, stored by column so a scorecard costs about 25 bytes per item:
/// progress (16 bytes) and a packed status-and-flags byte for every node, plus value, confidence and last update
/// (40 bytes) for objectives and key results only (their <see cref="PlanIndex.Slot"/> row). Each column is a
/// <see cref="ChunkedColumn{T}"/>, off the large object heap. Work items and
/// initiatives never have a value, a confidence or a last update.
/// </summary>
internal sealed class ResultStore
{
    private const int FlagShift = 3;
    private const byte StatusMask = 0b111;

    private readonly int[] slot;
    private readonly ChunkedColumn<decimal> progress;
    private readonly ChunkedColumn<byte> state;
    private readonly ChunkedColumn<decimal> value;
    private readonly ChunkedColumn<decimal> confidence;
    private readonly ChunkedColumn<long> lastUpdate;

    public ResultStore(PlanIndex index)
    {
        slot = index.Slot;
        progress = new(index.Count);
        state = new(index.Count);
        value = new(index.SlotCount);
        confidence = new(index.SlotCount);
        lastUpdate = new(index.SlotCount);
    }

    private ResultStore(ResultStore other)
    {
        slot = other.slot;
        progress = other.progress.Clone();
        state = other.state.Clone();
        value = other.value.Clone();
        confidence = other.confidence.Clone();
        lastUpdate = other.lastUpdate.Clone();
    }

    public int Count => progress.Length;

    public NodeResult this[int node]
    {
        get
        {
            byte packed = state[node];
            var result = new NodeResult { Progress = progress[node], Status = (OkrStatus)(packed & StatusMask), Flags = (NodeFlags)(packed >> FlagShift) };
            int row = slot[node];
            if (row >= 0)
            {
                result.Value = value[row];
                result.Confidence = confidence[row];
                result.LastUpdateTicks = lastUpdate[row];
            }

            return result;
        }
    }

    public ResultStore Clone() => new(this);

    public void Set(int node, in NodeResult result)
    {
        progress[node] = result.Progress;
        state[node] = (byte)((byte)result.Status | ((byte)result.Flags << FlagShift));
        int row = slot[node];
        if (row >= 0)
        {
            value[row] = result.Value;
            confidence[row] = result.Confidence;
            lastUpdate[row] = result.LastUpdateTicks;
        }
    }

    /// <summary>Stores a work item's or initiative's result: progress, status and flags only.</summary>
    public void SetLeaf(int node, decimal ratio, OkrStatus status, NodeFlags flags)
    {
        progress[node] = ratio;
        state[node] = (byte)((byte)status | ((byte)flags << FlagShift));
    }

    /// <summary>The packed status-and-flags byte of a result, as <see cref="Set"/> stores it.</summary>
    public static byte Pack(OkrStatus status, NodeFlags flags) => (byte)((byte)status | ((byte)flags << FlagShift));

    /// <summary>The status in a packed byte.</summary>
    public static OkrStatus StatusOf(byte packed) => (OkrStatus)(packed & StatusMask);

    /// <summary>The flags in a packed byte.</summary>
    public static NodeFlags FlagsOf(byte packed) => (NodeFlags)(packed >> FlagShift);

    /// <summary>The number of measured items' rows.</summary>
    public int SlotCount => value.Length;

    /// <summary>A node's packed status-and-flags byte (what a series stores for every node and day).</summary>
    public byte PackedStateOf(int node) => state[node];

    /// <summary>Sets a node's packed status-and-flags byte.</summary>
    public void SetPackedState(int node, byte packed) => state[node] = packed;

    /// <summary>Sets a node's progress ratio only.</summary>
    public void SetProgress(int node, decimal ratio) => progress[node] = ratio;

    /// <summary>Sets a measured item's row (value, confidence, last update) only.</summary>
    public void SetRow(int row, decimal rowValue, decimal rowConfidence, long rowLastUpdate)
    {
        value[row] = rowValue;
        confidence[row] = rowConfidence;
        lastUpdate[row] = rowLastUpdate;
    }

    /// <summary>A measured item's row: value, confidence and last update.</summary>
    public (decimal Value, decimal Confidence, long LastUpdate) RowAt(int row) => (value[row], confidence[row], lastUpdate[row]);

    /// <summary>A copy of the packed status-and-flags column.</summary>
    public ChunkedColumn<byte> CloneStates() => state.Clone();

    /// <summary>The node's row in the per-measured-item columns, or -1.</summary>
    public int RowOf(int node) => slot[node];

    public bool IsScored(int node) => ((state[node] >> FlagShift) & (byte)NodeFlags.Scored) != 0;

    public decimal ProgressOf(int node) => progress[node];

    public OkrStatus StatusOf(int node) => (OkrStatus)(state[node] & StatusMask);

    public long LastUpdateOf(int node) => slot[node] is var row && row >= 0 ? lastUpdate[row] : 0L;

    public decimal? ConfidenceOf(int node) =>
        ((state[node] >> FlagShift) & (byte)NodeFlags.HasConfidence) != 0 ? confidence[slot[node]] : null;

    public decimal? ValueOf(int node) =>
        ((state[node] >> FlagShift) & (byte)NodeFlags.HasValue) != 0 ? value[slot[node]] : null;
}
