namespace Okr.Core.Integrations;

/// <summary>How bad an import problem is.</summary>
public enum ImportProblemSeverity
{
    /// <summary>The row or element was imported; one field was ignored or defaulted (an unknown status, a bad date, a dangling dependency).</summary>
    Warning = 0,

    /// <summary>The row or element was skipped.</summary>
    Error = 1,
}
