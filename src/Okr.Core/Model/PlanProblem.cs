namespace Okr.Core;

/// <summary>Why a plan could not be built.</summary>
public enum PlanProblem
{
    /// <summary>Two items share an id.</summary>
    DuplicateId = 0,

    /// <summary>A reference (alignment, cascade parent, dependency) names an item that does not exist or is of the wrong kind.</summary>
    DanglingReference = 1,

    /// <summary>Alignment or cascading forms a cycle.</summary>
    AlignmentCycle = 2,
}
