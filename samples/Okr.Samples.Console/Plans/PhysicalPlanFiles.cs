using System.Text;

namespace Okr.Samples.Cli.Plans;

/// <summary>The real file system, with atomic writes (temporary file, flush, rename).</summary>
internal sealed class PhysicalPlanFiles : IPlanFiles
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Func<Stream, Stream> wrapTemporaryStream;

    /// <summary>Creates the file system.</summary>
    /// <param name="wrapTemporaryStream">Wraps the stream written to the temporary file; tests use it to simulate a
    /// crash or a full disk in the middle of a write. Null writes straight to the file.</param>
    public PhysicalPlanFiles(Func<Stream, Stream>? wrapTemporaryStream = null) =>
        this.wrapTemporaryStream = wrapTemporaryStream ?? (s => s);

    public bool FileExists(string path) => File.Exists(path);

    public bool DirectoryExists(string path) => Directory.Exists(path);

    public bool IsReadOnly(string path) =>
        (File.GetAttributes(path) & FileAttributes.ReadOnly) != 0
        || (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0);

    public string ReadAllText(string path) => File.ReadAllText(path, Utf8NoBom);

    public void WriteAllTextAtomic(string path, string text)
    {
        string target = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(target) ?? throw new IOException($"{path} has no directory.");
        string temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                var stream = wrapTemporaryStream(file);
                stream.Write(Utf8NoBom.GetBytes(text));
                stream.Flush();
                file.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(target))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The temporary file could not be removed; the target is untouched either way.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
