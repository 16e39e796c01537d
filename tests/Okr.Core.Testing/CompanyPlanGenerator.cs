using System.Collections.Immutable;
using System.Globalization;

namespace Okr.Core.Testing;

/// <summary>
/// Builds a deterministic company plan of a given size for benchmarks and tests: about 5% objectives aligned up to
/// <see cref="MaxObjectiveDepth"/> levels deep, 15% key results of mixed kinds with check-in histories, 20%
/// initiatives and 60% work items. The same size and seed give an equal plan on every machine and runtime.
/// </summary>
/// <remarks>
/// Shape per objective: 3 key results and 4 initiatives; the remaining items are work items spread over the
/// initiatives (3 each on average). Key-result kinds: linear increase 25%, linear decrease 10%, percentage 20%,
/// threshold 10%, binary 10%, milestones 10%, activity (done share) 15%; measured kinds have 0 to 6 check-ins in the
/// quarter, some after <see cref="AsOf"/>. Ids are unique strings (<c>o12</c>, <c>k40</c>, <c>i51</c>, <c>t300</c>);
/// titles come from a small pool, as in a real tool where most titles are short and repeated.
/// Weights are multipliers (1, 2 or 0.5) and a few items opt out of their parent's roll-up.
/// </remarks>
public static class CompanyPlanGenerator
{
    /// <summary>The deepest objective alignment: a root plus five levels of aligned objectives.</summary>
    public const int MaxObjectiveDepth = 6;

    private static readonly string[] ObjectiveTitles =
    [
        "Delight enterprise customers", "Grow revenue in new markets", "Ship a reliable platform", "Build a great place to work",
        "Make onboarding effortless", "Cut infrastructure cost", "Lead the category in quality", "Win the mid-market",
    ];

    private static readonly string[] KeyResultTitles =
    [
        "Raise NPS", "Reduce churn", "Increase weekly active users", "Reduce p95 latency", "Close enterprise deals",
        "Launch the partner program", "Keep uptime above target", "Hire senior engineers", "Cut support backlog",
    ];

    private static readonly string[] InitiativeTitles =
    [
        "Redesign the onboarding flow", "Migrate to the new cluster", "Run a pricing experiment", "Build the partner portal",
        "Automate the release pipeline", "Launch the referral campaign",
    ];

    private static readonly string[] TaskTitles =
    [
        "Write the spec", "Implement the API", "Review the design", "Add integration tests", "Fix the flaky build",
        "Update the docs", "Run the user interviews", "Prepare the rollout", "Measure the baseline", "Clean up the backlog",
    ];

    private static readonly int[][] InitiativeSplits = [[2, 1, 1], [1, 2, 1], [1, 1, 2], [2, 2, 0], [0, 2, 2], [4, 0, 0], [1, 0, 3]];

    /// <summary>The day the benchmarks score as of: the middle of <see cref="Period"/>.</summary>
    public static DateOnly AsOf { get; } = new(2026, 5, 15);

    /// <summary>The period of every objective: the second quarter of 2026.</summary>
    public static Period Period { get; } = Period.Quarter(2026, 2);

    /// <summary>Generates a plan of exactly <paramref name="items"/> items.</summary>
    /// <param name="items">The number of items of all kinds; at least 20.</param>
    /// <param name="seed">The seed; the same seed gives the same plan.</param>
    /// <returns>The plan, with the default scoring configuration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="items"/> is below 20.</exception>
    public static OkrPlan Generate(int items, int seed = 42)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(items, 20);
        var random = new SplitMix64(seed);
        int objectiveCount = items / 20;
        int initiativeCount = objectiveCount * 4;
        int taskCount = items - (objectiveCount * 8);

        // Work items per initiative: an even split, then moved between neighbours so sizes vary (each keeps at least 1).
        var tasksPer = new int[initiativeCount];
        for (int i = 0; i < initiativeCount; i++)
        {
            tasksPer[i] = (taskCount / initiativeCount) + (i < taskCount % initiativeCount ? 1 : 0);
        }

        for (int i = 0; i + 1 < initiativeCount; i += 2)
        {
            int move = random.Below(5) - 2;
            if (tasksPer[i] - move >= 1 && tasksPer[i + 1] + move >= 1)
            {
                tasksPer[i] -= move;
                tasksPer[i + 1] += move;
            }
        }

        var level = new int[objectiveCount];
        var parent = new int[objectiveCount];
        int roots = Math.Max(1, objectiveCount / 50);
        var objectives = new Objective[objectiveCount];
        int keyResultNumber = 0;
        int initiativeNumber = 0;
        int taskNumber = 0;
        for (int o = 0; o < objectiveCount; o++)
        {
            var alignment = Alignment.None;
            parent[o] = -1;
            if (o >= roots)
            {
                int roll = random.Below(100);
                if (roll < 90)
                {
                    // Prefer recent objectives as parents so the forest is deep; never deeper than MaxObjectiveDepth.
                    int p = o - 1 - random.Below(Math.Min(o, 64));
                    while (level[p] >= MaxObjectiveDepth - 1)
                    {
                        p = parent[p];
                    }

                    parent[o] = p;
                    level[o] = level[p] + 1;
                    alignment = Alignment.ToObjective(ObjectiveId(p));
                }
                else if (roll < 95)
                {
                    alignment = Alignment.ToKeyResult(KeyResultId(random.Below(o * 3)));
                }
            }

            var split = InitiativeSplits[random.Below(InitiativeSplits.Length)];
            var keyResults = ImmutableArray.CreateBuilder<KeyResult>(3);
            for (int k = 0; k < 3; k++)
            {
                var initiatives = ImmutableArray.CreateBuilder<Initiative>(split[k]);
                for (int i = 0; i < split[k]; i++)
                {
                    int tasks = tasksPer[initiativeNumber];
                    var workItems = ImmutableArray.CreateBuilder<WorkItem>(tasks);
                    for (int t = 0; t < tasks; t++)
                    {
                        workItems.Add(NewWorkItem(ref random, taskNumber++));
                    }

                    initiatives.Add(new Initiative
                    {
                        Id = "i" + initiativeNumber.ToString(CultureInfo.InvariantCulture),
                        Title = InitiativeTitles[random.Below(InitiativeTitles.Length)],
                        Start = Period.Start.AddDays(random.Below(30)),
                        Due = Period.Start.AddDays(45 + random.Below(46)),
                        WorkItems = workItems.MoveToImmutable(),
                    });
                    initiativeNumber++;
                }

                keyResults.Add(NewKeyResult(ref random, keyResultNumber++, initiatives.MoveToImmutable()));
            }

            objectives[o] = new Objective
            {
                Id = ObjectiveId(o),
                Title = ObjectiveTitles[random.Below(ObjectiveTitles.Length)],
                Period = Period,
                Alignment = alignment,
                Weight = random.Chance(15) ? ContributionWeight.Times(2m) : ContributionWeight.Default,
                Contributes = !random.Chance(3),
                KeyResults = keyResults.MoveToImmutable(),
            };
        }

        return new OkrPlan(objectives);
    }

    private static string ObjectiveId(int number) => "o" + number.ToString(CultureInfo.InvariantCulture);

    private static string KeyResultId(int number) => "k" + number.ToString(CultureInfo.InvariantCulture);

    private static KeyResult NewKeyResult(ref SplitMix64 random, int number, ImmutableArray<Initiative> initiatives)
    {
        int roll = random.Below(100);
        decimal start = random.Below(50);
        decimal target = start + 50 + random.Below(950);
        KeyResultKind kind;
        int milestoneCount = 0;
        if (roll < 25)
        {
            kind = new LinearKind(LinearDirection.Increase, start, target);
        }
        else if (roll < 35)
        {
            kind = new LinearKind(LinearDirection.Decrease, target, start);
        }
        else if (roll < 55)
        {
            kind = new PercentageKind();
        }
        else if (roll < 65)
        {
            bool above = random.Chance(70);
            kind = new ThresholdKind(above ? ThresholdDirection.StayAbove : ThresholdDirection.StayBelow, target, boundary: random.Chance(50) ? ThresholdBoundary.OnThresholdPasses : ThresholdBoundary.OnThresholdFails);
        }
        else if (roll < 75)
        {
            kind = new BinaryKind();
        }
        else if (roll < 85)
        {
            milestoneCount = 2 + random.Below(4);
            var milestones = ImmutableArray.CreateBuilder<Milestone>(milestoneCount);
            for (int m = 0; m < milestoneCount; m++)
            {
                milestones.Add(new Milestone("Milestone " + (m + 1).ToString(CultureInfo.InvariantCulture), 1 + random.Below(3)));
            }

            kind = new MilestonesKind(milestones.MoveToImmutable());
        }
        else
        {
            kind = new ActivityKind();
        }

        var checkIns = ImmutableArray<CheckIn>.Empty;
        if (kind is not ActivityKind)
        {
            int count = random.Below(7);
            var builder = ImmutableArray.CreateBuilder<CheckIn>(count);
            for (int c = 0; c < count; c++)
            {
                var day = Period.Start.AddDays(random.Below(91));
                var offset = random.Chance(10) ? TimeSpan.FromHours(2) : TimeSpan.Zero;
                var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(9 + random.Below(9), 0)), offset);
                builder.Add(new CheckIn(at, NextValue(ref random, kind, start, target, milestoneCount)) { Confidence = random.Chance(50) ? random.Below(11) / 10m : null });
            }

            checkIns = builder.MoveToImmutable();
        }

        int weightRoll = random.Below(100);
        return new KeyResult
        {
            Id = KeyResultId(number),
            Title = KeyResultTitles[random.Below(KeyResultTitles.Length)],
            Kind = kind,
            CheckIns = checkIns,
            Initiatives = initiatives,
            Weight = weightRoll < 10 ? ContributionWeight.Times(2m) : weightRoll < 15 ? ContributionWeight.Times(0.5m) : ContributionWeight.Default,
            Contributes = !random.Chance(3),
        };
    }

    private static decimal NextValue(ref SplitMix64 random, KeyResultKind kind, decimal start, decimal target, int milestoneCount) => kind switch
    {
        LinearKind { Direction: LinearDirection.Increase } => start + ((target - start) * (random.Below(130) - 10) / 100m),
        LinearKind => target - ((target - start) * random.Below(120) / 100m),
        PercentageKind => random.Below(1101) / 10m,
        ThresholdKind => target + random.Below(41) - 20,
        BinaryKind => random.Chance(40) ? 1m : 0m,
        MilestonesKind => random.Below(milestoneCount + 1),
        _ => 0m,
    };

    private static WorkItem NewWorkItem(ref SplitMix64 random, int number)
    {
        int roll = random.Below(100);
        var state = roll < 30 ? WorkItemState.Done
            : roll < 60 ? WorkItemState.InProgress
            : roll < 85 ? WorkItemState.NotStarted
            : roll < 95 ? WorkItemState.Blocked
            : WorkItemState.Cancelled;
        return new WorkItem
        {
            Id = "t" + number.ToString(CultureInfo.InvariantCulture),
            Title = TaskTitles[random.Below(TaskTitles.Length)],
            State = state,
            PercentComplete = state is WorkItemState.InProgress or WorkItemState.Blocked ? random.Below(21) * 5m : null,
            CompletedOn = state == WorkItemState.Done && random.Chance(80) ? Period.Start.AddDays(random.Below(91)) : null,
            Due = random.Chance(70) ? Period.Start.AddDays(random.Below(91)) : null,
            Effort = random.Chance(50) ? 1 + random.Below(13) : null,
        };
    }
}
