using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Okr.Core;

namespace Okr.Samples.Cli.Rendering;

/// <summary>
/// The library's explanation sentences as people read them: enum names in words ("AtRisk" reads "at risk",
/// "DoneShare" reads "done share") and long decimals rounded as <see cref="Display.Number"/> writes numbers. Text output
/// only: the JSON output keeps the library's own text, names and exact decimals.
/// </summary>
internal static partial class Prose
{
    /// <summary>Every name of the library's public enums that has more than one word, with its words.</summary>
    private static readonly FrozenDictionary<string, string> Words = typeof(OkrPlan).Assembly.GetExportedTypes()
        .Where(t => t.IsEnum)
        .SelectMany(Enum.GetNames)
        .Distinct(StringComparer.Ordinal)
        .Where(n => n.Skip(1).Any(char.IsUpper))
        .ToFrozenDictionary(n => n, Spaced, StringComparer.Ordinal);

    /// <summary>The statuses named by one word ("Behind"), put in lower case where a sentence says an item "is" one.</summary>
    private static readonly FrozenSet<string> OneWordStatuses = Enum.GetNames<OkrStatus>()
        .Where(n => !n.Skip(1).Any(char.IsUpper)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Rewrites one sentence of the library for people.</summary>
    public static string Text(string text)
    {
        string named = PascalName().Replace(text, m => Words.TryGetValue(m.Value, out var words) ? words : m.Value);
        named = IsStatus().Replace(named, m => OneWordStatuses.Contains(m.Groups[2].Value) ? m.Groups[1].Value + m.Groups[2].Value.ToLowerInvariant() : m.Value);
        return LongNumber().Replace(named, m => Display.Number(decimal.Parse(m.Value, NumberStyles.Number, CultureInfo.InvariantCulture)));
    }

    /// <summary>"DoneShare" as "done share"; a run of capitals ("KPI") stays as it is.</summary>
    private static string Spaced(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            bool wordStart = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (wordStart)
            {
                text.Append(' ');
            }

            bool acronym = char.IsUpper(c) && ((i + 1 < name.Length && char.IsUpper(name[i + 1])) || (i > 0 && char.IsUpper(name[i - 1]) && (i + 1 == name.Length || !char.IsLower(name[i + 1]))));
            text.Append(acronym ? c : char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\b[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+\b")]
    private static partial Regex PascalName();

    [GeneratedRegex(@"(\b(?:is|was|as) )([A-Z][a-z]+)\b")]
    private static partial Regex IsStatus();

    /// <summary>A decimal with more than two decimals, or a number from a million, standing alone (not part of an id, a
    /// date or a range written with dots).</summary>
    [GeneratedRegex(@"(?<![\w.\-])-?(?:\d+\.\d{3,}|\d{7,}(?:\.\d+)?)(?![\w.]|-\d)")]
    private static partial Regex LongNumber();
}
