namespace Okr.Core.Testing;

/// <summary>A tiny deterministic pseudo-random generator (SplitMix64): the same seed gives the same sequence on every runtime.</summary>
internal struct SplitMix64
{
    private ulong state;

    public SplitMix64(int seed) => state = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL);

    public ulong Next()
    {
        unchecked
        {
            ulong z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A number in [0, max).</summary>
    public int Below(int max) => (int)(Next() % (ulong)max);

    /// <summary>Whether an event with the given chance in percent happens.</summary>
    public bool Chance(int percent) => Below(100) < percent;
}
