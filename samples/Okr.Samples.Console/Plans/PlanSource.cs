using System.Text.Json;
using Okr.Core;
using Okr.Samples.Cli.Hosting;

namespace Okr.Samples.Cli.Plans;

/// <summary>
/// Reads plans for the commands: <c>@example</c> is the built-in example; anything else is a plan file in the
/// library's JSON format. Every problem becomes one <see cref="OkrInputException"/> line naming the file.
/// </summary>
internal sealed partial class PlanSource(IPlanFiles files)
{
    public LoadedPlan Load(string path)
    {
        if (path == ExamplePlan.Name)
        {
            return new LoadedPlan(path, ExamplePlan.Build(), IsExample: true);
        }

        string text = ReadText(path);
        return new LoadedPlan(path, Parse(path, text), IsExample: false);
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
    public static OkrPlan Parse(string path, string text)
    {
        try
        {
            return PlanJson.Read(text);
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
