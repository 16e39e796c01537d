namespace Okr.Samples.Cli.Hosting;

/// <summary>The exit codes of the <c>okr</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>Everything went well.</summary>
    public const int Ok = 0;

    /// <summary>The input is invalid: a missing or unreadable file, malformed JSON, an invalid plan, an unknown id,
    /// a plan with validation errors, a file that cannot be written.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line is wrong: an unknown command or option, a missing or malformed argument.</summary>
    public const int Usage = 2;

    /// <summary>An unexpected failure inside the tool (a bug): reported in one line, without a stack trace.</summary>
    public const int Internal = 3;
}
