namespace Okr.Core.Scoring;

/// <summary>What a forecast's points, start and target are measured in.</summary>
public enum ForecastMeasure
{
    /// <summary>The key result's own value, in its unit (the check-ins' values).</summary>
    Value,

    /// <summary>The key result's progress ratio (1 is the target): activity key results, whose progress follows from the dated completion of their work items.</summary>
    Progress,
}
