using FsCheck.Xunit;
using Okr.Core.Scoring;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Forecasting;

/// <summary>Laws of the least-squares forecast: finite, exact on lines, unmoved by a point on its own line.</summary>
[Properties(MaxTest = 300)]
public class ForecastProperties
{
    private static readonly Period Q2 = Plans.Q2;

    private static KeyResult Kr(IEnumerable<(int Day, decimal Value)> points, decimal start = 0m, decimal target = 100m) => new()
    {
        Id = "kr",
        Title = "KR",
        Kind = target >= start ? KeyResultKind.Increase(start, target) : KeyResultKind.Decrease(start, target),
        CheckIns = [.. points.Select(p => new CheckIn(Plans.At(Q2.Start.AddDays(p.Day)), p.Value))],
    };

    private static ItemForecast Forecast(KeyResult kr, DateOnly asOf) =>
        OkrForecaster.Forecast(OkrScorer.Score(Plans.Plan(Plans.Objective("obj", kr)), asOf))["kr"];

    /// <summary>Any values (from tiny to near decimal's limits), any days: a forecast or a reason, never an exception.</summary>
    [Property]
    public bool Forecast_AnyCheckIns_IsFiniteOrNotForecastWithAReason(int[] days, decimal[] values, short target)
    {
        var points = (days ?? []).Zip(values ?? []).Select(p => (Math.Abs(p.First % 60), p.Second)).ToList();
        var f = Forecast(Kr(points, 0m, target), Q2.Start.AddDays(60));
        return f.IsForecast
            ? f.Value is not null && (f.Low is null || (f.Low <= f.Progress && f.Progress <= f.High))
            : !string.IsNullOrWhiteSpace(f.NotForecastReason) && f.Progress is null;
    }

    /// <summary>Points exactly on a line a + b x forecast that line's value at the period's end, exactly.</summary>
    [Property]
    public bool Forecast_PointsOnALine_ForecastTheLineExactly(short intercept, short slopeHundredths, byte count, byte spacing)
    {
        decimal a = intercept;
        decimal b = slopeHundredths / 100m;
        int step = 1 + (spacing % 7);
        int n = 2 + (count % 8);
        var points = Enumerable.Range(0, n).Select(i => (i * step, a + (b * i * step))).ToList();
        var f = Forecast(Kr(points, -40000m, 40000m), Q2.Start.AddDays(60));
        return f.Value == a + (b * 90m) && f.RatePerDay == b && (n < 3 || (f.LowValue == f.Value && f.HighValue == f.Value));
    }

    /// <summary>Adding a check-in that lies on the fitted line leaves the projected value and rate unchanged. The
    /// points are a line plus residuals that sum to 0 and are uncorrelated with the day, so the fitted line is known
    /// exactly and its value on any day is a decimal.</summary>
    [Property]
    public bool Forecast_CheckInOnTheLine_DoesNotMoveTheForecast(short intercept, short slopeHundredths, sbyte[] noise, byte extraDay)
    {
        decimal a = intercept;
        decimal b = slopeHundredths / 100m;
        var residuals = (noise ?? []).Take(6).Select(r => (decimal)r).ToList();
        // Two last points at consecutive days absorb the residuals' sum and day-weighted sum.
        int n = residuals.Count + 2;
        var days = Enumerable.Range(0, n).Select(i => i * 3).ToList();
        days[^1] = days[^2] + 1;
        decimal s0 = residuals.Sum();
        decimal s1 = residuals.Select((r, i) => r * days[i]).Sum();
        decimal xa = days[^2], xb = days[^1];
        decimal rb = (xa * s0) - s1; // solves ra + rb = -s0, xa ra + xb rb = -s1 with xb - xa = 1
        decimal ra = -s0 - rb;
        residuals.Add(ra);
        residuals.Add(rb);
        var points = days.Select((d, i) => (d, a + (b * d) + residuals[i])).ToList();
        var asOf = Q2.Start.AddDays(60);
        var before = Forecast(Kr(points, -100000m, 100000m), asOf);
        int x = extraDay % 61;
        var after = Forecast(Kr(points.Append((x, a + (b * x))), -100000m, 100000m), asOf);
        bool sameDay = days.Contains(x);
        return sameDay || (before.Value == after.Value && before.RatePerDay == after.RatePerDay && before.Value == a + (b * 90m));
    }
}
