using Okr.Core.Scoring;
using Okr.Core.Testing;

namespace Okr.Core.Tests.Scoring;

public sealed class ScoringSessionTests
{
    private static readonly DateOnly AsOf = CompanyPlanGenerator.AsOf;

    [Fact]
    public void AddCheckIn_SeriesOfCheckIns_EqualsAFullScoreEachTime()
    {
        var session = new ScoringSession(CompanyPlanGenerator.Generate(3_000, 11), AsOf);
        var keyResults = session.Plan.KeyResults.Where((_, i) => i % 37 == 0).Select(k => k.Id).ToList();
        decimal value = 10m;
        foreach (var id in keyResults)
        {
            session.AddCheckIn(id, new CheckIn(new DateTimeOffset(2026, 5, 14, 12, 0, 0, TimeSpan.Zero), value += 7m) { Confidence = 0.6m });
        }

        AssertEqual(OkrScorer.Score(session.Plan, AsOf), session);
    }

    [Fact]
    public void Update_WorkItemDone_EqualsAFullScore()
    {
        var plan = CompanyPlanGenerator.Generate(2_000, 4);
        var session = new ScoringSession(plan, AsOf);
        var item = plan.WorkItems.First(w => w.State == WorkItemState.NotStarted);
        var updated = plan.ReplaceWorkItem(item with { State = WorkItemState.Done, CompletedOn = AsOf });

        session.Update(updated, item.Id);

        Assert.Same(updated, session.Plan);
        Assert.Equal(OkrStatus.Achieved, session[item.Id].Status);
        AssertEqual(OkrScorer.Score(updated, AsOf), session);
    }

    [Fact]
    public void Update_StructureChanged_ScoresInFull()
    {
        var plan = CompanyPlanGenerator.Generate(1_000, 4);
        var session = new ScoringSession(plan, AsOf);
        var objective = plan.Objectives[3];
        var updated = plan.ReplaceObjective(objective with { KeyResults = objective.KeyResults.RemoveAt(0) });

        session.Update(updated, objective.Id);

        Assert.Equal(updated.ItemCount, session.Count);
        AssertEqual(OkrScorer.Score(updated, AsOf), session);
    }

    [Fact]
    public void Update_UnknownId_ThrowsAndLeavesTheSessionUnchanged()
    {
        var plan = CompanyPlanGenerator.Generate(1_000, 4);
        var session = new ScoringSession(plan, AsOf);
        var updated = plan.AddCheckIn("k0", new CheckIn(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), 99m));

        Assert.Throws<KeyNotFoundException>(() => session.Update(updated, "k0", "nope"));

        Assert.Same(plan, session.Plan);
        AssertEqual(OkrScorer.Score(plan, AsOf), session);
    }

    [Fact]
    public void ToScorecard_LaterUpdates_DoNotChangeTheSnapshot()
    {
        var plan = CompanyPlanGenerator.Generate(1_000, 2);
        var session = new ScoringSession(plan, AsOf);
        var snapshot = session.ToScorecard();
        var keyResult = plan.KeyResults.First(k => k.Kind is PercentageKind);

        session.AddCheckIn(keyResult.Id, new CheckIn(new DateTimeOffset(2026, 5, 15, 23, 0, 0, TimeSpan.Zero), 77m));

        Assert.Equal(0.77m, session[keyResult.Id].Progress!.Value.Ratio);
        AssertEqual(OkrScorer.Score(plan, AsOf), snapshot);
        Assert.Equal(session.Explain(keyResult.Id).ToString(), OkrScorer.Score(session.Plan, AsOf).Explain(keyResult.Id).ToString());
    }

    [Fact]
    public void Constructor_NullPlan_Throws()
    {
        Assert.Throws<ArgumentNullException>("plan", () => new ScoringSession(null!, AsOf));
    }

    private static void AssertEqual(Scorecard expected, ScoringSession actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        foreach (var item in expected.Items)
        {
            AssertSame(item, actual[item.Id]);
        }
    }

    private static void AssertEqual(Scorecard expected, Scorecard actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (e, a) in expected.Items.Zip(actual.Items))
        {
            AssertSame(e, a);
        }
    }

    private static void AssertSame(ItemResult expected, ItemResult actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Progress, actual.Progress);
        Assert.Equal(expected.Value, actual.Value);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.Confidence, actual.Confidence);
        Assert.Equal(expected.Score.Value, actual.Score.Value);
        Assert.Equal(expected.IsProgressOverridden, actual.IsProgressOverridden);
    }
}
