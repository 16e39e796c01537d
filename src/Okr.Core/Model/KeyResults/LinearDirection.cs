namespace Okr.Core;

/// <summary>The direction of a linear key result.</summary>
public enum LinearDirection
{
    /// <summary>The value should grow from start to target.</summary>
    Increase = 0,

    /// <summary>The value should fall from start to target.</summary>
    Decrease = 1,

    /// <summary>The value should reach the target from 0 (Viva Goals "reach"); start is 0.</summary>
    Reach = 2,
}
