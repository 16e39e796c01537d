using Okr.Core.Internal;
using Okr.Core.Scoring;

namespace Okr.Core;

/// <summary>
/// A whole plan: the objectives (each with its key results, initiatives and work items) and the scoring
/// configuration. The aggregate users load, score and save. Building one checks that ids are unique across all
/// items, that every reference points to an existing item of the right kind, and that alignment has no cycle.
/// </summary>
/// <remarks>
/// Immutable and safe to share between threads; every change returns a new plan. Equality is structural.
/// Lookups by id are O(1).
/// </remarks>
public sealed class OkrPlan : IEquatable<OkrPlan>
{
    private readonly PlanIndex index;
    private ScoringTables? scoringTables;
    private KeyResultTables? keyResultTables;

    /// <summary>Builds a plan.</summary>
    /// <param name="objectives">The objectives; aligned ones refer to their parent by id, in any order.</param>
    /// <param name="scoring">The scoring configuration; null for <see cref="ScoringConfiguration.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="objectives"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="objectives"/> contains null.</exception>
    /// <exception cref="InvalidPlanException">Ids are duplicated, a reference dangles, or alignment has a cycle.</exception>
    public OkrPlan(IEnumerable<Objective> objectives, ScoringConfiguration? scoring = null)
    {
        ArgumentNullException.ThrowIfNull(objectives);
        Objectives = Guard.NoNullItems(objectives.ToImmutableArray(), nameof(objectives));
        Scoring = scoring ?? ScoringConfiguration.Default;
        index = PlanIndex.Build(Objectives);
    }

    private OkrPlan(ImmutableArray<Objective> objectives, ScoringConfiguration scoring, PlanIndex index, UnknownProperties unknownProperties, ScoringTables? scoringTables = null, KeyResultTables? keyResultTables = null)
    {
        Objectives = objectives;
        Scoring = scoring;
        this.index = index;
        UnknownProperties = unknownProperties;
        this.scoringTables = scoringTables;
        this.keyResultTables = keyResultTables;
    }

    /// <summary>An empty plan with the default scoring configuration.</summary>
    public static OkrPlan Empty { get; } = new([]);

    /// <summary>The objectives, in the order given.</summary>
    public ImmutableArray<Objective> Objectives { get; }

    /// <summary>The scoring configuration.</summary>
    public ScoringConfiguration Scoring { get; }

    /// <summary>JSON properties of the plan document (and of its scoring section) that this version of Okr.Core does not
    /// know, kept so a load and save loses nothing. <value>The default is <see cref="UnknownProperties.Empty"/>.</value></summary>
    public UnknownProperties UnknownProperties { get; } = UnknownProperties.Empty;

    /// <summary>The number of items of every kind (objectives, key results, initiatives, work items).</summary>
    public int ItemCount => index.Count;

    /// <summary>Every key result, objective by objective, in order.</summary>
    public IEnumerable<KeyResult> KeyResults => Objectives.SelectMany(o => o.KeyResults);

    /// <summary>Every initiative, in order.</summary>
    public IEnumerable<Initiative> Initiatives => KeyResults.SelectMany(k => k.Initiatives);

    /// <summary>Every work item, in order.</summary>
    public IEnumerable<WorkItem> WorkItems => Initiatives.SelectMany(i => i.WorkItems);

    internal PlanIndex Index => index;

    /// <summary>
    /// Compiles what a full scoring reads (work items, initiatives, key results of the common kinds and their check-ins)
    /// into flat tables kept with this plan, and returns this plan. From then on <see cref="Scoring.OkrScorer.Score(OkrPlan, DateOnly)"/>
    /// of this plan reads the tables: about 1.8 times as fast for a plan scored repeatedly (a dashboard, a reporting job
    /// scoring many days), for about 30 bytes per item; compiling costs about as much as one scoring. Plans made from this
    /// one by <see cref="WithScoring"/> and <see cref="WithUnknownProperties"/> share the tables, and
    /// <see cref="AddCheckIn"/> shares the work items' part. The results are the same, bit for bit, with or without tables.
    /// </summary>
    /// <returns>This plan.</returns>
    /// <remarks>Thread-safe: compiling twice at once builds the tables more than once but keeps one.</remarks>
    public OkrPlan CompileScoring()
    {
        _ = ScoringTables;
        _ = KeyResultTables;
        return this;
    }

    /// <summary>Whether full scorings of this plan read compiled tables (<see cref="CompileScoring"/>, or tables shared by
    /// the plan it was made from) rather than its records. Either way the results are the same, bit for bit.</summary>
    public bool IsCompiledForScoring => Volatile.Read(ref scoringTables) is not null;

    /// <summary>The work items and initiatives compiled for the full scoring pass; built on first use (by one thread
    /// or by several, keeping the first), then kept with the plan.</summary>
    internal ScoringTables ScoringTables =>
        Volatile.Read(ref scoringTables) ?? LazyInitializer.EnsureInitialized(ref scoringTables, () => ScoringTables.Build(Objectives, index));

    /// <summary>The key results compiled for the full scoring pass; built on first use like <see cref="ScoringTables"/>.
    /// Not shared with a plan whose key results changed (a check-in changes its key result's check-ins).</summary>
    internal KeyResultTables KeyResultTables =>
        Volatile.Read(ref keyResultTables) ?? LazyInitializer.EnsureInitialized(ref keyResultTables, () => KeyResultTables.Build(Objectives));

    /// <summary>Whether an item of any kind has the id.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool Contains(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return index.TryGet(id, out _);
    }

    /// <summary>The kind of the item with the id: objective, key result, initiative or work item.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The kind, or null when absent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public OkrItemKind? ItemKindOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return index.TryGet(id, out var location) ? location.Kind : null;
    }

    /// <summary>The objective with the id, or null.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The objective or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Objective? FindObjective(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return index.TryGet(id, out var l) && l.Kind == OkrItemKind.Objective ? Objectives[l.Objective] : null;
    }

    /// <summary>The key result with the id, or null.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The key result or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public KeyResult? FindKeyResult(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return index.TryGet(id, out var l) && l.Kind == OkrItemKind.KeyResult ? Objectives[l.Objective].KeyResults[l.KeyResult] : null;
    }

    /// <summary>The initiative with the id, or null.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The initiative or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Initiative? FindInitiative(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return index.TryGet(id, out var l) && l.Kind == OkrItemKind.Initiative
            ? Objectives[l.Objective].KeyResults[l.KeyResult].Initiatives[l.Initiative]
            : null;
    }

    /// <summary>The work item with the id, or null.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The work item or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public WorkItem? FindWorkItem(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return index.TryGet(id, out var l) && l.Kind == OkrItemKind.WorkItem
            ? Objectives[l.Objective].KeyResults[l.KeyResult].Initiatives[l.Initiative].WorkItems[l.WorkItem]
            : null;
    }

    /// <summary>The objective that owns a key result, initiative or work item (or the objective itself), or null.</summary>
    /// <param name="id">The item's id.</param>
    /// <returns>The owning objective or null when absent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Objective? FindOwningObjective(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return index.TryGet(id, out var l) ? Objectives[l.Objective] : null;
    }

    /// <summary>The key result that owns an initiative or work item, or null.</summary>
    /// <param name="id">The initiative's or work item's id.</param>
    /// <returns>The owning key result or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public KeyResult? FindOwningKeyResult(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return index.TryGet(id, out var l) && l.Kind is OkrItemKind.Initiative or OkrItemKind.WorkItem
            ? Objectives[l.Objective].KeyResults[l.KeyResult]
            : null;
    }

    /// <summary>The objectives aligned directly to the objective or key result with the id, in plan order.</summary>
    /// <param name="id">The parent's id.</param>
    /// <returns>The aligned objectives; empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public IEnumerable<Objective> AlignedTo(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Objectives.Where(o => o.Alignment.TargetId == id);
    }

    /// <summary>Returns a plan with a check-in appended to a key result's history. The structure is shared, so
    /// re-scoring with <see cref="OkrScorer.Rescore"/> touches only the key result and its ancestors.</summary>
    /// <param name="keyResultId">The key result's id.</param>
    /// <param name="checkIn">The check-in.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">No key result has the id.</exception>
    public OkrPlan AddCheckIn(string keyResultId, CheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(keyResultId);
        ArgumentNullException.ThrowIfNull(checkIn);
        var keyResult = FindKeyResult(keyResultId) ?? throw new KeyNotFoundException($"No key result has the id '{keyResultId}'.");
        return ReplaceKeyResult(keyResult.AddCheckIn(checkIn));
    }

    /// <summary>Returns a plan with the key result of the same id replaced.</summary>
    /// <param name="keyResult">The new key result.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keyResult"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No key result has its id.</exception>
    /// <exception cref="InvalidPlanException">The change breaks the plan's integrity.</exception>
    public OkrPlan ReplaceKeyResult(KeyResult keyResult)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        if (!index.TryGet(keyResult.Id, out var l) || l.Kind != OkrItemKind.KeyResult)
        {
            throw new KeyNotFoundException($"No key result has the id '{keyResult.Id}'.");
        }

        var objective = Objectives[l.Objective];
        var old = objective.KeyResults[l.KeyResult];
        var changed = objective with { KeyResults = objective.KeyResults.SetItem(l.KeyResult, keyResult) };
        // The same initiatives (a check-in, a new target): the compiled work is the same too, if it was compiled.
        return PlanIndex.SameShape(old, keyResult)
            ? new OkrPlan(Objectives.SetItem(l.Objective, changed), Scoring, index, UnknownProperties, old.Initiatives == keyResult.Initiatives ? Volatile.Read(ref scoringTables) : null)
            : new OkrPlan(Objectives.SetItem(l.Objective, changed), Scoring).WithUnknownProperties(UnknownProperties);
    }

    /// <summary>Returns a plan with the objective of the same id replaced (its key results included).</summary>
    /// <param name="objective">The new objective.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No objective has its id.</exception>
    /// <exception cref="InvalidPlanException">The change breaks the plan's integrity.</exception>
    public OkrPlan ReplaceObjective(Objective objective)
    {
        ArgumentNullException.ThrowIfNull(objective);
        if (!index.TryGet(objective.Id, out var l) || l.Kind != OkrItemKind.Objective)
        {
            throw new KeyNotFoundException($"No objective has the id '{objective.Id}'.");
        }

        return new OkrPlan(Objectives.SetItem(l.Objective, objective), Scoring).WithUnknownProperties(UnknownProperties);
    }

    /// <summary>Returns a plan with the initiative of the same id replaced.</summary>
    /// <param name="initiative">The new initiative.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="initiative"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No initiative has its id.</exception>
    /// <exception cref="InvalidPlanException">The change breaks the plan's integrity.</exception>
    public OkrPlan ReplaceInitiative(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        if (!index.TryGet(initiative.Id, out var l) || l.Kind != OkrItemKind.Initiative)
        {
            throw new KeyNotFoundException($"No initiative has the id '{initiative.Id}'.");
        }

        var keyResult = Objectives[l.Objective].KeyResults[l.KeyResult];
        return ReplaceKeyResult(keyResult with { Initiatives = keyResult.Initiatives.SetItem(l.Initiative, initiative) });
    }

    /// <summary>Returns a plan with the work item of the same id replaced.</summary>
    /// <param name="workItem">The new work item.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workItem"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No work item has its id.</exception>
    /// <exception cref="InvalidPlanException">The change breaks the plan's integrity.</exception>
    public OkrPlan ReplaceWorkItem(WorkItem workItem)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        if (!index.TryGet(workItem.Id, out var l) || l.Kind != OkrItemKind.WorkItem)
        {
            throw new KeyNotFoundException($"No work item has the id '{workItem.Id}'.");
        }

        var initiative = Objectives[l.Objective].KeyResults[l.KeyResult].Initiatives[l.Initiative];
        return ReplaceInitiative(initiative with { WorkItems = initiative.WorkItems.SetItem(l.WorkItem, workItem) });
    }

    /// <summary>Returns a plan with other objectives and the same scoring configuration.</summary>
    /// <param name="objectives">The objectives.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objectives"/> is null.</exception>
    /// <exception cref="InvalidPlanException">The objectives do not form a valid plan.</exception>
    public OkrPlan WithObjectives(IEnumerable<Objective> objectives) => new OkrPlan(objectives, Scoring).WithUnknownProperties(UnknownProperties);

    /// <summary>Returns a plan with another scoring configuration. The structure is shared.</summary>
    /// <param name="scoring">The configuration.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scoring"/> is null.</exception>
    public OkrPlan WithScoring(ScoringConfiguration scoring)
    {
        ArgumentNullException.ThrowIfNull(scoring);
        return new OkrPlan(Objectives, scoring, index, UnknownProperties, Volatile.Read(ref scoringTables), Volatile.Read(ref keyResultTables));
    }

    /// <summary>Returns a plan with other unknown JSON properties (see <see cref="UnknownProperties"/>). The structure is shared.</summary>
    /// <param name="unknownProperties">The properties.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unknownProperties"/> is null.</exception>
    public OkrPlan WithUnknownProperties(UnknownProperties unknownProperties)
    {
        ArgumentNullException.ThrowIfNull(unknownProperties);
        return new OkrPlan(Objectives, Scoring, index, unknownProperties, Volatile.Read(ref scoringTables), Volatile.Read(ref keyResultTables));
    }

    /// <inheritdoc/>
    public bool Equals(OkrPlan? other) =>
        other is not null && Scoring.Equals(other.Scoring) && Sequence.Equal(Objectives, other.Objectives)
        && UnknownProperties.Equals(other.UnknownProperties);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as OkrPlan);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Scoring, Sequence.Hash(Objectives));
}
