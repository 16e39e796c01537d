namespace Okr.Core.Scoring;

/// <summary>
/// A forecast (<c>current-rate</c>) that continues the average rate since the start: the line from the key result's
/// start value on the period's first day through its latest value, projected to the period's last day. It needs a
/// start value (linear, percentage, milestones, activity) and one check-in after the first day; it gives no band,
/// since nothing is fitted. Exact like <see cref="LeastSquaresForecast"/>.
/// </summary>
public sealed class CurrentRateForecast : ForecastStrategy
{
    /// <summary>The registered name: <c>current-rate</c>.</summary>
    public const string StrategyName = "current-rate";

    /// <summary>Creates the strategy.</summary>
    public CurrentRateForecast()
        : this(StrategyOptions.Empty)
    {
    }

    private CurrentRateForecast(StrategyOptions options)
        : base(StrategyName, options)
    {
    }

    /// <summary>Re-creates the strategy from its options (it has none; unknown ones are kept so a round trip loses nothing).</summary>
    /// <param name="options">The options.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static CurrentRateForecast FromOptions(StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new CurrentRateForecast(options);
    }

    /// <inheritdoc/>
    public override ForecastResult Forecast(in ForecastArguments arguments)
    {
        var points = arguments.Points;
        if (arguments.Start is not { } start)
        {
            return ForecastResult.NotForecast("the kind has no start value to measure a rate from", points.Length);
        }

        if (points.IsEmpty)
        {
            return ForecastResult.NotForecast("no check-in in the period yet");
        }

        var latest = points[^1];
        if (latest.Day <= arguments.Period.Start)
        {
            return ForecastResult.NotForecast("the only check-ins are on the period's first day: no time has passed to measure a rate", points.Length);
        }

        try
        {
            var line = ForecastLine.Through(arguments.Period.Start, start, latest.Day, latest.Value);
            return ForecastRules.Project(line, arguments, StrategyName, points.Length, coverage: null);
        }
        catch (OverflowException)
        {
            return ForecastResult.NotForecast("the values are beyond the range of decimal arithmetic", points.Length);
        }
    }
}
