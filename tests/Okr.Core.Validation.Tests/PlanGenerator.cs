using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Okr.Core.Validation.Tests;

/// <summary>A single corruption of a valid plan, and the error code it must produce.</summary>
public enum Corruption
{
    DuplicateId,
    DanglingAlignment,
    AlignmentCycle,
    PeriodOutsideParent,
    StartEqualsTarget,
    RiskThresholdWrongSide,
    RangeEmpty,
    MilestoneWeightsZero,
    PlannedCheckIns,
    CurrencyUnknown,
    CheckInInFuture,
    CheckInValueUnit,
    DueBeforeStart,
    DependencyCycle,
    DoneNotComplete,
    SharesAboveHundred,
    TooManyKeyResults,
}

/// <summary>
/// Generates valid plans (every item valid, alignment and dependencies only to earlier items, so no cycles) from a seed
/// and a size, and applies single corruptions. Shapes come from FsCheck; the details from a seeded random, so every
/// case can be replayed from its seed.
/// </summary>
public static class PlanGenerator
{
    public static readonly DateOnly Today = new(2026, 6, 30);

    public static readonly PlanValidationOptions Options = new() { Today = Today };

    private static readonly Period Quarter = Period.Quarter(2026, 2);

    public static Gen<(int Seed, int Size)> Shapes() =>
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from size in Gen.Choose(1, 8)
        select (seed, size);

    public static Gen<(int Seed, int Size, Corruption Corruption)> CorruptedShapes() =>
        from shape in Shapes()
        from corruption in Gen.Elements(Enum.GetValues<Corruption>())
        select (shape.Seed, shape.Size, corruption);

    public static string ExpectedCode(Corruption corruption) => corruption switch
    {
        Corruption.DuplicateId => OkrErrorCodes.IdDuplicate,
        Corruption.DanglingAlignment => OkrErrorCodes.ReferenceDangling,
        Corruption.AlignmentCycle => OkrErrorCodes.AlignmentCycle,
        Corruption.PeriodOutsideParent => OkrErrorCodes.PeriodOutsideParent,
        Corruption.StartEqualsTarget => OkrErrorCodes.StartEqualsTarget,
        Corruption.RiskThresholdWrongSide => OkrErrorCodes.RiskThresholdWrongSide,
        Corruption.RangeEmpty => OkrErrorCodes.RangeEmpty,
        Corruption.MilestoneWeightsZero => OkrErrorCodes.MilestoneWeightsZero,
        Corruption.PlannedCheckIns => OkrErrorCodes.PlannedCheckInsNotPositive,
        Corruption.CurrencyUnknown => OkrErrorCodes.CurrencyUnknown,
        Corruption.CheckInInFuture => OkrErrorCodes.CheckInInFuture,
        Corruption.CheckInValueUnit => OkrErrorCodes.CheckInValueUnit,
        Corruption.DueBeforeStart => OkrErrorCodes.DueBeforeStart,
        Corruption.DependencyCycle => OkrErrorCodes.DependencyCycle,
        Corruption.DoneNotComplete => OkrErrorCodes.DoneNotComplete,
        Corruption.SharesAboveHundred => OkrErrorCodes.SharesNotHundred,
        _ => OkrErrorCodes.TooManyKeyResults,
    };

    /// <summary>A valid plan with about <paramref name="size"/> objectives.</summary>
    public static Objective[] Build(int seed, int size, int keyResultsPerObjective = 4, int initiativesPerKeyResult = 2, int workItemsPerInitiative = 3)
    {
        var random = new Random(seed);
        var objectives = new List<Objective>();
        var keyResultIds = new List<string>();
        var workItemIds = new List<string>();
        int next = 0;
        string NewId(string prefix) => prefix + (next++).ToString(CultureInfo.InvariantCulture);

        for (int o = 0; o < size; o++)
        {
            string objectiveId = NewId("o");
            var alignment = Alignment.None;
            if (objectives.Count > 0 && random.Next(3) > 0)
            {
                alignment = random.Next(2) == 0
                    ? Alignment.ToObjective(objectives[random.Next(objectives.Count)].Id)
                    : Alignment.ToKeyResult(keyResultIds[random.Next(keyResultIds.Count)]);
            }

            var keyResults = new List<KeyResult>();
            int krCount = random.Next(1, keyResultsPerObjective + 1);
            for (int k = 0; k < krCount; k++)
            {
                var (kind, checkIns) = KindWithCheckIns(random);
                var initiatives = new List<Initiative>();
                int initiativeCount = kind is ActivityKind ? Math.Max(1, initiativesPerKeyResult) : random.Next(0, initiativesPerKeyResult + 1);
                for (int i = 0; i < initiativeCount; i++)
                {
                    var items = new List<WorkItem>();
                    int itemCount = kind is ActivityKind ? Math.Max(1, workItemsPerInitiative) : random.Next(0, workItemsPerInitiative + 1);
                    for (int w = 0; w < itemCount; w++)
                    {
                        items.Add(WorkItem(random, NewId("w"), workItemIds));
                    }

                    var start = new DateOnly(2026, 4, 1).AddDays(random.Next(30));
                    initiatives.Add(new Initiative
                    {
                        Id = NewId("i"),
                        Title = "Initiative",
                        Start = start,
                        Due = start.AddDays(random.Next(0, 60)),
                        WorkItems = [.. items],
                        Weight = ContributionWeight.Times(random.Next(1, 4)),
                    });
                }

                string keyResultId = NewId("k");
                keyResults.Add(new KeyResult
                {
                    Id = keyResultId,
                    Title = "Key result",
                    Owner = "owner",
                    Kind = kind,
                    CheckIns = [.. checkIns],
                    Initiatives = [.. initiatives],
                    Weight = ContributionWeight.Times(random.Next(1, 4)),
                });
                keyResultIds.Add(keyResultId);
            }

            objectives.Add(new Objective
            {
                Id = objectiveId,
                Title = "Objective",
                Owner = "owner",
                Period = Quarter,
                Alignment = alignment,
                Type = random.Next(4) == 0 ? ObjectiveType.Aspirational : ObjectiveType.Committed,
                KeyResults = [.. keyResults],
            });
        }

        return [.. objectives];
    }

    /// <summary>Applies one corruption to a valid plan (the first objective always has a key result).</summary>
    public static Objective[] Corrupt(Objective[] valid, Corruption corruption)
    {
        var objectives = valid.ToArray();
        var first = objectives[0];
        var firstKr = first.KeyResults[0];
        Objective WithFirstKr(KeyResult kr) => first with { KeyResults = first.KeyResults.SetItem(0, kr) };
        Objective AddKr(KeyResult kr) => first with { KeyResults = first.KeyResults.Add(kr) };
        KeyResult NewKr(string id, KeyResultKind kind) => new() { Id = id, Title = "Extra", Owner = "owner", Kind = kind };
        WorkItem NewItem(string id) => new() { Id = id, Title = "Extra" };

        objectives[0] = corruption switch
        {
            Corruption.DuplicateId => WithFirstKr(firstKr with { Id = first.Id }),
            Corruption.DanglingAlignment => first with { Alignment = Alignment.ToObjective("x-missing") },
            Corruption.AlignmentCycle => first with { Alignment = Alignment.ToKeyResult(firstKr.Id) },
            Corruption.StartEqualsTarget => WithFirstKr(firstKr with { Kind = KeyResultKind.Increase(5m, 5m), CheckIns = [] }),
            Corruption.RiskThresholdWrongSide => WithFirstKr(firstKr with { Kind = new ThresholdKind(ThresholdDirection.StayAbove, 10m, 20m), CheckIns = [] }),
            Corruption.RangeEmpty => WithFirstKr(firstKr with { Kind = new RangeKind(5m, 1m), CheckIns = [] }),
            Corruption.MilestoneWeightsZero => WithFirstKr(firstKr with { Kind = new MilestonesKind([new("m", 0m)]), CheckIns = [] }),
            Corruption.PlannedCheckIns => WithFirstKr(firstKr with { Kind = new ControlKpiKind(ControlKpiDirection.AtLeast, 5m, 0), CheckIns = [] }),
            Corruption.CurrencyUnknown => AddKr(NewKr("x-kr", KeyResultKind.Increase(0m, 10m, MetricUnit.Currency("ZZZ")))),
            Corruption.CheckInInFuture => AddKr(NewKr("x-kr", KeyResultKind.Increase(0m, 10m)) with { CheckIns = [new CheckIn(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), 1m)] }),
            Corruption.CheckInValueUnit => AddKr(NewKr("x-kr", new BinaryKind()) with { CheckIns = [new CheckIn(new DateTimeOffset(2026, 4, 2, 0, 0, 0, TimeSpan.Zero), 5m)] }),
            Corruption.DueBeforeStart => WithFirstKr(firstKr with { Initiatives = firstKr.Initiatives.Add(new Initiative { Id = "x-i", Title = "Extra", WorkItems = [NewItem("x-w") with { Start = new DateOnly(2026, 5, 2), Due = new DateOnly(2026, 5, 1) }] }) }),
            Corruption.DependencyCycle => WithFirstKr(firstKr with { Initiatives = firstKr.Initiatives.Add(new Initiative { Id = "x-i", Title = "Extra", WorkItems = [NewItem("x-a") with { DependsOn = ["x-b"] }, NewItem("x-b") with { DependsOn = ["x-a"] }] }) }),
            Corruption.DoneNotComplete => WithFirstKr(firstKr with { Initiatives = firstKr.Initiatives.Add(new Initiative { Id = "x-i", Title = "Extra", WorkItems = [NewItem("x-w") with { State = WorkItemState.Done, PercentComplete = 50m }] }) }),
            Corruption.SharesAboveHundred => first with { KeyResults = [.. first.KeyResults.Select(k => k with { Weight = ContributionWeight.FixedShare(100m), Contributes = true }), NewKr("x-kr", KeyResultKind.Increase(0m, 1m)) with { Weight = ContributionWeight.FixedShare(100m) }] },
            Corruption.TooManyKeyResults => first with { KeyResults = first.KeyResults.AddRange(Enumerable.Range(0, 6).Select(i => NewKr("x-kr" + i.ToString(CultureInfo.InvariantCulture), KeyResultKind.Increase(0m, 1m)))) },
            _ => first,
        };

        if (corruption == Corruption.PeriodOutsideParent)
        {
            var child = new Objective { Id = "x-o", Title = "Extra", Owner = "owner", Period = Period.Year(2026), Alignment = Alignment.ToObjective(first.Id), KeyResults = [NewKr("x-kr", KeyResultKind.Increase(0m, 1m))] };
            objectives = [.. objectives, child];
        }

        return objectives;
    }

    private static (KeyResultKind Kind, List<CheckIn> CheckIns) KindWithCheckIns(Random random)
    {
        KeyResultKind kind;
        Func<decimal> value;
        switch (random.Next(11))
        {
            case 0:
                decimal start = random.Next(-50, 50);
                kind = KeyResultKind.Increase(start, start + random.Next(1, 100));
                value = () => random.Next(-100, 200);
                break;
            case 1:
                decimal from = random.Next(10, 100);
                kind = KeyResultKind.Decrease(from, from - random.Next(1, 10), MetricUnit.Currency("EUR"));
                value = () => random.Next(0, 120);
                break;
            case 2:
                kind = KeyResultKind.Reach(random.Next(1, 50));
                value = () => random.Next(0, 60);
                break;
            case 3:
                kind = new PercentageKind();
                value = () => random.Next(0, 101);
                break;
            case 4:
                bool above = random.Next(2) == 0;
                decimal threshold = random.Next(10, 90);
                kind = new ThresholdKind(above ? ThresholdDirection.StayAbove : ThresholdDirection.StayBelow, threshold, random.Next(2) == 0 ? null : above ? threshold - 5m : threshold + 5m, unit: MetricUnit.Percent);
                value = () => random.Next(0, 101);
                break;
            case 5:
                decimal lower = random.Next(0, 50);
                kind = new RangeKind(lower, lower + random.Next(1, 50));
                value = () => random.Next(0, 120);
                break;
            case 6:
                kind = new ControlKpiKind(ControlKpiDirection.AtLeast, random.Next(1, 20), random.Next(1, 13), (ControlKpiMethod)random.Next(4));
                value = () => random.Next(0, 30);
                break;
            case 7:
                kind = new BinaryKind();
                value = () => random.Next(2);
                break;
            case 8:
                kind = random.Next(2) == 0
                    ? new MilestonesKind([new("a", 0.2m), new("b", 0.3m), new("c", 0.5m)])
                    : new MilestonesKind([new("a", 0.5m), new("b", 0.5m)]);
                int count = ((MilestonesKind)kind).Milestones.Length;
                value = () => random.Next(0, count + 1);
                break;
            case 9:
                return (new ActivityKind((ActivityMethod)random.Next(2)), []);
            default:
                kind = new BaselineKind(MetricUnit.Currency("USD"));
                value = () => random.Next(0, 1000);
                break;
        }

        var checkIns = new List<CheckIn>();
        int checkInCount = random.Next(0, 4);
        for (int c = 0; c < checkInCount; c++)
        {
            var day = Quarter.Start.AddDays(random.Next(Quarter.LengthInDays));
            checkIns.Add(new CheckIn(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), value())
            {
                Confidence = random.Next(2) == 0 ? null : random.Next(0, 11) / 10m,
            });
        }

        return (kind, checkIns);
    }

    private static WorkItem WorkItem(Random random, string id, List<string> earlier)
    {
        var state = (WorkItemState)random.Next(5);
        var start = new DateOnly(2026, 4, 1).AddDays(random.Next(60));
        var dependsOn = earlier.Count > 0 && random.Next(3) == 0 ? [earlier[random.Next(earlier.Count)]] : Array.Empty<string>();
        earlier.Add(id);
        return new WorkItem
        {
            Id = id,
            Title = "Task",
            State = state,
            PercentComplete = state == WorkItemState.Done ? (random.Next(2) == 0 ? null : 100m) : random.Next(0, 101),
            Effort = random.Next(0, 9),
            Start = start,
            Due = start.AddDays(random.Next(0, 20)),
            DependsOn = [.. dependsOn],
        };
    }
}
