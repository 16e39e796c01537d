using System.Diagnostics.CodeAnalysis;
using Okr.Core.Internal;

namespace Okr.Core.Scoring;

/// <summary>
/// A plan scored as of each of a series of days (<see cref="OkrScorer.ScoreSeries"/>), stored compactly: read one item's
/// points over the days (<see cref="Points"/>), one item on one day, or a whole day as a <see cref="Scorecard"/>
/// (<see cref="ScorecardOn"/>, built on demand). Every number is exactly, bit for bit, what
/// <see cref="OkrScorer.Score(OkrPlan, DateOnly)"/> gives for that day. Immutable and safe to share between threads.
/// </summary>
/// <example>
/// <code>
/// var series = OkrScorer.ScoreSeries(plan, SeriesDays.Weekly(Period.Quarter(2026, 2)));
/// foreach (var point in series.Points("obj-1"))
/// {
///     Console.WriteLine($"{point.Day}: {point.Progress} (expected {point.ExpectedProgress}) {point.Status}");
/// }
/// </code>
/// </example>
public sealed class ScorecardSeries
{
    private readonly SeriesStore? store;
    private readonly Dictionary<string, int>? positions;
    private readonly SeriesPoint[][]? points;
    private readonly ImmutableArray<DateOnly> days;

    internal ScorecardSeries(OkrPlan plan, ImmutableArray<DateOnly> days, SeriesStore store)
    {
        Plan = plan;
        this.days = days;
        this.store = store;
        ItemIds = Array.AsReadOnly(plan.Index.Ids);
    }

    /// <summary>A series read from JSON: its points as written, without the plan.</summary>
    internal ScorecardSeries(ImmutableArray<DateOnly> days, string[] ids, OkrItemKind[] kinds, SeriesPoint[][] points)
    {
        this.days = days;
        this.points = points;
        ItemIds = Array.AsReadOnly(ids);
        ItemKinds = kinds;
        positions = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (int i = 0; i < ids.Length; i++)
        {
            positions.Add(ids[i], i);
        }
    }

    /// <summary>The plan scored; null for a series read from JSON (<see cref="OkrJson.DeserializeSeries(string, Serialization.OkrJsonOptions?)"/>).</summary>
    public OkrPlan? Plan { get; }

    /// <summary>The days scored, ascending and distinct.</summary>
    public IReadOnlyList<DateOnly> Days => days;

    /// <summary>The items' ids, in plan order (each objective, then its key results, initiatives and work items).</summary>
    public IReadOnlyList<string> ItemIds { get; }

    /// <summary>The kinds of the items of a series read from JSON (the plan's index holds them otherwise).</summary>
    internal OkrItemKind[]? ItemKinds { get; }

    /// <summary>The bytes the computed series holds (0 for one read from JSON); for benchmarks.</summary>
    internal long StoredBytes => store?.Bytes ?? 0;

    /// <summary>An item's numbers on one day of the series.</summary>
    /// <param name="id">The item's id.</param>
    /// <param name="day">A day of the series.</param>
    /// <returns>The point.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The series has no item with the id, or <paramref name="day"/> is not one of its days.</exception>
    public SeriesPoint this[string id, DateOnly day]
    {
        get
        {
            int node = NodeOf(id);
            int position = days.BinarySearch(day);
            if (position < 0)
            {
                throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"The series has no day {day:yyyy-MM-dd}; its days are {days[0]:yyyy-MM-dd} to {days[^1]:yyyy-MM-dd} ({days.Length})."));
            }

            return PointAt(node, position, store is null ? null : new ScoringEngine(Plan!, day));
        }
    }

    /// <summary>The item's kind.</summary>
    /// <param name="id">The item's id.</param>
    /// <returns>Objective, key result, initiative or work item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The series has no item with the id.</exception>
    public OkrItemKind ItemKindOf(string id)
    {
        int node = NodeOf(id);
        return ItemKinds is { } kinds ? kinds[node] : Plan!.Index.KindOf(node);
    }

    /// <summary>An item's points, one per day of the series, in day order.</summary>
    /// <param name="id">The item's id.</param>
    /// <returns>The points.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The series has no item with the id.</exception>
    public IReadOnlyList<SeriesPoint> Points(string id) => PointsOf(NodeOf(id));

    /// <summary>An item's points, if the series has the item.</summary>
    /// <param name="id">The item's id.</param>
    /// <param name="itemPoints">The points, one per day, when present.</param>
    /// <returns>Whether the series has the item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGetPoints(string id, [NotNullWhen(true)] out IReadOnlyList<SeriesPoint>? itemPoints)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (TryNodeOf(id, out int node))
        {
            itemPoints = PointsOf(node);
            return true;
        }

        itemPoints = null;
        return false;
    }

    /// <summary>The whole plan's scorecard on one day of the series, rebuilt from the stored numbers (equal to
    /// <see cref="OkrScorer.Score(OkrPlan, DateOnly)"/> as of that day, explanations included).</summary>
    /// <param name="day">A day of the series.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="KeyNotFoundException"><paramref name="day"/> is not one of the series' days.</exception>
    /// <exception cref="InvalidOperationException">The series was read from JSON: it has no plan.</exception>
    public Scorecard ScorecardOn(DateOnly day)
    {
        if (store is null)
        {
            throw new InvalidOperationException("This series was read from JSON and has no plan: score the plan as of the day instead (OkrScorer.Score).");
        }

        int position = days.BinarySearch(day);
        if (position < 0)
        {
            throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"The series has no day {day:yyyy-MM-dd}."));
        }

        return new Scorecard(Plan!, day, store.Materialize(position));
    }

    private IReadOnlyList<SeriesPoint> PointsOf(int node)
    {
        var result = new SeriesPoint[days.Length];
        CreateReader().Fill(node, result);
        return Array.AsReadOnly(result);
    }

    /// <summary>A reader of many items' points (the JSON writer's), with one engine per day for the derived numbers.</summary>
    internal PointReader CreateReader() => new(this);

    private SeriesPoint PointAt(int node, int day, ScoringEngine? engine) =>
        points is not null ? points[node][day] : new SeriesPoint(days[day], Scorecard.Read(engine!, store!.Read(node, day), node));

    private int NodeOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return TryNodeOf(id, out int node) ? node : throw new KeyNotFoundException($"The series has no item with the id '{id}'.");
    }

    private bool TryNodeOf(string id, out int node) =>
        positions is not null ? positions.TryGetValue(id, out node) : Plan!.Index.TryGetNode(id, out node);

    /// <summary>Reads items' points, reusing one engine per day (expected progress and score are derived on demand).</summary>
    internal sealed class PointReader
    {
        private readonly ScorecardSeries series;
        private readonly ScoringEngine[]? engines;
        private readonly NodeResult[] buffer;

        public PointReader(ScorecardSeries series)
        {
            this.series = series;
            buffer = new NodeResult[series.days.Length];
            if (series.store is not null)
            {
                engines = new ScoringEngine[series.days.Length];
                for (int d = 0; d < engines.Length; d++)
                {
                    engines[d] = new ScoringEngine(series.Plan!, series.days[d]);
                }
            }
        }

        /// <summary>The kind of the item at a position (its node).</summary>
        public OkrItemKind KindOf(int node) => series.ItemKinds is { } kinds ? kinds[node] : series.Plan!.Index.KindOf(node);

        /// <summary>Fills one item's points, one per day.</summary>
        public void Fill(int node, Span<SeriesPoint> into)
        {
            if (series.points is not null)
            {
                series.points[node].CopyTo(into);
                return;
            }

            series.store!.ReadAll(node, buffer);
            for (int d = 0; d < buffer.Length; d++)
            {
                into[d] = new SeriesPoint(series.days[d], Scorecard.Read(engines![d], buffer[d], node));
            }
        }
    }
}
