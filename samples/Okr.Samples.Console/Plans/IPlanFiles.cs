namespace Okr.Samples.Cli.Plans;

/// <summary>The file system as the commands see it: a seam so tests can make a write fail half-way.</summary>
internal interface IPlanFiles
{
    /// <summary>Whether a file exists at the path.</summary>
    bool FileExists(string path);

    /// <summary>Whether a directory exists at the path.</summary>
    bool DirectoryExists(string path);

    /// <summary>Whether the file is marked read-only.</summary>
    bool IsReadOnly(string path);

    /// <summary>Reads a whole text file (UTF-8).</summary>
    string ReadAllText(string path);

    /// <summary>
    /// Writes a whole text file atomically: the text goes to a temporary file in the same directory, which is flushed
    /// to disk and then renamed over the target. A failure at any point leaves the target as it was (or absent) and
    /// removes the temporary file.
    /// </summary>
    void WriteAllTextAtomic(string path, string text);
}
