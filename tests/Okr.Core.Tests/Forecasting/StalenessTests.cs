using Okr.Core.Scoring;
using Okr.Core.Tests.Support;
using Xunit;

namespace Okr.Core.Tests.Forecasting;

public class StalenessTests
{
    private static KeyResult Kr(string id, KeyResultKind kind, params int[] checkInDays) => new()
    {
        Id = id,
        Title = id,
        Kind = kind,
        CheckIns = [.. checkInDays.Select(d => new CheckIn(Plans.At(Plans.Q2.Start.AddDays(d)), d))],
    };

    private static PlanStaleness Check(DateOnly asOf, params KeyResult[] keyResults) =>
        OkrStaleness.Check(OkrScorer.Score(Plans.Plan(Plans.Objective("obj", keyResults)), asOf));

    [Fact]
    public void Check_PastTheThreshold_IsStale()
    {
        var day = Plans.Q2.Start.AddDays(30);
        var s = Check(day, Kr("old", KeyResultKind.Increase(0m, 100m), 0, 15), Kr("fresh", KeyResultKind.Increase(0m, 100m), 0, 16));
        Assert.Equal(15, s["old"].DaysSinceCheckIn);
        Assert.True(s["old"].IsStale);
        Assert.Equal(14, s["fresh"].DaysSinceCheckIn);
        Assert.False(s["fresh"].IsStale);
        Assert.Equal(1, s["obj"].StaleKeyResults);
        Assert.True(s["obj"].IsStale);
        Assert.Equal(ScoringConfiguration.DefaultStaleAfterDays, s.StaleAfterDays);
        Assert.Equal(["old"], s.StaleKeyResults.Select(i => i.Id));
        Assert.Contains("last check-in 15 days ago, on 2026-04-16 (stale after 14)", s["old"].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoCheckInYet_CountsFromThePeriodStart()
    {
        var s = Check(Plans.Q2.Start.AddDays(20), Kr("none", KeyResultKind.Increase(0m, 100m)));
        Assert.Null(s["none"].DaysSinceCheckIn);
        Assert.Null(s["none"].LastCheckInOn);
        Assert.True(s["none"].IsStale);
        Assert.Contains("no check-in since the period started 20 days ago", s["none"].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AchievedOrClosed_IsNeverStale()
    {
        var achieved = Kr("done", KeyResultKind.Increase(0m, 10m), 0, 10);
        var s = Check(Plans.Q2.Start.AddDays(60), achieved);
        Assert.Equal(50, s["done"].DaysSinceCheckIn);
        Assert.False(s["done"].IsStale);
        var closed = Plans.Objective("obj", Kr("k", KeyResultKind.Increase(0m, 100m), 0)) with { ClosedOn = Plans.Q2.Start.AddDays(5) };
        var c = OkrStaleness.Check(OkrScorer.Score(Plans.Plan(closed), Plans.Q2.Start.AddDays(60)));
        Assert.False(c["k"].IsStale);
        Assert.StartsWith("closed", c["k"].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AfterThePeriod_IsNotStale()
    {
        var s = Check(Plans.Q2.End.AddDays(30), Kr("k", KeyResultKind.Increase(0m, 100m), 0));
        Assert.False(s["k"].IsStale);
        Assert.Contains("period ended", s["k"].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ThresholdFromThePlanOrTheCall()
    {
        var kr = Kr("k", KeyResultKind.Increase(0m, 100m), 0);
        var plan = new OkrPlan([Plans.Objective("obj", kr)], ScoringConfiguration.Default with { StaleAfterDays = 30 });
        var card = OkrScorer.Score(plan, Plans.Q2.Start.AddDays(20));
        Assert.False(OkrStaleness.Check(card)["k"].IsStale);
        Assert.True(OkrStaleness.Check(card, 7)["k"].IsStale);
        Assert.Throws<ArgumentOutOfRangeException>(() => OkrStaleness.Check(card, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoringConfiguration.Default with { StaleAfterDays = 0 });
    }

    [Fact]
    public void Check_ActivityKeyResult_IsNotMeasuredByCheckIns()
    {
        var s = Check(Plans.Q2.Start.AddDays(60), Kr("a", new ActivityKind()));
        Assert.False(s["a"].IsStale);
        Assert.Contains("work items", s["a"].Reason, StringComparison.Ordinal);
    }
}
