namespace Okr.Core.Internal;

/// <summary>
/// A fixed-length column of numbers stored in chunks of 64 KiB. No chunk reaches the large object heap (85,000 bytes),
/// so a scorecard that is dropped soon after use (one per page view or webhook) is collected with the young
/// generation instead of counting towards full collections, which would walk the whole plan.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ChunkedColumn<T>
    where T : unmanaged
{
    private const int ChunkBytes = 64 * 1024;
    private static readonly int Shift = System.Numerics.BitOperations.Log2((uint)(ChunkBytes / System.Runtime.CompilerServices.Unsafe.SizeOf<T>()));
    private static readonly int Mask = (1 << Shift) - 1;

    private readonly T[][] chunks;

    public ChunkedColumn(int length)
    {
        Length = length;
        chunks = new T[(length + Mask) >> Shift][];
        for (int c = 0; c < chunks.Length; c++)
        {
            chunks[c] = new T[Math.Min(Mask + 1, length - (c << Shift))];
        }
    }

    private ChunkedColumn(ChunkedColumn<T> other)
    {
        Length = other.Length;
        chunks = new T[other.chunks.Length][];
        for (int c = 0; c < chunks.Length; c++)
        {
            chunks[c] = (T[])other.chunks[c].Clone();
        }
    }

    /// <summary>The number of elements.</summary>
    public int Length { get; }

    /// <summary>The element at a position.</summary>
    public ref T this[int index] => ref chunks[index >> Shift][index & Mask];

    /// <summary>A copy with its own chunks.</summary>
    public ChunkedColumn<T> Clone() => new(this);
}
