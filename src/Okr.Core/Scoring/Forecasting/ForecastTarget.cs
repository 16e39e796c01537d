namespace Okr.Core.Scoring;

/// <summary>The value a forecast aims at, the way it must move, and whether the value itself counts as reached.</summary>
public readonly struct ForecastTarget
{
    /// <summary>Creates a target.</summary>
    /// <param name="value">The target value, in the unit of <see cref="ForecastArguments.Measure"/>.</param>
    /// <param name="direction">Which way the value must move.</param>
    /// <param name="inclusive">Whether a value equal to <paramref name="value"/> reaches it (false for a threshold on which a value fails).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a defined direction.</exception>
    public ForecastTarget(decimal value, ForecastDirection direction, bool inclusive = true)
    {
        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction.");
        }

        Value = value;
        Direction = direction;
        Inclusive = inclusive;
    }

    /// <summary>The target value.</summary>
    public decimal Value { get; }

    /// <summary>Which way the value must move.</summary>
    public ForecastDirection Direction { get; }

    /// <summary>Whether a value equal to <see cref="Value"/> reaches the target.</summary>
    public bool Inclusive { get; }

    /// <summary>Whether <paramref name="value"/> reaches the target.</summary>
    /// <param name="value">A value.</param>
    /// <returns><see langword="true"/> when it is on the target's side (or on the target, when inclusive).</returns>
    public bool IsReachedBy(decimal value) => Direction == ForecastDirection.Increase
        ? (Inclusive ? value >= Value : value > Value)
        : (Inclusive ? value <= Value : value < Value);
}
