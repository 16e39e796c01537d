namespace Okr.Core.Scoring;

/// <summary>
/// Projects a key result's value to the end of its period from its dated values: the fifth answer beside progress,
/// roll-up, status and score. The library turns the projected value into a progress with the key result's own
/// progress strategy, and rolls objectives up with the plan's roll-up, so a forecast strategy only draws the line.
/// Derive from this class to write your own; register it in a <see cref="StrategyRegistry"/> so plans can refer to
/// it by name.
/// </summary>
/// <remarks>Implementations must be immutable and pure, and must not throw for any arguments the library builds:
/// return <see cref="ForecastResult.NotForecast"/> with a reason instead.</remarks>
public abstract class ForecastStrategy : ScoringStrategy
{
    /// <summary>Initialises the strategy.</summary>
    /// <param name="name">The name it is registered under.</param>
    /// <param name="options">The options it was created with; null for none.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    protected ForecastStrategy(string name, StrategyOptions? options = null)
        : base(name, options)
    {
    }

    /// <summary>Projects the value to the period's last day.</summary>
    /// <param name="arguments">The key result, its period, the day and the dated values.</param>
    /// <returns>The projection, or not forecast with a reason.</returns>
    public abstract ForecastResult Forecast(in ForecastArguments arguments);
}
