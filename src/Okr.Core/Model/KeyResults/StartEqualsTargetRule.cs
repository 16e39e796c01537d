namespace Okr.Core;

/// <summary>What a linear key result's progress is when its start equals its target (the formula would divide by zero).</summary>
public enum StartEqualsTargetRule
{
    /// <summary>The key result is not scored (the default): there is no distance to measure.</summary>
    NotScored = 0,

    /// <summary>Progress is 1 when the current value is at or beyond the target in the key result's direction, else 0.</summary>
    MetWhenAtOrBeyondTarget = 1,
}
