namespace Okr.Core.Office;

/// <summary>Writes a file through a temporary file in the same folder, flushed and then renamed over the target, so a
/// failure leaves the target as it was (or absent) and removes the temporary file.</summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string target = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(target) ?? throw new IOException($"{path} has no folder.");
        string temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                write(file);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The temporary file could not be removed; the target is untouched either way.
            }

            throw;
        }
    }
}
