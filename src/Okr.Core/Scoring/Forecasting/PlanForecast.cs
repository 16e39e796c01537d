namespace Okr.Core.Scoring;

/// <summary>
/// Every objective's and key result's forecast as of a scorecard's day (see <see cref="OkrForecaster.Forecast"/>).
/// Immutable and safe to share between threads.
/// </summary>
public sealed class PlanForecast
{
    private readonly Dictionary<string, ItemForecast> byId;

    internal PlanForecast(Scorecard scorecard, IReadOnlyList<ItemForecast> items)
    {
        Scorecard = scorecard;
        Items = items;
        byId = new Dictionary<string, ItemForecast>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            byId[item.Id] = item;
        }
    }

    /// <summary>The scorecard the forecast starts from.</summary>
    public Scorecard Scorecard { get; }

    /// <summary>The day forecast from: only what was known by its end counts.</summary>
    public DateOnly AsOf => Scorecard.AsOf;

    /// <summary>The objectives' and key results' forecasts, in plan order.</summary>
    public IReadOnlyList<ItemForecast> Items { get; }

    /// <summary>The forecast of the objective or key result with the id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The forecast.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No objective or key result has the id (initiatives and work items are not forecast).</exception>
    public ItemForecast this[string id] => TryGet(id, out var forecast)
        ? forecast
        : throw new KeyNotFoundException($"No objective or key result has the id '{id}' (initiatives and work items are not forecast).");

    /// <summary>The forecast of the objective or key result with the id, if there is one.</summary>
    /// <param name="id">The id.</param>
    /// <param name="forecast">The forecast, when found.</param>
    /// <returns>Whether an objective or key result has the id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ItemForecast forecast)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.TryGetValue(id, out forecast);
    }
}
