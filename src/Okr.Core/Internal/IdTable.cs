namespace Okr.Core.Internal;

/// <summary>
/// A fixed-capacity open-addressing hash table from an item's id to its node, storing only node numbers
/// (the ids live in the index's id array): about 8 bytes per item against about 40 for a grown
/// <see cref="Dictionary{TKey, TValue}"/>. Ordinal comparison. Read-only once built, so safe to share between threads.
/// </summary>
internal sealed class IdTable
{
    private readonly int[] slots; // node + 1; 0 is empty
    private readonly int mask;

    public IdTable(int count)
    {
        int capacity = 16;
        while (capacity < count + (count >> 1))
        {
            capacity <<= 1;
        }

        slots = new int[capacity];
        mask = capacity - 1;
    }

    /// <summary>Adds the id of <paramref name="node"/>, or returns the node that already has it.</summary>
    /// <returns>-1 when added; otherwise the node that holds the id.</returns>
    public int Add(string[] ids, int node)
    {
        string id = ids[node];
        int i = string.GetHashCode(id, StringComparison.Ordinal) & mask;
        while (true)
        {
            int held = slots[i] - 1;
            if (held < 0)
            {
                slots[i] = node + 1;
                return -1;
            }

            if (string.Equals(ids[held], id, StringComparison.Ordinal))
            {
                return held;
            }

            i = (i + 1) & mask;
        }
    }

    public bool TryGet(string[] ids, string id, out int node)
    {
        int i = string.GetHashCode(id, StringComparison.Ordinal) & mask;
        while (true)
        {
            int held = slots[i] - 1;
            if (held < 0)
            {
                node = -1;
                return false;
            }

            if (string.Equals(ids[held], id, StringComparison.Ordinal))
            {
                node = held;
                return true;
            }

            i = (i + 1) & mask;
        }
    }
}
