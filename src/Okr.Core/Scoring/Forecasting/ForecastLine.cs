using Okr.Core.Internal;

namespace Okr.Core.Scoring;

/// <summary>
/// A straight line of value against time, value = intercept + slope × (days since <see cref="Origin"/>), in exact
/// fractions, with what the least-squares band needs (the points' count, mean day, spread and residuals). The one
/// place the forecasts' arithmetic lives: the built-in strategies and the reach rule all use it.
/// </summary>
internal readonly struct ForecastLine
{
    private ForecastLine(DateOnly origin, ExactRational slope, ExactRational intercept, int count, ExactRational meanDay, ExactRational spread, ExactRational residualSquares)
    {
        Origin = origin;
        Slope = slope;
        Intercept = intercept;
        Count = count;
        MeanDay = meanDay;
        Spread = spread;
        ResidualSquares = residualSquares;
    }

    public DateOnly Origin { get; }

    /// <summary>The change per day.</summary>
    public ExactRational Slope { get; }

    /// <summary>The value on <see cref="Origin"/>.</summary>
    public ExactRational Intercept { get; }

    public int Count { get; }

    /// <summary>The mean of the points' days since <see cref="Origin"/>.</summary>
    public ExactRational MeanDay { get; }

    /// <summary>The sum of squared distances of the points' days from <see cref="MeanDay"/>.</summary>
    public ExactRational Spread { get; }

    /// <summary>The sum of squared residuals of the points from the line.</summary>
    public ExactRational ResidualSquares { get; }

    /// <summary>The least-squares line through the points (one per day), or null when they lie on fewer than two days.</summary>
    public static ForecastLine? LeastSquares(ReadOnlySpan<ForecastPoint> points, DateOnly origin)
    {
        int n = points.Length;
        var sumX = ExactRational.Zero;
        var sumY = ExactRational.Zero;
        var sumXX = ExactRational.Zero;
        var sumXY = ExactRational.Zero;
        foreach (var point in points)
        {
            var x = ExactRational.From(point.Day.DayNumber - origin.DayNumber);
            var y = ExactRational.From(point.Value);
            sumX += x;
            sumY += y;
            sumXX += x * x;
            sumXY += x * y;
        }

        var count = ExactRational.From(n);
        var determinant = (count * sumXX) - (sumX * sumX);
        if (n < 2 || determinant.IsZero)
        {
            return null;
        }

        var slope = ((count * sumXY) - (sumX * sumY)) / determinant;
        var intercept = (sumY - (slope * sumX)) / count;
        var residuals = ExactRational.Zero;
        foreach (var point in points)
        {
            var residual = ExactRational.From(point.Value) - (intercept + (slope * ExactRational.From(point.Day.DayNumber - origin.DayNumber)));
            residuals += residual * residual;
        }

        return new ForecastLine(origin, slope, intercept, n, sumX / count, determinant / count, residuals);
    }

    /// <summary>The line through two points on different days (no band: nothing is fitted).</summary>
    public static ForecastLine Through(DateOnly firstDay, decimal firstValue, DateOnly secondDay, decimal secondValue)
    {
        var slope = (ExactRational.From(secondValue) - ExactRational.From(firstValue)) / ExactRational.From(secondDay.DayNumber - firstDay.DayNumber);
        return new ForecastLine(firstDay, slope, ExactRational.From(firstValue), 2, ExactRational.Zero, ExactRational.Zero, ExactRational.Zero);
    }

    /// <summary>The line's value at the end of <paramref name="day"/>.</summary>
    public ExactRational ValueAt(DateOnly day) => Intercept + (Slope * ExactRational.From(day.DayNumber - Origin.DayNumber));

    /// <summary>
    /// Half the width of the prediction band at <paramref name="day"/>: t × s × √(1 + 1/n + (x − x̄)² / Sxx) with
    /// s² = residuals / (n − 2), the textbook interval for a new observation; null below 3 points or beyond decimal's range.
    /// </summary>
    public decimal? BandHalfWidth(DateOnly day, decimal studentT)
    {
        if (Count < 3)
        {
            return null;
        }

        var n = ExactRational.From(Count);
        var x = ExactRational.From(day.DayNumber - Origin.DayNumber) - MeanDay;
        var variance = ResidualSquares / ExactRational.From(Count - 2) * (ExactRational.From(1) + (ExactRational.From(1) / n) + (x * x / Spread));
        return variance.TryToDecimal(out decimal v) && DecimalMath.TrySqrt(v, out decimal root) && DecimalMath.TryMultiply(root, studentT, out decimal half)
            ? half
            : null;
    }
}
