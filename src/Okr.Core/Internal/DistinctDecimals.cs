namespace Okr.Core.Internal;

/// <summary>
/// Positions for the distinct values of a compiled table, by the exact bits of a key (so 1 and 1.0 are different keys),
/// with a small direct-mapped cache in front of the dictionary: tables are built from millions of items that share a
/// few values (percentages, confidences), and most lookups hit the cache.
/// </summary>
internal sealed class DistinctDecimals
{
    private const int Slots = 64;
    private readonly Int128[] recentKeys = new Int128[Slots];
    private readonly int[] recentPositions = new int[Slots]; // position + 1; 0 when the slot is empty
    private readonly Dictionary<Int128, int> positions = [];
    private readonly List<decimal> values = [];
    private readonly int limit;

    /// <summary>Creates an empty table.</summary>
    /// <param name="limit">The most values the table takes.</param>
    public DistinctDecimals(int limit) => this.limit = limit;

    /// <summary>The position of the value for a key, adding the key's value (<paramref name="valueOf"/>, called only
    /// then) for a new key; -1 when the key is new and the table is full.</summary>
    public int PositionOf(decimal key, Func<decimal, decimal> valueOf)
    {
        var bits = System.Runtime.CompilerServices.Unsafe.As<decimal, Int128>(ref key);
        int slot = (int)(((ulong)bits ^ (ulong)(bits >> 64) ^ ((ulong)bits >> 29)) * 0x9E3779B97F4A7C15UL >> 58);
        if (recentPositions[slot] != 0 && recentKeys[slot] == bits)
        {
            return recentPositions[slot] - 1;
        }

        if (!positions.TryGetValue(bits, out int position))
        {
            if (values.Count >= limit)
            {
                return -1;
            }

            position = values.Count;
            values.Add(valueOf(key));
            positions.Add(bits, position);
        }

        recentKeys[slot] = bits;
        recentPositions[slot] = position + 1;
        return position;
    }

    /// <summary>The values, by position.</summary>
    public decimal[] ToArray() => [.. values];
}
