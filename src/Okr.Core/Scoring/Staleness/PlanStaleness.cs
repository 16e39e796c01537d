namespace Okr.Core.Scoring;

/// <summary>Every objective's and key result's check-in freshness as of a scorecard's day (see <see cref="OkrStaleness.Check(Scorecard)"/>).</summary>
public sealed class PlanStaleness
{
    private readonly Dictionary<string, ItemStaleness> byId;

    internal PlanStaleness(DateOnly asOf, int staleAfterDays, IReadOnlyList<ItemStaleness> items)
    {
        AsOf = asOf;
        StaleAfterDays = staleAfterDays;
        Items = items;
        byId = new Dictionary<string, ItemStaleness>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            byId[item.Id] = item;
        }
    }

    /// <summary>The day checked.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The threshold: stale when more days than this have passed since the last check-in.</summary>
    public int StaleAfterDays { get; }

    /// <summary>The objectives and key results, in plan order.</summary>
    public IReadOnlyList<ItemStaleness> Items { get; }

    /// <summary>The stale key results, in plan order.</summary>
    public IEnumerable<ItemStaleness> StaleKeyResults => Items.Where(i => i.ItemKind == OkrItemKind.KeyResult && i.IsStale);

    /// <summary>The freshness of the objective or key result with the id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>Its freshness.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No objective or key result has the id.</exception>
    public ItemStaleness this[string id] => TryGet(id, out var item)
        ? item
        : throw new KeyNotFoundException($"No objective or key result has the id '{id}' (initiatives and work items have no check-ins).");

    /// <summary>The freshness of the objective or key result with the id, if there is one.</summary>
    /// <param name="id">The id.</param>
    /// <param name="staleness">The freshness, when found.</param>
    /// <returns>Whether an objective or key result has the id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGet(string id, out ItemStaleness staleness)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.TryGetValue(id, out staleness);
    }
}
