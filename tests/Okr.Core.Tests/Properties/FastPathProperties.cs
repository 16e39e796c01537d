using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using Okr.Core.Scoring;
using Okr.Core.Testing;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Properties;

/// <summary>The engine's fast paths (built-in strategies computed inline, excluded children skipped unread, remembered
/// divisions) give exactly, bit for bit, what its general path gives.</summary>
[Properties(Arbitrary = [typeof(OkrArbitraries)], MaxTest = 100)]
public class FastPathProperties
{
    private static readonly DateOnly[] Days = [new(2026, 3, 31), new(2026, 4, 1), new(2026, 5, 15), new(2026, 6, 30), new(2026, 8, 1)];

    /// <summary>Every number with its exact bits (so 0.5 and 0.50 differ), the status and the score.</summary>
    private static List<string> Fingerprint(Scorecard scorecard) =>
        scorecard.Items.Select(i => string.Join(
            "|",
            i.Id,
            i.ItemKind,
            Bits(i.Progress?.Ratio),
            Bits(i.Value),
            Bits(i.ExpectedProgress?.Ratio),
            i.Status,
            Bits(i.Confidence),
            i.Score.ToString(),
            i.IsProgressOverridden)).ToList();

    private static string Bits(decimal? value) =>
        value is { } v ? string.Join(",", decimal.GetBits(v)) : "null";

    private static Scorecard ScoreGeneral(OkrPlan plan, DateOnly day)
    {
        ScoringEngine.GeneralPathOnly = true;
        try
        {
            return OkrScorer.Score(plan, day);
        }
        finally
        {
            ScoringEngine.GeneralPathOnly = false;
        }
    }

    /// <summary>A new plan's scoring from its records (objectives without aligned children rolled up in passing), then,
    /// after the explicit compile step, from the compiled tables.</summary>
    private static (List<string> Once, List<string> Compiled) ScoreOnceAndCompiled(OkrPlan plan, DateOnly day)
    {
        var once = Fingerprint(OkrScorer.Score(plan, day));
        Assert.False(plan.IsCompiledForScoring);
        var compiled = Fingerprint(OkrScorer.Score(plan.CompileScoring(), day));
        Assert.True(plan.IsCompiledForScoring);
        return (once, compiled);
    }

    /// <summary>The general path's fingerprint, then a new plan's first scoring's and its second (compiled) one's.</summary>
    private static (List<string> General, List<string> Once, List<string> Compiled) ScoreThreeWays(OkrPlan plan, DateOnly day)
    {
        var general = Fingerprint(ScoreGeneral(plan, day));
        var (once, compiled) = ScoreOnceAndCompiled(plan, day);
        return (general, once, compiled);
    }

    private static bool Same(OkrPlan plan, DateOnly day)
    {
        var (general, once, compiled) = ScoreThreeWays(plan, day);
        return once.SequenceEqual(general) && compiled.SequenceEqual(general);
    }

    /// <summary>The same as <see cref="Same"/>, with xunit's messages.</summary>
    private static void AssertSame(OkrPlan plan, DateOnly day)
    {
        var (general, once, compiled) = ScoreThreeWays(plan, day);
        Assert.Equal(general, once);
        Assert.Equal(general, compiled);
    }

    [Property]
    public bool FastPath_GeneratedPlans_EqualsGeneralPathBitForBit(PlanSpec spec, byte dayChoice)
    {
        var plan = spec.Build();
        return Same(plan, Days[dayChoice % Days.Length]);
    }

    [Property]
    public bool FastPath_GeneratedPlansWithFixedSharesAndSettings_EqualsGeneralPathBitForBit(PlanSpec spec, byte dayChoice)
    {
        var plan = spec.Build();
        int turn = 0;
        var varied = new OkrPlan(plan.Objectives.Select(o => o with
        {
            Rollup = (turn++ % 3) switch
            {
                0 => new RollupSettings { IncludeInitiatives = true },
                1 => new RollupSettings { WeightByTargetSize = true, FloorChildrenAt = 0.1m },
                _ => o.Rollup,
            },
            KeyResults = [.. o.KeyResults.Select((k, i) => i % 2 == 0 ? k with { Weight = ContributionWeight.FixedShare(30m + i) } : k)],
        }));
        return Same(varied, Days[dayChoice % Days.Length]);
    }

    [Property]
    public bool FastPath_GeneratedPlansCountingNotScoredChildrenAsZero_EqualsGeneralPathBitForBit(PlanSpec spec, byte dayChoice)
    {
        // Every other objective counts not-scored children as 0 (alone, so the compiled pass serves it, or with a floor);
        // every third key result becomes a cascaded sum counting children without a value as 0.
        var plan = spec.Build();
        int turn = 0;
        int position = 0;
        var previous = (string?)null;
        var varied = new OkrPlan(plan.Objectives.Select(o => o with
        {
            Rollup = (turn++ % 3) switch
            {
                0 => new RollupSettings { NotScoredChildren = NotScoredChildRule.CountAsZero },
                1 => new RollupSettings { NotScoredChildren = NotScoredChildRule.CountAsZero, FloorChildrenAt = 0.1m, IncludeInitiatives = true },
                _ => o.Rollup,
            },
            KeyResults = [.. o.KeyResults.Select(k =>
            {
                var changed = position++ % 3 == 0
                    ? k with { Kind = new CascadedSumKind(0m, 50m) { NotScoredChildren = NotScoredChildRule.CountAsZero } }
                    : previous is not null ? k with { ParentKeyResultId = previous } : k;
                if (changed.Kind is CascadedSumKind)
                {
                    previous = changed.Id;
                }

                return changed;
            })],
        }));
        return Same(varied, Days[dayChoice % Days.Length]);
    }

    [Theory]
    [InlineData(1_000, 1)]
    [InlineData(5_000, 7)]
    [InlineData(20_000, 42)]
    public void FastPath_CompanyPlans_EqualsGeneralPathBitForBit(int items, int seed)
    {
        foreach (var day in Days)
        {
            AssertSame(CompanyPlanGenerator.Generate(items, seed), day);
        }
    }

    [Property]
    public bool FastPath_GeneratedPlansWithCascadesAndKeyResultAlignment_EqualsGeneralPathBitForBit(PlanSpec spec, byte dayChoice)
    {
        // Every third key result becomes a cascaded sum; every other key result cascades into the nearest earlier one
        // (a cascaded sum or not: only sums read their children); every fourth objective is re-aligned to a key
        // result of an earlier objective. Cascades and alignments point backwards, so nothing cycles.
        var plan = spec.Build();
        var keyResultIds = new List<string>();
        var objectives = new List<Objective>();
        foreach (var objective in plan.Objectives)
        {
            var keyResults = new List<KeyResult>();
            foreach (var keyResult in objective.KeyResults)
            {
                int position = keyResultIds.Count;
                var changed = position % 3 == 0 ? keyResult with { Kind = new CascadedSumKind(0m, 50m) } : keyResult;
                if (position % 2 == 1)
                {
                    changed = changed with { ParentKeyResultId = keyResultIds[position - 1] };
                }

                keyResults.Add(changed);
                keyResultIds.Add(keyResult.Id);
            }

            var alignment = objectives.Count % 4 == 3 && keyResultIds.Count > keyResults.Count
                ? Alignment.ToKeyResult(keyResultIds[0])
                : objective.Alignment;
            objectives.Add(objective with { KeyResults = [.. keyResults], Alignment = alignment });
        }

        return Same(new OkrPlan(objectives), Days[dayChoice % Days.Length]);
    }

    [Property]
    public bool FastPath_ThresholdsReportedStatusesClosedObjectivesAndRatioPace_EqualsGeneralPathBitForBit(PlanSpec spec, byte dayChoice, bool ratioPace)
    {
        // Thresholds get risk thresholds (usable or not) and both boundary rules; every third check-in reports a
        // status and every other one a confidence; every fifth objective is closed on a day inside the period; weights
        // repeat with different scales (1 and 1.0); the key results' pace is by ratio or by points.
        var plan = spec.Build();
        int turn = 0;
        var objectives = plan.Objectives.Select((o, n) => o with
        {
            ClosedOn = n % 5 == 4 ? new DateOnly(2026, 5, 1) : null,
            KeyResults =
            [
                .. o.KeyResults.Select(k => k with
                {
                    Kind = k.Kind is ThresholdKind t
                        ? new ThresholdKind(t.Direction, t.Threshold, (turn++ % 3) switch { 0 => null, 1 => t.Threshold - 5m, _ => t.Threshold + 5m }, turn % 2 == 0 ? ThresholdBoundary.OnThresholdPasses : ThresholdBoundary.OnThresholdFails)
                        : k.Kind,
                    Weight = (turn++ % 4) switch { 0 => ContributionWeight.Times(1.0m), 1 => ContributionWeight.Times(2m), _ => k.Weight },
                    CheckIns = [.. k.CheckIns.Select((c, i) => c with { Status = i % 3 == 2 ? OkrStatus.Behind : null, Confidence = i % 2 == 1 ? 0.5m : c.Confidence })],
                }),
            ],
        });
        var configuration = ratioPace ? new ScoringConfiguration { KeyResultStatus = PaceStatusStrategy.Ratio(), ObjectiveStatus = PaceStatusStrategy.Ratio(0.6m, 0.9m) } : ScoringConfiguration.Default;
        return Same(new OkrPlan(objectives, configuration), Days[dayChoice % Days.Length]);
    }

    [Fact]
    public void FastPath_MoreDistinctPercentagesThanTheTableHolds_EqualsGeneralPathBitForBit()
    {
        // 70,000 work items with distinct percentages: the compiled ratio table holds 65,535, the rest read the record.
        var workItems = Enumerable.Range(0, 70_000).Select(i => new WorkItem
        {
            Id = "w" + i.ToString(CultureInfo.InvariantCulture),
            Title = "work",
            State = WorkItemState.InProgress,
            PercentComplete = i / 1000m,
        });
        var initiatives = workItems.Chunk(7).Select((chunk, i) => new Initiative { Id = "i" + i.ToString(CultureInfo.InvariantCulture), Title = "initiative", WorkItems = [.. chunk] });
        var keyResults = initiatives.Chunk(10).Select((chunk, i) => new KeyResult
        {
            Id = "k" + i.ToString(CultureInfo.InvariantCulture),
            Title = "key result",
            Kind = new ActivityKind(ActivityMethod.MeanCompletion),
            Initiatives = [.. chunk],
        });
        var plan = new OkrPlan([new Objective { Id = "o", Title = "objective", Period = Period.Quarter(2026, 2), KeyResults = [.. keyResults] }]);

        foreach (var day in Days)
        {
            AssertSame(new OkrPlan(plan.Objectives), day);
        }
    }

    [Fact]
    public void CompiledTables_PlanScoredTwice_IsNotCompiled_CompileScoring_CompilesIt()
    {
        var plan = CompanyPlanGenerator.Generate(2_000, 4);
        var day = new DateOnly(2026, 5, 15);
        var first = Fingerprint(OkrScorer.Score(plan, day));
        var second = Fingerprint(OkrScorer.Score(plan, day));
        Assert.False(plan.IsCompiledForScoring);
        Assert.Same(plan, plan.CompileScoring());
        Assert.True(plan.IsCompiledForScoring);
        var compiled = Fingerprint(OkrScorer.Score(plan, day));
        Assert.Equal(first, second);
        Assert.Equal(first, compiled);
    }

    [Fact]
    public void CompiledTables_PlanAfterCheckIn_KeepsThemAndScoresAsAFreshPlan()
    {
        var plan = CompanyPlanGenerator.Generate(2_000, 3);
        var tables = plan.CompileScoring().ScoringTables;
        Assert.True(plan.IsCompiledForScoring);
        var keyResult = plan.KeyResults.First(k => k.Kind is LinearKind or PercentageKind);
        var updated = plan.AddCheckIn(keyResult.Id, new CheckIn(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero), 42m));
        var fresh = new OkrPlan(updated.Objectives);

        Assert.True(updated.IsCompiledForScoring);
        Assert.False(fresh.IsCompiledForScoring);
        Assert.Same(tables, updated.ScoringTables);
        Assert.NotSame(tables, fresh.ScoringTables);
        foreach (var day in Days)
        {
            Assert.Equal(Fingerprint(ScoreGeneral(fresh, day)), Fingerprint(OkrScorer.Score(updated, day)));
        }
    }

    [Fact]
    public void CompiledTables_PlanWithAReplacedWorkItem_CompilesAgain()
    {
        var plan = CompanyPlanGenerator.Generate(2_000, 5);
        var tables = plan.ScoringTables;
        var workItem = plan.WorkItems.First(w => w.State == WorkItemState.InProgress);
        var updated = plan.ReplaceWorkItem(workItem with { State = WorkItemState.Done, CompletedOn = new DateOnly(2026, 4, 2) });

        Assert.NotSame(tables, updated.ScoringTables);
        var score = OkrScorer.Score(updated, new DateOnly(2026, 5, 15))[workItem.Id];
        Assert.Equal(OkrStatus.Achieved, score.Status);
        Assert.Equal(1m, score.Progress?.Ratio);
    }
}
