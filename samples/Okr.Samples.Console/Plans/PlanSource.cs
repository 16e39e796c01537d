using System.Text.Json;
using Okr.Core;
using Okr.Core.Scoring;
using Okr.Core.Serialization;
using Okr.Samples.Cli.Hosting;

namespace Okr.Samples.Cli.Plans;

/// <summary>
/// Reads plans for the commands: <c>@example</c> is the built-in example; anything else is a plan file in the
/// library's JSON format. Every problem becomes one <see cref="OkrInputException"/> line naming the file.
/// </summary>
internal sealed partial class PlanSource(IPlanFiles files)
{
    public LoadedPlan Load(string path, StrategyRegistry? strategies = null)
    {
        if (path == ExamplePlan.Name)
        {
            return new LoadedPlan(path, ExamplePlan.Build(), IsExample: true);
        }

        string text = ReadText(path);
        return new LoadedPlan(path, Parse(path, text, strategies), IsExample: false);
    }

    /// <summary>Reads the raw text of a plan file, with clear errors for a missing file, a directory or unreadable bytes.</summary>
    public string ReadText(string path)
    {
        if (files.DirectoryExists(path))
        {
            throw OkrInputException.ForFile(path, "is a directory, not a plan file.");
        }

        if (!files.FileExists(path))
        {
            throw OkrInputException.ForFile(path, "no such file.");
        }

        try
        {
            return files.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw OkrInputException.ForFile(path, "cannot be read: " + e.Message, e);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw OkrInputException.ForFile(path, "is not a text file (invalid UTF-8); expected a JSON plan.", e);
        }
    }

    /// <summary>Parses plan JSON, turning JSON and model errors into one line naming the file.</summary>
    public static OkrPlan Parse(string path, string text, StrategyRegistry? strategies = null)
    {
        OkrPlan plan;
        try
        {
            plan = PlanJson.Read(text, strategies);
        }
        catch (OkrJsonException e) when (e.Problem == OkrJsonProblem.UnknownStrategy)
        {
            throw OkrInputException.ForFile(path, $"not a valid plan file: {FirstLine(e.Message).Replace(" Register it in OkrJsonOptions.Strategies.", string.Empty, StringComparison.Ordinal)} "
                + "Load your own strategies with --strategies MyStrategies.dll.", e);
        }
        catch (JsonException e) when (e.InnerException is ArgumentException { ParamName: { Length: > 0 } } argument && !string.IsNullOrEmpty(e.Path))
        {
            throw OkrInputException.ForFile(path, $"not a valid plan file: {PropertyProblem(e.Path!, argument)}", e);
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is { } line ? $" (line {line + 1}{(e.BytePositionInLine is { } col ? $", column {col + 1}" : string.Empty)}{(string.IsNullOrEmpty(e.Path) || e.Path == "$" ? string.Empty : $", at {e.Path}")})" : string.Empty;
            throw OkrInputException.ForFile(path, $"not a valid plan file{where}: {FirstLine(e.Message)}", e);
        }
        catch (InvalidPlanException e)
        {
            throw OkrInputException.ForFile(path, "invalid plan: " + FirstLine(e.Message), e);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException or KeyNotFoundException)
        {
            throw OkrInputException.ForFile(path, "invalid plan: " + FirstLine(e.Message), e);
        }

        if (plan.Objectives.IsEmpty && NotAPlan(text) is { } why)
        {
            throw OkrInputException.ForFile(path, why);
        }

        return plan;
    }

    /// <summary>Why JSON that read as an empty plan is not a plan at all (no "objectives" at its root), or null when it
    /// is one (an empty plan written as such).</summary>
    private static string? NotAPlan(string text)
    {
        using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || root.TryGetProperty("objectives", out _))
        {
            return null;
        }

        bool scorecard = root.TryGetProperty("asOf", out _) && root.TryGetProperty("items", out _);
        return scorecard
            ? "not a plan file: it is a scorecard (the output of okr score --format json); pass the plan file it was scored from."
            : "not a plan file: it has no \"objectives\" property (a plan file lists its objectives, even when there are none: \"objectives\": []).";
    }

    /// <summary>A value the model refused, named by its property: "objectives[0].keyResults[0].checkIns[0].confidence
    /// must be between 0 and 1, both included; it is 1.5."</summary>
    private static string PropertyProblem(string jsonPath, ArgumentException argument)
    {
        string name = argument.ParamName!;
        string property = char.ToLowerInvariant(name[0]) + name[1..];
        string where = (jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$')) + "." + property;
        string problem = FirstLine(argument.Message).TrimEnd('.');
        problem = problem.StartsWith("The value ", StringComparison.Ordinal) ? problem["The value ".Length..] : "is invalid: " + problem;
        string actual = argument is ArgumentOutOfRangeException { ActualValue: { } value }
            ? "; it is " + Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)
            : string.Empty;
        return $"{where.TrimStart('.')} {problem}{actual}.";
    }

    /// <summary>The first line of a message, without System.Text.Json's "LineNumber: 0 | BytePositionInLine: 3." and
    /// ArgumentException's "(Parameter 'x')" tails, which repeat what the message already says.</summary>
    private static string FirstLine(string message)
    {
        int newline = message.IndexOfAny(['\r', '\n']);
        string line = newline < 0 ? message : message[..newline];
        line = JsonPositionTail().Replace(line, string.Empty);
        return ParameterTail().Replace(line, string.Empty).TrimEnd();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*(Path: \S+ \| )?LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$")]
    private static partial System.Text.RegularExpressions.Regex JsonPositionTail();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\(Parameter '[^']*'\)")]
    private static partial System.Text.RegularExpressions.Regex ParameterTail();
}
