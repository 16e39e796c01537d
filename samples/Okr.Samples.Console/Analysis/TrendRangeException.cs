namespace Okr.Samples.Cli.Analysis;

/// <summary>A range of days <c>okr trend</c> cannot draw (empty, after the as-of day, too long): a usage error naming the options.</summary>
internal sealed class TrendRangeException : Exception
{
    public TrendRangeException(string message)
        : base(message)
    {
    }

    public TrendRangeException()
    {
    }

    public TrendRangeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
