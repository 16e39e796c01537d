using System.Diagnostics;
using Okr.Core.Serialization;
using Xunit.Abstractions;

namespace Okr.Core.Tests.Serialization;

public sealed class OkrJsonLargeInputTests(ITestOutputHelper output)
{
    [Fact]
    public void Deserialize_PlanOf20000Items_RoundTrips()
    {
        var plan = LargePlan(objectives: 200, keyResults: 4, workItems: 23);
        Assert.True(plan.ItemCount >= 20_000);

        var clock = Stopwatch.StartNew();
        byte[] json = OkrJson.SerializeToUtf8Bytes(plan);
        var written = clock.Elapsed;
        var copy = OkrJson.Deserialize(json);
        output.WriteLine($"{plan.ItemCount} items, {json.Length} bytes: write {written.TotalMilliseconds:0} ms, read {(clock.Elapsed - written).TotalMilliseconds:0} ms");

        Assert.Equal(plan, copy);
    }

    internal static OkrPlan LargePlan(int objectives, int keyResults, int workItems)
    {
        var period = new Period(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));
        var list = new List<Objective>(objectives);
        for (int o = 0; o < objectives; o++)
        {
            list.Add(new Objective
            {
                Id = $"o{o}",
                Title = $"Objective {o}",
                Period = period,
                Alignment = o == 0 ? Alignment.None : Alignment.ToObjective($"o{o - 1}"),
                KeyResults = [.. Enumerable.Range(0, keyResults).Select(k => new KeyResult
                {
                    Id = $"o{o}k{k}",
                    Title = "Key result",
                    Kind = new ActivityKind(),
                    CheckIns = [new CheckIn(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), 0.1m * k)],
                    Initiatives =
                    [
                        new Initiative
                        {
                            Id = $"o{o}k{k}i",
                            Title = "Initiative",
                            WorkItems = [.. Enumerable.Range(0, workItems).Select(w => new WorkItem { Id = $"o{o}k{k}w{w}", Title = "Task", State = (WorkItemState)(w % 5), Effort = w })],
                        },
                    ],
                })],
            });
        }

        return new OkrPlan(list);
    }
}
