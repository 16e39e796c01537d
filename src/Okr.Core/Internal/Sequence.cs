namespace Okr.Core.Internal;

/// <summary>Structural equality and hashing for immutable arrays held by the model's records.</summary>
internal static class Sequence
{
    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        if (left.IsDefaultOrEmpty || right.IsDefaultOrEmpty)
        {
            return left.IsDefaultOrEmpty && right.IsDefaultOrEmpty;
        }

        return left.AsSpan().SequenceEqual(right.AsSpan(), EqualityComparer<T>.Default);
    }

    public static int Hash<T>(ImmutableArray<T> items)
    {
        var hash = new HashCode();
        hash.Add(items.IsDefault ? 0 : items.Length);
        if (!items.IsDefaultOrEmpty)
        {
            foreach (var item in items)
            {
                hash.Add(item);
            }
        }

        return hash.ToHashCode();
    }

    public static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? ImmutableArray<T>.Empty : items;
}
