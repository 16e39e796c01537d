namespace Okr.Core.Internal;

/// <summary>The numbers of one node while it is computed or read; stored by column in a <see cref="ResultStore"/>.</summary>
internal struct NodeResult
{
    public decimal Progress;
    public decimal Value;
    public decimal Confidence;
    public long LastUpdateTicks;
    public NodeFlags Flags;
    public OkrStatus Status;

    public readonly bool IsScored => (Flags & NodeFlags.Scored) != 0;

    public readonly Progress? ProgressOrNull => IsScored ? Core.Progress.FromRatio(Progress) : null;

    public readonly decimal? ValueOrNull => (Flags & NodeFlags.HasValue) != 0 ? Value : null;

    public readonly decimal? ConfidenceOrNull => (Flags & NodeFlags.HasConfidence) != 0 ? Confidence : null;
}
