using FsCheck;
using FsCheck.Fluent;

namespace Okr.Core.Tests.Support;

/// <summary>The shape of a generated plan: a seed and a size. Shrinking reduces the size.</summary>
public sealed record PlanSpec(int Seed, int Objectives)
{
    public OkrPlan Build() => RandomPlans.Build(this);

    public override string ToString() => $"PlanSpec(seed {Seed}, {Objectives} objectives)";
}

/// <summary>Named FsCheck arbitraries that build valid plans: forests of objectives with key results of mixed kinds,
/// check-ins across Q2 2026, weights, opt-outs, initiatives and work items.</summary>
public static class OkrArbitraries
{
    public static Arbitrary<PlanSpec> PlanSpec() =>
        Gen.Choose(0, int.MaxValue - 1)
            .SelectMany(seed => Gen.Choose(1, 12), (seed, count) => new PlanSpec(seed, count))
            .ToArbitrary();
}

internal static class RandomPlans
{
    public static readonly Period Quarter = Period.Quarter(2026, 2);

    public static OkrPlan Build(PlanSpec spec)
    {
        var random = new Random(spec.Seed);
        var objectives = new List<Objective>();
        int itemId = 0;
        string NextId(string prefix) => prefix + (itemId++).ToString(CultureInfo.InvariantCulture);

        for (int o = 0; o < spec.Objectives; o++)
        {
            string id = "o" + o.ToString(CultureInfo.InvariantCulture);
            var alignment = o > 0 && random.Next(3) > 0 ? Alignment.ToObjective("o" + random.Next(o).ToString(CultureInfo.InvariantCulture)) : Alignment.None;
            int keyResultCount = random.Next(0, 5);
            var keyResults = new List<KeyResult>();
            for (int k = 0; k < keyResultCount; k++)
            {
                keyResults.Add(RandomKeyResult(random, NextId));
            }

            objectives.Add(new Objective
            {
                Id = id,
                Title = "Objective " + id,
                Period = Quarter,
                Alignment = alignment,
                KeyResults = [.. keyResults],
                Weight = random.Next(4) == 0 ? ContributionWeight.Times(random.Next(0, 5) / 2m) : ContributionWeight.Default,
                Contributes = random.Next(6) > 0,
                Type = random.Next(2) == 0 ? ObjectiveType.Committed : ObjectiveType.Aspirational,
                Rollup = random.Next(4) == 0 ? new RollupSettings { CapChildrenAt = 1m, IncludeInitiatives = random.Next(2) == 0 } : null,
            });
        }

        return new OkrPlan(objectives);
    }

    public static DateOnly RandomDay(Random random) => Quarter.Start.AddDays(random.Next(Quarter.LengthInDays));

    public static CheckIn RandomCheckIn(Random random, decimal value) =>
        new(new DateTimeOffset(RandomDay(random).ToDateTime(new TimeOnly(random.Next(24), 0)), TimeSpan.Zero), value)
        {
            Confidence = random.Next(2) == 0 ? random.Next(0, 11) / 10m : null,
        };

    private static KeyResult RandomKeyResult(Random random, Func<string, string> nextId)
    {
        string id = nextId("kr");
        KeyResultKind kind;
        Func<decimal> value;
        switch (random.Next(7))
        {
            case 0:
                kind = new PercentageKind();
                value = () => random.Next(0, 151);
                break;
            case 1:
                decimal start = random.Next(0, 50);
                kind = KeyResultKind.Increase(start, start + random.Next(1, 100));
                value = () => random.Next(-20, 200);
                break;
            case 2:
                decimal high = random.Next(50, 200);
                kind = KeyResultKind.Decrease(high, high - random.Next(1, 50));
                value = () => random.Next(0, 250);
                break;
            case 3:
                kind = new BinaryKind();
                value = () => random.Next(2);
                break;
            case 4:
                kind = new MilestonesKind([new Milestone("a", 0.2m), new Milestone("b", 0.3m), new Milestone("c", 0.5m)]);
                value = () => random.Next(0, 4);
                break;
            case 5:
                kind = new ThresholdKind(random.Next(2) == 0 ? ThresholdDirection.StayAbove : ThresholdDirection.StayBelow, random.Next(0, 20));
                value = () => random.Next(0, 20);
                break;
            default:
                kind = new ActivityKind();
                value = () => 0m;
                break;
        }

        var checkIns = kind is ActivityKind
            ? ImmutableArray<CheckIn>.Empty
            : Enumerable.Range(0, random.Next(0, 4)).Select(_ => RandomCheckIn(random, value())).ToImmutableArray();
        var initiatives = Enumerable.Range(0, random.Next(0, 3)).Select(_ => RandomInitiative(random, nextId)).ToImmutableArray();
        return new KeyResult
        {
            Id = id,
            Title = "Key result " + id,
            Kind = kind,
            CheckIns = checkIns,
            Initiatives = initiatives,
            Weight = random.Next(4) == 0 ? ContributionWeight.Times(random.Next(0, 9) / 2m) : ContributionWeight.Default,
            Contributes = random.Next(8) > 0,
        };
    }

    private static Initiative RandomInitiative(Random random, Func<string, string> nextId)
    {
        string id = nextId("i");
        var items = Enumerable.Range(0, random.Next(0, 5)).Select(_ => new WorkItem
        {
            Id = nextId("t"),
            Title = "Task",
            State = (WorkItemState)random.Next(5),
            PercentComplete = random.Next(3) == 0 ? random.Next(0, 101) : null,
            Effort = random.Next(2) == 0 ? random.Next(1, 13) : null,
        }).ToImmutableArray();
        return new Initiative { Id = id, Title = "Initiative " + id, WorkItems = items, Contributes = random.Next(5) > 0 };
    }
}
