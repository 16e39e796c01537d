using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Okr.Core.Scoring;

namespace Okr.Core.Tests.Generators;

/// <summary>
/// FsCheck generators of valid plans, for any test that needs them: every kind of key result, check-ins, initiatives,
/// work items with dependencies, alignment to earlier objectives or key results, cascading to earlier key results
/// (so never a cycle), overrides, weights, non-default scoring configurations and unknown JSON properties.
/// Ids are unique by construction. Use <see cref="OkrArbitraries"/> with <c>[Property(Arbitrary = ...)]</c>.
/// </summary>
public static class PlanGenerators
{
    /// <summary>Decimals including the hard ones: 0.1, trailing zeros, the largest and smallest decimal.</summary>
    public static Gen<decimal> Decimal { get; } = Gen.Frequency(
        (4, from units in Gen.Choose(-1_000_000, 1_000_000)
            from scale in Gen.Choose(0, 6)
            select new decimal(Math.Abs(units), 0, 0, units < 0, (byte)scale)),
        (1, Gen.Elements(0m, 0.1m, 1.000m, -0.5m, 79228162514264337593543950335m, -79228162514264337593543950335m, 0.0000000000000000000000000001m, 1e-28m)));

    /// <summary>A ratio from 0 to 1 with up to four decimals.</summary>
    public static Gen<decimal> UnitInterval { get; } = Gen.Choose(0, 10_000).Select(n => n / 10_000m);

    /// <summary>A percent from 0 to 100 with up to two decimals.</summary>
    public static Gen<decimal> Percent { get; } = Gen.Choose(0, 10_000).Select(n => n / 100m);

    /// <summary>A non-negative decimal.</summary>
    public static Gen<decimal> NonNegative { get; } = Gen.Choose(0, 100_000).Select(n => n / 100m);

    /// <summary>Days between 2020 and 2030.</summary>
    public static Gen<DateOnly> Day { get; } = Gen.Choose(new DateOnly(2020, 1, 1).DayNumber, new DateOnly(2030, 12, 31).DayNumber).Select(DateOnly.FromDayNumber);

    /// <summary>Instants with various offsets and sub-second parts.</summary>
    public static Gen<DateTimeOffset> Instant { get; } =
        from day in Day
        from seconds in Gen.Choose(0, 86_399)
        from ticks in Gen.Elements(0, 0, 1_230_000, 1, 9_999_999)
        from offsetMinutes in Gen.Elements(0, 120, -300, 330, 840, -720)
        select new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue).AddSeconds(seconds).AddTicks(ticks), TimeSpan.FromMinutes(offsetMinutes));

    /// <summary>Non-blank text, including quotes, escapes, non-ASCII and emoji.</summary>
    public static Gen<string> Text { get; } = Gen.Elements(
        "Ship it", "Grow revenue", "Réduire le churn", "\"quoted\" and \\ back", "line\nbreak\ttab", "日本語のタイトル", "emoji 🚀", "<script>&amp;</script>", "a", " padded ");

    /// <summary>Text or null.</summary>
    public static Gen<string?> OptionalText { get; } = Gen.Frequency((2, Gen.Constant<string?>(null)), (1, Text.Select(t => (string?)t)));

    /// <summary>Number, percent or a currency.</summary>
    public static Gen<MetricUnit> Unit { get; } = Gen.Elements(MetricUnit.Number, MetricUnit.Percent, MetricUnit.Currency("EUR"), MetricUnit.Currency("usd"));

    /// <summary>Every kind of key result with valid settings.</summary>
    public static Gen<KeyResultKind> Kind { get; } = Gen.OneOf(
        from start in Gen.Choose(0, 1000)
        from span in Gen.Choose(0, 1000)
        from direction in Gen.Elements(LinearDirection.Increase, LinearDirection.Decrease, LinearDirection.Reach)
        from unit in Unit
        from rule in Gen.Elements(StartEqualsTargetRule.NotScored, StartEqualsTargetRule.MetWhenAtOrBeyondTarget)
        select (KeyResultKind)(direction switch
        {
            LinearDirection.Increase => new LinearKind(direction, start / 10m, (start + span) / 10m, unit, rule),
            LinearDirection.Decrease => new LinearKind(direction, (start + span) / 10m, start / 10m, unit, rule),
            _ => new LinearKind(direction, 0m, span, unit, rule),
        }),
        Gen.Constant<KeyResultKind>(new PercentageKind()),
        from direction in Gen.Elements(ThresholdDirection.StayAbove, ThresholdDirection.StayBelow)
        from threshold in Decimal
        from risk in Gen.OneOf(Gen.Constant<decimal?>(null), NonNegative.Select(d => (decimal?)d))
        from boundary in Gen.Elements(ThresholdBoundary.OnThresholdFails, ThresholdBoundary.OnThresholdPasses)
        from unit in Unit
        select (KeyResultKind)new ThresholdKind(direction, threshold, risk, boundary, unit),
        from lower in NonNegative
        from upper in NonNegative
        from unit in Unit
        select (KeyResultKind)new RangeKind(lower, upper, unit),
        from direction in Gen.Elements(ControlKpiDirection.AtLeast, ControlKpiDirection.AtMost)
        from target in NonNegative
        from planned in Gen.Choose(0, 20)
        from method in Gen.Elements(Enum.GetValues<ControlKpiMethod>())
        from unit in Unit
        select (KeyResultKind)new ControlKpiKind(direction, target, planned, method, unit),
        Gen.Constant<KeyResultKind>(new BinaryKind()),
        from titles in Gen.NonEmptyListOf(Text)
        from weights in Gen.ArrayOf(NonNegative, titles.Count)
        select (KeyResultKind)new MilestonesKind([.. titles.Select((t, i) => new Milestone(t, weights[i]))]),
        from method in Gen.Elements(ActivityMethod.DoneShare, ActivityMethod.EffortWeighted, ActivityMethod.MeanCompletion, ActivityMethod.DoneCount)
        from count in Gen.Choose(1, 50)
        select (KeyResultKind)(method == ActivityMethod.DoneCount ? new ActivityKind(method, count) : new ActivityKind(method)),
        from start in NonNegative
        from target in NonNegative
        from unit in Unit
        select (KeyResultKind)new CascadedSumKind(start, target, unit),
        Unit.Select(u => (KeyResultKind)new BaselineKind(u)));

    /// <summary>A weight: mostly the default, sometimes a multiplier or a fixed share.</summary>
    public static Gen<ContributionWeight> Weight { get; } = Gen.Frequency(
        (3, Gen.Constant(ContributionWeight.Default)),
        (1, NonNegative.Select(ContributionWeight.Times)),
        (1, Percent.Select(ContributionWeight.FixedShare)));

    /// <summary>Unknown properties of an item's own object (and sometimes of a nested scope that always exists).</summary>
    public static Gen<UnknownProperties> Unknown(params string[] scopes) => Gen.Frequency(
        (3, Gen.Constant(UnknownProperties.Empty)),
        (1, from scope in Gen.Elements(["", .. scopes])
            from name in Gen.Elements("x-future", "vendor:id", "with space", "n")
            from json in Gen.Elements("1", "\"text\"", "{\"a\":[1,2,{\"b\":null}]}", "[]", "true", "0.10", "\"é🚀\"")
            select UnknownProperties.Empty.Add(scope, name, json).Add("x-more", "{}")));

    /// <summary>A progress override.</summary>
    public static Gen<ProgressOverride?> ProgressOverride { get; } = Gen.Frequency(
        (4, Gen.Constant<ProgressOverride?>(null)),
        (1, from p in Decimal
            from mode in Gen.Elements(OverrideMode.OneOff, OverrideMode.Sticky)
            from reason in Text
            from author in Text
            from at in Instant
            select (ProgressOverride?)new ProgressOverride(Progress.FromRatio(p), mode, reason.Trim().Length == 0 ? "r" : reason, author.Trim().Length == 0 ? "a" : author, at)));

    /// <summary>A score override.</summary>
    public static Gen<ScoreOverride?> ScoreOverride { get; } = Gen.Frequency(
        (4, Gen.Constant<ScoreOverride?>(null)),
        (1, from s in UnitInterval
            from at in Instant
            select (ScoreOverride?)new ScoreOverride(s, "because", "ana", at)));

    /// <summary>A check-in.</summary>
    public static Gen<CheckIn> CheckIn { get; } =
        from at in Instant
        from value in Decimal
        from confidence in Gen.OneOf(Gen.Constant<decimal?>(null), UnitInterval.Select(c => (decimal?)c))
        from status in Gen.OneOf(Gen.Constant<OkrStatus?>(null), Gen.Elements(Enum.GetValues<OkrStatus>()).Select(s => (OkrStatus?)s))
        from note in OptionalText
        from author in OptionalText
        from source in Gen.Elements(Enum.GetValues<CheckInSource>())
        from unknown in Unknown()
        select new CheckIn(at, value) { Confidence = confidence, Status = status, Note = note, Author = author, Source = source, UnknownProperties = unknown };

    /// <summary>A link to another tool.</summary>
    public static Gen<ExternalLink?> Link { get; } = Gen.Frequency(
        (3, Gen.Constant<ExternalLink?>(null)),
        (1, Gen.Elements<ExternalLink?>(new ExternalLink("jira", "PROJ-42", new Uri("https://example.atlassian.net/browse/PROJ-42")), new ExternalLink("asana", "1200"))));

    /// <summary>A scoring strategy set that differs from the defaults now and then.</summary>
    public static Gen<ScoringConfiguration> Scoring { get; } = Gen.Frequency(
        (2, Gen.Constant(ScoringConfiguration.Default)),
        (1, from progress in Gen.Elements<ProgressStrategy>(new StandardProgressStrategy(), new StandardProgressStrategy(1.5m, 0m), new StandardProgressStrategy(1m, null))
            from rollup in Gen.Elements<RollupStrategy>(new WeightedMeanRollup(), new MeanRollup(), new WeakestRollup())
            from status in Gen.Elements<StatusStrategy>(new PaceStatusStrategy(), PaceStatusStrategy.Ratio(0.4m, 0.7m), PaceStatusStrategy.Points(30m, 5.5m), new WorstChildStatusStrategy(), new ConfidenceMeanStatusStrategy())
            from score in Gen.Elements(new GradeBandScore(), new GradeBandScore(0.3m, 0.6m, 0.9m, 0.65m))
            from byKind in Gen.Elements(
                ImmutableDictionary<string, ProgressStrategy>.Empty,
                ImmutableDictionary<string, ProgressStrategy>.Empty.Add("linear", new StandardProgressStrategy(1m, 0m)).Add("binary", new StandardProgressStrategy()))
            from includeInitiatives in Gen.Elements(true, false)
            from cap in Gen.Elements<decimal?>(null, 1m, 1.20m)
            select new ScoringConfiguration
            {
                Progress = progress,
                Rollup = rollup,
                KeyResultStatus = status,
                ObjectiveStatus = status,
                Score = score,
                ProgressByKind = byKind,
                DefaultRollup = new RollupSettings { IncludeInitiatives = includeInitiatives, CapChildrenAt = cap },
            }));

    /// <summary>A valid plan of up to about <c>size</c> objectives.</summary>
    public static Gen<OkrPlan> Plan { get; } = Gen.Sized(size => PlanOfSize(Math.Max(1, Math.Min(size, 12))));

    /// <summary>A valid plan with up to <paramref name="maxObjectives"/> objectives.</summary>
    /// <param name="maxObjectives">The largest number of objectives.</param>
    /// <returns>The generator.</returns>
    public static Gen<OkrPlan> PlanOfSize(int maxObjectives) =>
        from count in Gen.Choose(0, maxObjectives)
        from objectives in Gen.ArrayOf(ObjectiveShape, count)
        from scoring in Scoring
        from unknown in Unknown("scoring")
        select Build(objectives, scoring, unknown);

    private static Gen<WorkItemSpec> WorkItemShape { get; } =
        from title in Text
        from state in Gen.Elements(Enum.GetValues<WorkItemState>())
        from percent in Gen.OneOf(Gen.Constant<decimal?>(null), Percent.Select(p => (decimal?)p))
        from effort in Gen.OneOf(Gen.Constant<decimal?>(null), NonNegative.Select(p => (decimal?)p))
        from due in Gen.OneOf(Gen.Constant<DateOnly?>(null), Day.Select(d => (DateOnly?)d))
        from completed in Gen.OneOf(Gen.Constant<DateOnly?>(null), Day.Select(d => (DateOnly?)d))
        from assignee in OptionalText
        from dependsOnPrevious in Gen.Elements(false, false, true)
        from link in Link
        from synced in Gen.OneOf(Gen.Constant<DateTimeOffset?>(null), Instant.Select(i => (DateTimeOffset?)i))
        from unknown in Unknown("link")
        select new WorkItemSpec(new WorkItem
        {
            Id = "placeholder",
            Title = title,
            State = state,
            PercentComplete = percent,
            Effort = effort,
            Due = due,
            Start = due?.AddDays(-7),
            CompletedOn = completed,
            Assignee = assignee,
            Link = link,
            LastSyncedAt = synced,
            UnknownProperties = link is null ? unknown.Where(u => u.Scope.Length == 0).Aggregate(UnknownProperties.Empty, (a, u) => a.Add(u.Scope, u.Name, u.Json)) : unknown,
        }, dependsOnPrevious);

    private static Gen<InitiativeSpec> InitiativeShape { get; } =
        from title in Text
        from owner in OptionalText
        from weight in Weight
        from contributes in Gen.Elements(true, true, false)
        from percent in Gen.OneOf(Gen.Constant<decimal?>(null), Percent.Select(p => (decimal?)p))
        from count in Gen.Choose(0, 4)
        from workItems in Gen.ArrayOf(WorkItemShape, count)
        from link in Link
        from unknown in Unknown("weight")
        select new InitiativeSpec(new Initiative { Id = "placeholder", Title = title, Owner = owner, Weight = weight, Contributes = contributes, PercentComplete = percent, Link = link, UnknownProperties = unknown }, workItems);

    private static Gen<KeyResultSpec> KeyResultShape { get; } =
        from title in Text
        from kind in Kind
        from description in OptionalText
        from weight in Weight
        from contributes in Gen.Elements(true, true, false)
        from cascade in Gen.Frequency((4, Gen.Constant(-1)), (1, Gen.Choose(0, 1000)))
        from strategy in Gen.Elements<ProgressStrategy?>(null, null, null, new StandardProgressStrategy(1m, 0m))
        from progressOverride in ProgressOverride
        from scoreOverride in ScoreOverride
        from phases in Gen.Frequency((3, Gen.Constant(ImmutableArray<PhasedTarget>.Empty)), (1, Gen.ListOf(from d in Day from v in Decimal select new PhasedTarget(d, v)).Select(l => l.ToImmutableArray())))
        from checkInCount in Gen.Choose(0, 4)
        from checkIns in Gen.ArrayOf(CheckIn, checkInCount)
        from initiativeCount in Gen.Choose(0, 3)
        from initiatives in Gen.ArrayOf(InitiativeShape, initiativeCount)
        from unknown in Unknown("kind")
        select new KeyResultSpec(
            new KeyResult
            {
                Id = "placeholder",
                Title = title,
                Kind = kind,
                Description = description,
                Weight = weight,
                Contributes = contributes,
                ProgressStrategy = strategy,
                ProgressOverride = progressOverride,
                ScoreOverride = scoreOverride,
                PhasedTargets = phases,
                CheckIns = [.. checkIns],
                UnknownProperties = unknown,
            },
            cascade,
            initiatives);

    private static Gen<ObjectiveSpec> ObjectiveShape { get; } =
        from title in Text
        from start in Day
        from length in Gen.Choose(0, 400)
        from owner in OptionalText
        from type in Gen.Elements(ObjectiveType.Committed, ObjectiveType.Aspirational)
        from align in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, 1000)))
        from alignToKeyResult in Gen.Elements(false, true)
        from weight in Weight
        from contributes in Gen.Elements(true, true, false)
        from rollup in Gen.Elements<RollupSettings?>(null, null, RollupSettings.Default, new RollupSettings { Strategy = new MeanRollup(), IncludeChildObjectives = false, FloorChildrenAt = 0m, WeightByTargetSize = true })
        from scale in Gen.Elements<MeasureScale?>(null, null, new MeasureScale(0m, 100m), new MeasureScale(10.5m, 2m, MetricUnit.Currency("EUR")))
        from progressOverride in ProgressOverride
        from scoreOverride in ScoreOverride
        from closed in Gen.Frequency((4, Gen.Constant<DateOnly?>(null)), (1, Day.Select(d => (DateOnly?)d)))
        from count in Gen.Choose(0, 4)
        from keyResults in Gen.ArrayOf(KeyResultShape, count)
        from unknown in Unknown("period")
        select new ObjectiveSpec(
            new Objective
            {
                Id = "placeholder",
                Title = title,
                Period = new Period(start, start.AddDays(length)),
                Owner = owner,
                Type = type,
                Weight = weight,
                Contributes = contributes,
                Rollup = rollup,
                Scale = scale,
                ProgressOverride = progressOverride,
                ScoreOverride = scoreOverride,
                ClosedOn = closed,
                UnknownProperties = unknown,
            },
            align,
            alignToKeyResult,
            keyResults);

    private static OkrPlan Build(ObjectiveSpec[] shapes, ScoringConfiguration scoring, UnknownProperties unknown)
    {
        var objectives = new List<Objective>();
        var earlierKeyResults = new List<string>();
        int next = 0;
        for (int o = 0; o < shapes.Length; o++)
        {
            var shape = shapes[o];
            string objectiveId = $"o-{++next}";
            var alignment = Alignment.None;
            if (shape.Align >= 0 && o > 0)
            {
                alignment = shape.AlignToKeyResult && earlierKeyResults.Count > 0
                    ? Alignment.ToKeyResult(earlierKeyResults[shape.Align % earlierKeyResults.Count])
                    : Alignment.ToObjective(objectives[shape.Align % objectives.Count].Id);
            }

            var keyResults = new List<KeyResult>();
            var ownKeyResults = new List<string>();
            foreach (var kr in shape.KeyResults)
            {
                string keyResultId = $"kr-{++next}";
                var candidates = earlierKeyResults.Concat(ownKeyResults).ToList();
                string? parent = kr.Cascade >= 0 && candidates.Count > 0 ? candidates[kr.Cascade % candidates.Count] : null;
                var initiatives = new List<Initiative>();
                foreach (var initiative in kr.Initiatives)
                {
                    string initiativeId = $"i-{++next}";
                    var workItems = new List<WorkItem>();
                    foreach (var w in initiative.WorkItems)
                    {
                        string workItemId = $"w-{++next}";
                        workItems.Add(w.Item with { Id = workItemId, DependsOn = w.DependsOnPrevious && workItems.Count > 0 ? [workItems[^1].Id] : [] });
                    }

                    initiatives.Add(initiative.Item with { Id = initiativeId, WorkItems = [.. workItems] });
                }

                keyResults.Add(kr.Item with { Id = keyResultId, ParentKeyResultId = parent, Initiatives = [.. initiatives] });
                ownKeyResults.Add(keyResultId);
            }

            objectives.Add(shape.Item with { Id = objectiveId, Alignment = alignment, KeyResults = [.. keyResults] });
            earlierKeyResults.AddRange(ownKeyResults);
        }

        return new OkrPlan(objectives, scoring).WithUnknownProperties(unknown);
    }

    private sealed record WorkItemSpec(WorkItem Item, bool DependsOnPrevious);

    private sealed record InitiativeSpec(Initiative Item, WorkItemSpec[] WorkItems);

    private sealed record KeyResultSpec(KeyResult Item, int Cascade, InitiativeSpec[] Initiatives);

    private sealed record ObjectiveSpec(Objective Item, int Align, bool AlignToKeyResult, KeyResultSpec[] KeyResults);
}

/// <summary>Named arbitraries for <c>[Property(Arbitrary = new[] { typeof(OkrArbitraries) })]</c>.</summary>
public static class OkrArbitraries
{
    /// <summary>Valid plans (no shrinking).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OkrPlan> Plan() => PlanGenerators.Plan.ToArbitrary();
}
