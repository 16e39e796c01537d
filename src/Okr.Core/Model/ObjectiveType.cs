namespace Okr.Core;

/// <summary>Whether an objective is committed (expected to reach 1.0) or aspirational (about 0.7 is a success).</summary>
public enum ObjectiveType
{
    /// <summary>Committed: the expected score is 1.0. The default.</summary>
    Committed = 0,

    /// <summary>Aspirational (stretch): the expected score is about 0.7.</summary>
    Aspirational = 1,
}
