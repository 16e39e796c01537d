using Okr.Samples.Cli.Hosting;

namespace Okr.Samples.Cli.Plans;

/// <summary>Writes an output file atomically, turning failures into one line naming the file.</summary>
internal static class OutputFile
{
    public static void Write(IPlanFiles files, string path, string text)
    {
        try
        {
            files.WriteAllTextAtomic(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException or ArgumentException)
        {
            throw OkrInputException.ForFile(path, $"cannot be written ({e.Message}); nothing was changed.", e);
        }
    }
}
