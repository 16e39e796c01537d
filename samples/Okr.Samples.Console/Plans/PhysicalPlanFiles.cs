using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Okr.Samples.Cli.Plans;

/// <summary>
/// The real file system, with atomic writes (temporary file, flush, rename). A plan reached through a symbolic link is
/// written through to the link's final target, in the target's folder, and the link stays a link. Temporary files are
/// named <c>.NAME.okr-PID-RANDOM.tmp</c> beside the file written; ones left by an earlier run that was killed (its
/// process is gone) are removed by the next write of the same file.
/// </summary>
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

    public bool IsReadOnly(string path)
    {
        string target = FinalTarget(path);
        return (File.GetAttributes(target) & FileAttributes.ReadOnly) != 0
            || (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(target) & UnixFileMode.UserWrite) == 0);
    }

    public string ReadAllText(string path) => File.ReadAllText(path, Utf8NoBom);

    public void WriteAllTextAtomic(string path, string text)
    {
        string target = FinalTarget(path);
        string directory = Path.GetDirectoryName(target) ?? throw new IOException($"{path} has no directory.");
        string prefix = TemporaryPrefix(target);
        RemoveStaleTemporaryFiles(directory, prefix);
        string temporary = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"{prefix}{Environment.ProcessId}-{Guid.NewGuid():N}.tmp"));
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

    /// <summary>The start of the names of the temporary files written for <paramref name="target"/>: <c>.NAME.okr-</c>.</summary>
    internal static string TemporaryPrefix(string target) => "." + Path.GetFileName(target) + ".okr-";

    /// <summary>The full path a write to <paramref name="path"/> must replace: the final target when it is a symbolic link.</summary>
    internal static string FinalTarget(string path)
    {
        string full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }

    /// <summary>Removes the temporary files of <paramref name="prefix"/> whose writing process is no longer running
    /// (killed mid-write); a concurrent writer's file is left alone.</summary>
    private static void RemoveStaleTemporaryFiles(string directory, string prefix)
    {
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFiles(directory, prefix + "*.tmp").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (string file in candidates)
        {
            string name = Path.GetFileName(file);
            if (!name.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            string rest = name[prefix.Length..];
            int dash = rest.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(rest.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out int pid) && !IsRunning(pid))
            {
                TryDelete(file);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
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
