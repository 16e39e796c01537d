using System.Globalization;
using System.Text.RegularExpressions;
using Okr.Core.Scoring;

namespace Okr.Samples.Cli.Rendering;

/// <summary>
/// The rules behind an item's numbers in plain words for people who do not know the strategies' names: "the weighted
/// mean of its 3 counting key results and objectives: 37%", "37% done where 55% was expected by now; more than 25
/// points short is at risk". Rules it does not know are shown as the library wrote them, through <see cref="Prose"/>.
/// </summary>
internal static partial class RuleWords
{
    /// <summary>How the progress was computed, in words.</summary>
    public static string Progress(Explanation explanation)
    {
        string text = Prose.Text(explanation.Summary);
        var rollup = Rollup().Match(text);
        if (!rollup.Success)
        {
            return text;
        }

        string how = rollup.Groups["rule"].Value switch
        {
            "weighted-mean" => "the weighted mean of",
            "mean" => "the plain mean of",
            "weakest" => "the lowest progress among",
            string other => other + " of",
        };
        return $"{how} its {rollup.Groups["n"].Value} counting children: {Percent(rollup.Groups["p"].Value)}{rollup.Groups["rest"].Value}";
    }

    /// <summary>How the status was decided, in words.</summary>
    public static string Status(Explanation explanation, Func<string, string> titleOf)
    {
        string text = Prose.Text(explanation.StatusRule);
        if (Pace().Match(text) is { Success: true } pace)
        {
            string gap = pace.Groups["behind"].Value == "0" ? "any shortfall is behind" : $"more than {pace.Groups["behind"].Value} points short is behind";
            return $"{Percent(pace.Groups["actual"].Value)} done where {Percent(pace.Groups["expected"].Value)} was expected by now; "
                + $"more than {pace.Groups["risk"].Value} points short is at risk, {gap}";
        }

        if (WorstChild().Match(text) is { Success: true } worst)
        {
            string id = worst.Groups["id"].Value;
            return $"it takes the status of its weakest child: {titleOf(id)} ({id}) is {worst.Groups["status"].Value}";
        }

        return text;
    }

    /// <summary>"36.98%" as "37%": whole percentages read best in a sentence.</summary>
    private static string Percent(string text) =>
        decimal.TryParse(text.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value)
            ? Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%"
            : text;

    [GeneratedRegex(@"^(?<rule>[\w-]+) of (?<n>\d+) counting children = (?<p>-?[\d.]+%)(?<rest>.*)$")]
    private static partial Regex Rollup();

    [GeneratedRegex(@"^pace: (?<actual>-?[\d.]+%) against (?<expected>-?[\d.]+%) expected \(at risk beyond (?<risk>[\d.]+) points, behind beyond (?<behind>[\d.]+)\)$")]
    private static partial Regex Pace();

    [GeneratedRegex(@"^worst child: (?<id>\S+) is (?<status>.+)$")]
    private static partial Regex WorstChild();
}
