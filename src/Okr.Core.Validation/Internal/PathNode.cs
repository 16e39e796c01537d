using System.Text;

namespace Okr.Core.Validation.Internal;

/// <summary>
/// One segment of the path to an item (<c>KeyResults[0]</c>), linked to its parent. Paths are only turned into text
/// when a failure is reported, so walking a large plan allocates one small node per item and no strings.
/// </summary>
internal sealed class PathNode
{
    private readonly PathNode? parent;
    private readonly string name;
    private readonly int index;

    private PathNode(PathNode? parent, string name, int index)
    {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /// <summary>A root with a prefix (the context's property path), possibly empty.</summary>
    public static PathNode Root(string? prefix) => new(null, prefix ?? string.Empty, -1);

    /// <summary>A child segment; <paramref name="index"/> -1 for a plain member.</summary>
    public PathNode Child(string member, int index = -1) => new(this, member, index);

    /// <summary>The path as FluentValidation writes it, with an optional last member.</summary>
    public string Build(string? member = null)
    {
        var segments = new List<PathNode>();
        for (var node = this; node is not null; node = node.parent)
        {
            segments.Add(node);
        }

        var text = new StringBuilder();
        for (int s = segments.Count - 1; s >= 0; s--)
        {
            var segment = segments[s];
            if (segment.name.Length > 0)
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(segment.name);
            }

            if (segment.index >= 0)
            {
                text.Append('[').Append(segment.index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        if (!string.IsNullOrEmpty(member))
        {
            if (text.Length > 0)
            {
                text.Append('.');
            }

            text.Append(member);
        }

        return text.ToString();
    }
}
