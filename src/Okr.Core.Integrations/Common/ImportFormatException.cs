namespace Okr.Core.Integrations;

/// <summary>
/// Thrown when a whole input cannot be imported: a CSV without a header or without a required column, malformed JSON,
/// JSON with a string that is not valid UTF-8 text, XML that is malformed, carries a DTD (refused to keep external
/// entities out) or nests elements inside a task absurdly deep, or a root element of the wrong kind.
/// A bad row or element never throws: it is reported in <see cref="ImportReport.Problems"/>.
/// </summary>
public sealed class ImportFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="location">Where the problem is (a line, a JSON path or an XML path).</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="inner">The underlying exception, or null.</param>
    public ImportFormatException(string location, string message, Exception? inner = null)
        : base($"{location}: {message}", inner)
    {
        Location = location;
    }

    /// <summary>Where the problem is.</summary>
    public string Location { get; }
}
