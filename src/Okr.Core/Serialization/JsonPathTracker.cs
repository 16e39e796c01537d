using System.Text;

namespace Okr.Core.Serialization;

/// <summary>The JSON path of the value being read, kept as a stack of segments, for error messages.</summary>
internal sealed class JsonPathTracker
{
    private readonly List<(string? Name, int Index)> segments = [];

    public int Depth => segments.Count;

    public void Push(string name) => segments.Add((name, -1));

    public void Push(int index) => segments.Add((null, index));

    public void Pop() => segments.RemoveAt(segments.Count - 1);

    public void TruncateTo(int depth) => segments.RemoveRange(depth, segments.Count - depth);

    public override string ToString()
    {
        var text = new StringBuilder("$");
        foreach (var (name, index) in segments)
        {
            Append(text, name, index);
        }

        return text.ToString();
    }

    public static void Append(StringBuilder text, string? name, int index)
    {
        if (name is null)
        {
            text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
        else if (name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') && !char.IsAsciiDigit(name[0]))
        {
            text.Append('.').Append(name);
        }
        else
        {
            text.Append("['").Append(name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
        }
    }
}
