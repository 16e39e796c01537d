namespace Okr.Core.Scoring;

/// <summary>One dated value a forecast is fitted through: the value a key result held at the end of a day.</summary>
public readonly struct ForecastPoint
{
    /// <summary>Creates a point.</summary>
    /// <param name="day">The day.</param>
    /// <param name="value">The value held at the end of the day, in the unit of <see cref="ForecastArguments.Measure"/>.</param>
    public ForecastPoint(DateOnly day, decimal value)
    {
        Day = day;
        Value = value;
    }

    /// <summary>The day.</summary>
    public DateOnly Day { get; }

    /// <summary>The value held at the end of <see cref="Day"/>.</summary>
    public decimal Value { get; }

    /// <summary>The point as <c>yyyy-MM-dd: value</c>, culture-invariant.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Day:yyyy-MM-dd}: {Value}");
}
