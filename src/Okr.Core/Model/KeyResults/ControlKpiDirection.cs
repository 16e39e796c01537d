namespace Okr.Core;

/// <summary>Whether a control KPI's values should be at least or at most the target.</summary>
public enum ControlKpiDirection
{
    /// <summary>Each value should be at least the target ("at least 5 per week").</summary>
    AtLeast = 0,

    /// <summary>Each value should be at most the target.</summary>
    AtMost = 1,
}
