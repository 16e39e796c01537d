namespace Okr.Core.Scoring;

/// <summary>How <see cref="PaceStatusStrategy"/> compares actual with expected progress.</summary>
public enum PaceMode
{
    /// <summary>The gap in percentage points (Viva Goals).</summary>
    Points = 0,

    /// <summary>The ratio actual / expected (Oboard, UpRaise).</summary>
    Ratio = 1,
}
