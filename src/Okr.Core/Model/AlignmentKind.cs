namespace Okr.Core;

/// <summary>What an objective is aligned to.</summary>
public enum AlignmentKind
{
    /// <summary>Not aligned: a top-level objective.</summary>
    None = 0,

    /// <summary>Aligned to a parent objective, into whose roll-up it may contribute.</summary>
    Objective = 1,

    /// <summary>Aligned to a parent key result. The alignment is structural: the key result keeps its own measure.</summary>
    KeyResult = 2,
}
