namespace Okr.Samples.Cli.Hosting;

/// <summary>
/// Bad input the user can fix (a missing file, malformed JSON, an unknown id): reported as one line and exit code
/// <see cref="ExitCodes.InvalidInput"/>, never with a stack trace.
/// </summary>
internal sealed class OkrInputException : Exception
{
    public OkrInputException(string message)
        : base(message)
    {
    }

    public OkrInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public OkrInputException()
    {
    }

    /// <summary>Creates the exception for a problem with a file: <c>FILE: problem</c>.</summary>
    public static OkrInputException ForFile(string path, string problem, Exception? inner = null) =>
        inner is null ? new($"{path}: {problem}") : new($"{path}: {problem}", inner);
}
