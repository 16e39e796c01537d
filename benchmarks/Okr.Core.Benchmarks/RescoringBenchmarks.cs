using BenchmarkDotNet.Attributes;
using Okr.Core.Scoring;
using Okr.Core.Testing;

namespace Okr.Core.Benchmarks;

/// <summary>
/// Scenario 2: re-scoring after one check-in on a leaf key result (one under an objective at the deepest alignment
/// level, so the change climbs the longest path). The baseline is a full re-score of the updated plan;
/// <see cref="ScoringSession.Update"/> is the O(depth) path; <see cref="OkrScorer.Rescore"/> (immutable result,
/// copies the results) and the plan update itself (<see cref="OkrPlan.AddCheckIn"/>) are shown for comparison.
/// </summary>
[MemoryDiagnoser]
public class RescoringBenchmarks
{
    private OkrPlan plan = OkrPlan.Empty;
    private OkrPlan updated = OkrPlan.Empty;
    private Scorecard scorecard = null!;
    private ScoringSession session = null!;
    private string keyResultId = string.Empty;
    private CheckIn checkIn = null!;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => Okr.Core.Benchmarks.Sizes.Scoring;

    [GlobalSetup]
    public void Setup()
    {
        // Compiled, as a caller scoring it repeatedly would; the updated version shares the work items' tables.
        plan = CompanyPlanGenerator.Generate(N).CompileScoring();
        var parent = plan.Objectives.Where(o => o.Alignment.Kind == AlignmentKind.Objective).ToDictionary(o => o.Id, o => o.Alignment.TargetId!);
        int Depth(string id)
        {
            int depth = 1;
            while (parent.TryGetValue(id, out var p))
            {
                (id, depth) = (p, depth + 1);
            }

            return depth;
        }

        var deepest = plan.Objectives.Where(o => o.KeyResults.Any(k => k.Kind is PercentageKind)).MaxBy(o => Depth(o.Id))!;
        keyResultId = deepest.KeyResults.First(k => k.Kind is PercentageKind).Id;
        checkIn = new CheckIn(new DateTimeOffset(2026, 5, 15, 8, 0, 0, TimeSpan.Zero), 64m) { Confidence = 0.7m };
        updated = plan.AddCheckIn(keyResultId, checkIn);
        scorecard = OkrScorer.Score(plan, CompanyPlanGenerator.AsOf);
        session = new ScoringSession(updated, CompanyPlanGenerator.AsOf);
    }

    [Benchmark(Baseline = true, Description = "full re-score: OkrScorer.Score(updated)")]
    public Scorecard FullRescore() => OkrScorer.Score(updated, CompanyPlanGenerator.AsOf);

    [Benchmark(Description = "ScoringSession.Update(updated, kr)")]
    public int SessionUpdate()
    {
        // Applying the same change again recomputes the same key result and ancestors: the same work every time.
        session.Update(updated, keyResultId);
        return session.Count;
    }

    [Benchmark(Description = "OkrScorer.Rescore (immutable, copies results)")]
    public Scorecard ImmutableRescore() => OkrScorer.Rescore(scorecard, updated, keyResultId);

    [Benchmark(Description = "OkrPlan.AddCheckIn (model update, not scoring)")]
    public OkrPlan PlanAddCheckIn() => plan.AddCheckIn(keyResultId, checkIn);
}
