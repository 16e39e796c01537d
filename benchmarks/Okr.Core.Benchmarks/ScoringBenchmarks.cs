using BenchmarkDotNet.Attributes;
using Okr.Core.Scoring;
using Okr.Core.Testing;
using Okr.Core.Testing.Baselines;

namespace Okr.Core.Benchmarks;

/// <summary>
/// Scenario 1: full scoring of a generated plan of N items as of a day with the default strategies, against
/// (a) a hand-written loop over flat arrays (the practical speed limit, the baseline) and (b) a recursive
/// object-graph walk with LINQ (what most tools do). Both baselines give the library's progress for every item
/// (checked by BaselineAgreementTests); the library also computes status, confidence and values.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private OkrPlan plan = OkrPlan.Empty;
    private FlatArrayScorer flat = null!;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => Okr.Core.Benchmarks.Sizes.Scoring;

    [GlobalSetup]
    public void Setup()
    {
        // Steady state: the plan is compiled once (OkrPlan.CompileScoring), as a caller scoring it repeatedly would.
        plan = CompanyPlanGenerator.Generate(N).CompileScoring();
        flat = FlatArrayScorer.Compile(plan);
    }

    [Benchmark(Baseline = true, Description = "(a) flat arrays, hand-written")]
    public decimal? FlatArrays()
    {
        flat.Score(CompanyPlanGenerator.AsOf);
        return flat.ObjectiveProgress[0];
    }

    [Benchmark(Description = "Okr.Core OkrScorer.Score")]
    public Scorecard Library() => OkrScorer.Score(plan, CompanyPlanGenerator.AsOf);

    [Benchmark(Description = "(b) recursive object graph + LINQ")]
    public int RecursiveLinq() => RecursiveLinqScorer.Score(plan, CompanyPlanGenerator.AsOf).Count;
}
