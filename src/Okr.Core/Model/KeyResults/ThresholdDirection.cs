namespace Okr.Core;

/// <summary>Which side of a threshold a value must stay on.</summary>
public enum ThresholdDirection
{
    /// <summary>The value must stay above the threshold.</summary>
    StayAbove = 0,

    /// <summary>The value must stay below the threshold.</summary>
    StayBelow = 1,
}
