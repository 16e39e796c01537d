using Okr.Core;
using Okr.Core.Scoring;
using Okr.Core.Serialization;
using Okr.Core.Validation;

namespace Okr.Samples.Cli.Tests.SampleData;

/// <summary>The files in samples/data: valid, scored, and together using every key-result kind and roll-up option.</summary>
public sealed class SampleDataTests
{
    private static readonly string DataDirectory = Path.Combine(PlanFiles.RepositoryRoot(), "samples", "data");

    private static List<OkrPlan> Plans() =>
        Directory.GetFiles(DataDirectory, "*.json").Order(StringComparer.Ordinal).Select(f => OkrJson.Deserialize(File.ReadAllText(f))).ToList();

    [Fact]
    public void SampleData_EveryFile_ReadsValidatesWithoutErrorsAndScores()
    {
        var files = Directory.GetFiles(DataDirectory, "*.json");
        Assert.True(files.Length >= 3, "samples/data holds the example and the coverage plans");
        foreach (string file in files)
        {
            var plan = OkrJson.Deserialize(File.ReadAllText(file));
            var result = new OkrPlanValidator().Validate(plan);
            Assert.DoesNotContain(result.Errors, e => e.Severity == FluentValidation.Severity.Error);
            var scorecard = OkrScorer.Score(plan, new DateOnly(2026, 5, 20));
            Assert.Equal(plan.ItemCount, scorecard.Count);
        }
    }

    [Fact]
    public void SampleData_Together_UseEveryKeyResultKindAndVariant()
    {
        var kinds = Plans().SelectMany(p => p.KeyResults).Select(k => k.Kind).ToList();

        var linear = kinds.OfType<LinearKind>().ToList();
        Assert.All(Enum.GetValues<LinearDirection>(), d => Assert.Contains(linear, k => k.Direction == d));
        Assert.Contains(linear, k => k.Unit.Kind == UnitKind.Currency);
        Assert.Contains(kinds, k => k is PercentageKind);
        var thresholds = kinds.OfType<ThresholdKind>().ToList();
        Assert.All(Enum.GetValues<ThresholdDirection>(), d => Assert.Contains(thresholds, k => k.Direction == d));
        Assert.All(Enum.GetValues<ThresholdBoundary>(), b => Assert.Contains(thresholds, k => k.Boundary == b));
        Assert.Contains(thresholds, k => k.HasUsableRiskThreshold);
        Assert.Contains(kinds, k => k is RangeKind);
        var kpis = kinds.OfType<ControlKpiKind>().ToList();
        Assert.All(Enum.GetValues<ControlKpiMethod>(), m => Assert.Contains(kpis, k => k.Method == m));
        Assert.All(Enum.GetValues<ControlKpiDirection>(), d => Assert.Contains(kpis, k => k.Direction == d));
        Assert.Contains(kinds, k => k is BinaryKind);
        Assert.Contains(kinds, k => k is MilestonesKind);
        var activities = kinds.OfType<ActivityKind>().ToList();
        Assert.All(Enum.GetValues<ActivityMethod>(), m => Assert.Contains(activities, k => k.Method == m));
        Assert.Contains(kinds, k => k is CascadedSumKind);
        Assert.Contains(kinds, k => k is BaselineKind);
        Assert.All(Enum.GetValues<WorkItemState>(), s => Assert.Contains(Plans().SelectMany(p => p.WorkItems), w => w.State == s));
    }

    [Fact]
    public void SampleData_Together_UseEveryRollupOption()
    {
        var plans = Plans();
        var objectives = plans.SelectMany(p => p.Objectives).ToList();
        var settings = objectives.Select(o => o.Rollup).OfType<RollupSettings>().ToList();
        var strategies = settings.Select(s => s.Strategy?.Name).Concat(plans.Select(p => p.Scoring.Rollup.Name)).ToHashSet();

        Assert.Contains(WeightedMeanRollup.StrategyName, strategies);
        Assert.Contains(MeanRollup.StrategyName, strategies);
        Assert.Contains(WeakestRollup.StrategyName, strategies);
        Assert.Contains(settings, s => !s.IncludeChildObjectives);
        Assert.Contains(settings, s => s.IncludeInitiatives);
        Assert.Contains(settings, s => s.CapChildrenAt is not null);
        Assert.Contains(settings, s => s.FloorChildrenAt is not null);
        Assert.Contains(settings, s => s.WeightByTargetSize);

        var weights = plans.SelectMany(p => p.KeyResults.Select(k => k.Weight).Concat(p.Objectives.Select(o => o.Weight)).Concat(p.Initiatives.Select(i => i.Weight))).ToList();
        Assert.Contains(weights, w => w.IsFixedShare);
        Assert.Contains(weights, w => !w.IsFixedShare && w.Multiplier != 1m);
        Assert.Contains(plans.SelectMany(p => p.KeyResults), k => !k.Contributes);
        Assert.Contains(plans.SelectMany(p => p.Initiatives), i => !i.WorkItems.IsEmpty);
        Assert.Contains(plans.SelectMany(p => p.Initiatives), i => i.PercentComplete is not null);
        Assert.Contains(objectives, o => o.Alignment.Kind == AlignmentKind.Objective);
        Assert.Contains(objectives, o => o.Alignment.Kind == AlignmentKind.KeyResult);
        Assert.Contains(objectives, o => o.Scale is not null);
        Assert.Contains(objectives, o => o.ProgressOverride is not null);
        Assert.Contains(objectives, o => o.ScoreOverride is not null);
        Assert.Contains(objectives, o => o.ClosedOn is not null);
        Assert.Contains(objectives, o => o.Type == ObjectiveType.Aspirational);
        Assert.Contains(plans.SelectMany(p => p.KeyResults), k => !k.PhasedTargets.IsEmpty);

        var statusNames = plans.SelectMany(p => new[] { p.Scoring.KeyResultStatus, p.Scoring.ObjectiveStatus }).Select(s => s.Name).ToHashSet();
        Assert.Contains(PaceStatusStrategy.StrategyName, statusNames);
        Assert.Contains(WorstChildStatusStrategy.StrategyName, statusNames);
        Assert.Contains(ConfidenceMeanStatusStrategy.StrategyName, statusNames);
    }

    [Fact]
    public void SampleData_AiCoding_IsTheBuiltInExample()
    {
        var plan = OkrJson.Deserialize(File.ReadAllText(Path.Combine(DataDirectory, "ai-coding.json")));

        Assert.Equal(Okr.Samples.Cli.Plans.ExamplePlan.Build(), plan);
    }
}
