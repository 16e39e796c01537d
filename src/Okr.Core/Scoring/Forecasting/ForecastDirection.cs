namespace Okr.Core.Scoring;

/// <summary>Which way a forecast's value must move to reach its target.</summary>
public enum ForecastDirection
{
    /// <summary>The target is reached at or above its value.</summary>
    Increase,

    /// <summary>The target is reached at or below its value.</summary>
    Decrease,
}
