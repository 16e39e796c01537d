using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Okr.Core.Scoring;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Properties;

/// <summary>Laws of the roll-up rules over generated valid plans.</summary>
[Properties(Arbitrary = [typeof(OkrArbitraries)], MaxTest = 100)]
public class RollupProperties
{
    private static readonly DateOnly AsOf = new(2026, 5, 20);

    private static Dictionary<string, ItemResult> ById(Scorecard scorecard) => scorecard.Items.ToDictionary(i => i.Id);

    private static bool Close(Progress? a, Progress? b) =>
        a.HasValue == b.HasValue && (!a.HasValue || Math.Abs(a.Value.Ratio - b!.Value.Ratio) <= 0.0000000000000000001m);

    [Property]
    public bool Scores_AreWithinZeroAndOne(PlanSpec spec)
    {
        var scorecard = OkrScorer.Score(spec.Build(), AsOf);
        return scorecard.Items.All(i => i.Score.Value is null or >= 0m and <= 1m)
            && scorecard.Items.All(i => i.Confidence is null or >= 0m and <= 1m);
    }

    [Property]
    public bool Score_IsDeterministic(PlanSpec spec)
    {
        var plan = spec.Build();
        var first = OkrScorer.Score(plan, AsOf).Items.Select(i => i.ToString()).ToList();
        var second = OkrScorer.Score(plan, AsOf).Items.Select(i => i.ToString()).ToList();
        return first.SequenceEqual(second);
    }

    [Property]
    public bool RaisingOneKeyResult_NeverLowersAnyObjective(PlanSpec spec, PositiveInt raise)
    {
        var plan = spec.Build();
        var before = OkrScorer.Score(plan, AsOf);
        var candidate = plan.KeyResults.FirstOrDefault(k => k.Kind is PercentageKind && before[k.Id].IsScored);
        if (candidate is null)
        {
            return true;
        }

        decimal current = before[candidate.Id].Value!.Value;
        var later = new CheckIn(new DateTimeOffset(AsOf.ToDateTime(new TimeOnly(23, 0)), TimeSpan.Zero), current + raise.Get);
        var after = OkrScorer.Score(plan.AddCheckIn(candidate.Id, later), AsOf);
        return plan.Objectives.All(o => before[o.Id].Progress is not { } b || after[o.Id].Progress!.Value.Ratio >= b.Ratio);
    }

    [Property]
    public bool ChildrenOrder_DoesNotMatter(PlanSpec spec)
    {
        var plan = spec.Build();
        var reversed = new OkrPlan(plan.Objectives.Reverse().Select(o => o with { KeyResults = [.. o.KeyResults.Reverse()] }));
        var a = ById(OkrScorer.Score(plan, AsOf));
        var b = ById(OkrScorer.Score(reversed, AsOf));
        return a.All(p => Close(p.Value.Progress, b[p.Key].Progress) && p.Value.Status == b[p.Key].Status);
    }

    [Property]
    public bool ScalingAllSiblingWeights_ChangesNothing(PlanSpec spec, PositiveInt factor)
    {
        var plan = spec.Build();
        decimal f = Math.Min(factor.Get, 1000);
        var scaled = new OkrPlan(plan.Objectives.Select(o => o with
        {
            Weight = ContributionWeight.Times(o.Weight.Multiplier * f),
            KeyResults = [.. o.KeyResults.Select(k => k with
            {
                Weight = ContributionWeight.Times(k.Weight.Multiplier * f),
                Initiatives = [.. k.Initiatives.Select(i => i with { Weight = ContributionWeight.Times(i.Weight.Multiplier * f) })],
            })],
        }));
        var a = ById(OkrScorer.Score(plan, AsOf));
        var b = ById(OkrScorer.Score(scaled, AsOf));
        return plan.Objectives.All(o => Close(a[o.Id].Progress, b[o.Id].Progress));
    }

    [Property]
    public bool ZeroWeightChild_ChangesNothing(PlanSpec spec, int value)
    {
        var plan = spec.Build();
        var target = plan.Objectives[0];
        var extra = new KeyResult
        {
            Id = "zero-weight-extra",
            Title = "Extra",
            Kind = new PercentageKind(),
            Weight = ContributionWeight.Excluded,
            CheckIns = [new CheckIn(new DateTimeOffset(2026, 4, 2, 0, 0, 0, TimeSpan.Zero), value)],
        };
        var withExtra = plan.ReplaceObjective(target with { KeyResults = target.KeyResults.Add(extra) });
        var a = ById(OkrScorer.Score(plan, AsOf));
        var b = ById(OkrScorer.Score(withExtra, AsOf));
        return plan.Objectives.All(o => Close(a[o.Id].Progress, b[o.Id].Progress));
    }

    [Property]
    public Property AllChildrenAtP_GiveP_ForMeanTypeRollups()
    {
        var gen = Gen.Choose(-100, 300).SelectMany(p => Gen.Choose(1, 7), (p, n) => (P: p, N: n))
            .SelectMany(t => Gen.Elements<RollupStrategy>(new WeightedMeanRollup(), new MeanRollup(), new WeakestRollup()), (t, s) => (t.P, t.N, Strategy: s));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var keyResults = Enumerable.Range(0, t.N).Select(i => new KeyResult
            {
                Id = "kr" + i,
                Title = "KR",
                Kind = new PercentageKind(),
                Weight = ContributionWeight.Times(i + 1),
                CheckIns = [new CheckIn(new DateTimeOffset(2026, 4, 2, 0, 0, 0, TimeSpan.Zero), t.P)],
            });
            var objective = new Objective { Id = "o", Title = "O", Period = RandomPlans.Quarter, KeyResults = [.. keyResults], Rollup = new RollupSettings { Strategy = t.Strategy } };
            return OkrScorer.Score(new OkrPlan([objective]), AsOf)["o"].Progress == Progress.FromPercent(t.P);
        });
    }

    [Property]
    public Property Decreasing_EqualsMirroredIncreasing()
    {
        var gen = Gen.Choose(-1000, 1000).SelectMany(s => Gen.Choose(1, 500), (s, d) => (Start: s, Distance: d))
            .SelectMany(t => Gen.Choose(-2000, 2000), (t, c) => (t.Start, t.Distance, Current: c));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var down = ProgressFormulas.Linear(KeyResultKind.Decrease(t.Start, t.Start - t.Distance), t.Current);
            var up = ProgressFormulas.Linear(KeyResultKind.Increase(-t.Start, -t.Start + t.Distance), -t.Current);
            return down == up && down is not null;
        });
    }

    [Property]
    public bool IncrementalRescore_EqualsFullScore_AfterAnySequenceOfCheckIns(PlanSpec spec, int[] values)
    {
        var plan = spec.Build();
        var keyResults = plan.KeyResults.Where(k => k.Kind is not ActivityKind).Select(k => k.Id).ToArray();
        if (keyResults.Length == 0)
        {
            return true;
        }

        var random = new Random(spec.Seed);
        var scorecard = OkrScorer.Score(plan, AsOf);
        foreach (int value in values.Take(12))
        {
            string id = keyResults[random.Next(keyResults.Length)];
            plan = plan.AddCheckIn(id, RandomPlans.RandomCheckIn(random, value % 500));
            scorecard = OkrScorer.Rescore(scorecard, plan, id);
        }

        var full = OkrScorer.Score(plan, AsOf);
        return full.Items.Select(i => (i.ToString(), i.Value, i.Confidence)).SequenceEqual(scorecard.Items.Select(i => (i.ToString(), i.Value, i.Confidence)));
    }

    [Property]
    public bool ScoringAsOfPastDate_EqualsScoringWithoutLaterCheckIns(PlanSpec spec, PositiveInt daysBack)
    {
        var plan = spec.Build();
        var past = AsOf.AddDays(-(daysBack.Get % 60));
        var trimmed = new OkrPlan(plan.Objectives.Select(o => o with
        {
            KeyResults = [.. o.KeyResults.Select(k => k with { CheckIns = [.. k.CheckIns.Where(c => c.Day <= past)] })],
        }));
        var a = OkrScorer.Score(plan, past).Items.Select(i => (i.ToString(), i.Value, i.Confidence));
        var b = OkrScorer.Score(trimmed, past).Items.Select(i => (i.ToString(), i.Value, i.Confidence));
        return a.SequenceEqual(b);
    }

    [Property]
    public Property ExtremeValues_NeverThrowAndStayInRange()
    {
        var extremes = new[] { decimal.MaxValue, decimal.MinValue, 0m, 1m, -1m, 0.0000000000000000000000000001m, 79228162514264337593543950335m };
        var gen = Gen.Elements(extremes).SelectMany(_ => Gen.Elements(extremes), (a, b) => (A: a, B: b))
            .SelectMany(t => Gen.Elements(extremes), (t, c) => (t.A, t.B, C: c));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var kinds = new List<KeyResultKind> { new PercentageKind(), new RangeKind(t.A, t.B), new CascadedSumKind(t.A, t.B) };
            if (t.B >= t.A)
            {
                kinds.Add(KeyResultKind.Increase(t.A, t.B));
            }

            var keyResults = kinds.Select((k, i) => new KeyResult
            {
                Id = "kr" + i,
                Title = "KR",
                Kind = k,
                Weight = ContributionWeight.Times(Math.Abs(t.B)),
                CheckIns = [new CheckIn(new DateTimeOffset(2026, 4, 2, 0, 0, 0, TimeSpan.Zero), t.C)],
            });
            var objective = new Objective { Id = "o", Title = "O", Period = RandomPlans.Quarter, KeyResults = [.. keyResults], Scale = new MeasureScale(t.A, t.B) };
            // The first scoring reads the records, the second the compiled tables: both hold up, and agree.
            var plan = new OkrPlan([objective]);
            var once = OkrScorer.Score(plan, AsOf);
            var scorecard = OkrScorer.Score(plan, AsOf);
            _ = scorecard.Explain("o").ToString();
            return scorecard.Items.All(i => i.Score.Value is null or >= 0m and <= 1m)
                && once.Items.Zip(scorecard.Items).All(p => p.First.Progress == p.Second.Progress && p.First.Value == p.Second.Value
                    && p.First.Status == p.Second.Status && p.First.Confidence == p.Second.Confidence);
        });
    }
}
