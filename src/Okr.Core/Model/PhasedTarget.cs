namespace Okr.Core;

/// <summary>
/// An expected value by a day (Viva Goals phased targets): growth is rarely linear. Between phases the expected value
/// is interpolated linearly, starting from the key result's start value on the day before the period starts.
/// </summary>
/// <param name="Day">The day by whose end the value is expected.</param>
/// <param name="ExpectedValue">The expected value, in the key result's unit.</param>
public sealed record PhasedTarget(DateOnly Day, decimal ExpectedValue);
