using Okr.Core.Internal;

namespace Okr.Core.Scoring;

/// <summary>
/// The built-in default forecast (<c>least-squares</c>): the least-squares line of value against time through the
/// key result's check-ins in its period (one point per day: the value held at the end of that day), projected to
/// the period's last day. With 3 or more points it gives a band from the residuals: the prediction interval of a new
/// value at the period's end, t × s × √(1 + 1/n + (x − x̄)²/Sxx), at the coverage set by the <c>bandCoverage</c> option
/// (0.8, 0.9 or 0.95; the default is 0.8, the "likely range" of forecasting tools). The sums, the slope and the
/// projection are exact fractions rounded once to a decimal, so a perfectly linear history forecasts its own line
/// exactly, and a check-in that lies on the line leaves the forecast where it was.
/// </summary>
/// <remarks>Fewer than 2 days with a check-in: not forecast, with the reason.</remarks>
public sealed class LeastSquaresForecast : ForecastStrategy
{
    /// <summary>The registered name: <c>least-squares</c>.</summary>
    public const string StrategyName = "least-squares";

    /// <summary>The band's default coverage: 0.8.</summary>
    public static decimal DefaultBandCoverage => 0.8m;

    /// <summary>Creates the strategy with the default band coverage (0.8).</summary>
    public LeastSquaresForecast()
        : this(DefaultBandCoverage)
    {
    }

    /// <summary>Creates the strategy.</summary>
    /// <param name="bandCoverage">The share of outcomes the band should hold: 0.8, 0.9 or 0.95.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bandCoverage"/> is not 0.8, 0.9 or 0.95.</exception>
    public LeastSquaresForecast(decimal bandCoverage)
        : this(bandCoverage, bandCoverage == DefaultBandCoverage ? StrategyOptions.Empty : StrategyOptions.Empty.With("bandCoverage", bandCoverage))
    {
    }

    private LeastSquaresForecast(decimal bandCoverage, StrategyOptions options)
        : base(StrategyName, options)
    {
        if (!ForecastRules.IsSupportedCoverage(bandCoverage))
        {
            throw new ArgumentOutOfRangeException(nameof(bandCoverage), bandCoverage, "The band's coverage must be 0.8, 0.9 or 0.95.");
        }

        BandCoverage = bandCoverage;
    }

    /// <summary>The share of outcomes the band should hold. <value>The default is 0.8.</value></summary>
    public decimal BandCoverage { get; }

    /// <summary>Re-creates the strategy from its options, keeping unknown ones so a round trip loses nothing.</summary>
    /// <param name="options">The options (<c>bandCoverage</c>).</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="FormatException">An option is not a number.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The coverage is not 0.8, 0.9 or 0.95.</exception>
    public static LeastSquaresForecast FromOptions(StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new LeastSquaresForecast(options.GetDecimal("bandCoverage", DefaultBandCoverage), options);
    }

    /// <inheritdoc/>
    public override ForecastResult Forecast(in ForecastArguments arguments)
    {
        var points = arguments.Points;
        if (points.IsEmpty)
        {
            return ForecastResult.NotForecast("no check-in in the period yet");
        }

        try
        {
            if (ForecastLine.LeastSquares(points, arguments.Period.Start) is not { } line)
            {
                return ForecastResult.NotForecast(
                    string.Create(CultureInfo.InvariantCulture, $"check-ins on only one day ({points[0].Day:yyyy-MM-dd}): a trend needs check-ins on 2 days or more"),
                    points.Length);
            }

            return ForecastRules.Project(line, arguments, StrategyName, points.Length, BandCoverage);
        }
        catch (OverflowException)
        {
            return ForecastResult.NotForecast("the values are beyond the range of decimal arithmetic", points.Length);
        }
    }
}
