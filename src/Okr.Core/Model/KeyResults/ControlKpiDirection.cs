namespace Okr.Core;

/// <summary>Whether a control KPI's values should be at least or at most the target, or between a lower and an upper bound.</summary>
public enum ControlKpiDirection
{
    /// <summary>Each value should be at least the target ("at least 5 per week").</summary>
    AtLeast = 0,

    /// <summary>Each value should be at most the target.</summary>
    AtMost = 1,

    /// <summary>Each value should lie between <see cref="ControlKpiKind.Lower"/> and <see cref="ControlKpiKind.Upper"/>,
    /// both included ("keep weekly incidents between 4 and 5"); made with <see cref="ControlKpiKind.Between"/>.</summary>
    Between = 2,
}
