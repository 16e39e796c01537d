using Okr.Core.Scoring;
using Okr.Core.Tests.Support;
using Xunit;

namespace Okr.Core.Tests.Forecasting;

public class ForecastTests
{
    private static readonly Period Q2 = Plans.Q2; // 2026-04-01 .. 2026-06-30, 91 days

    private static KeyResult Kr(KeyResultKind kind, params (int Day, decimal Value)[] checkIns) =>
        new()
        {
            Id = "kr",
            Title = "KR",
            Kind = kind,
            CheckIns = [.. checkIns.Select(c => new CheckIn(Plans.At(Q2.Start.AddDays(c.Day)), c.Value))],
        };

    private static PlanForecast Forecast(KeyResult kr, DateOnly? asOf = null, ScoringConfiguration? scoring = null, Objective? objective = null)
    {
        var o = (objective ?? Plans.Objective("obj")) with { KeyResults = [kr] };
        return OkrForecaster.Forecast(OkrScorer.Score(new OkrPlan([o], scoring), asOf ?? new DateOnly(2026, 5, 1)));
    }

    [Fact]
    public void Forecast_PerfectlyLinearSeries_ForecastsItsOwnLineExactly()
    {
        // 10 + 0.5 per day from 2026-04-01: at the last day (day 90) the line is at 55.
        var kr = Kr(KeyResultKind.Increase(0m, 100m), (0, 10m), (7, 13.5m), (14, 17m), (21, 20.5m));
        var f = Forecast(kr)["kr"];
        Assert.Equal(55m, f.Value);
        Assert.Equal(0.55m, f.Progress!.Value.Ratio);
        Assert.Equal(0.5m, f.RatePerDay);
        Assert.Equal(55m, f.LowValue);
        Assert.Equal(55m, f.HighValue);
        Assert.Equal(TargetReach.AfterPeriod, f.Reach);
        Assert.Equal(Q2.Start.AddDays(180), f.ReachesTargetOn); // 10 + 0.5 x = 100 at x = 180
        Assert.Equal(LeastSquaresForecast.StrategyName, f.Rule);
    }

    [Fact]
    public void Forecast_ReachingWithinThePeriod_GivesTheFirstDayOnTheLine()
    {
        // 1 per day from 0: reaches 60 on day 60.
        var f = Forecast(Kr(KeyResultKind.Increase(0m, 60m), (0, 0m), (10, 10m), (20, 20m)))["kr"];
        Assert.Equal(TargetReach.WithinPeriod, f.Reach);
        Assert.Equal(Q2.Start.AddDays(60), f.ReachesTargetOn);
        Assert.Equal(90m, f.Value);
        Assert.Contains("least squares through 3 check-ins, +7 per week", f.Explanation, StringComparison.Ordinal);
        Assert.Contains("reaches 60 on 2026-05-31", f.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_TargetAlreadyReached_GivesTheDayItWasReached()
    {
        var f = Forecast(Kr(KeyResultKind.Increase(0m, 20m), (0, 0m), (10, 25m), (20, 22m)))["kr"];
        Assert.Equal(TargetReach.AlreadyReached, f.Reach);
        Assert.Equal(Q2.Start.AddDays(10), f.ReachesTargetOn);
    }

    [Fact]
    public void Forecast_DecreasingKeyResult_ReachesByGoingDown()
    {
        // From 50 down 1 per day: the target 10 is reached on day 40.
        var f = Forecast(Kr(KeyResultKind.Decrease(50m, 10m), (0, 50m), (5, 45m), (10, 40m)))["kr"];
        Assert.Equal(TargetReach.WithinPeriod, f.Reach);
        Assert.Equal(Q2.Start.AddDays(40), f.ReachesTargetOn);
        Assert.Equal(-40m, f.Value);
        Assert.Equal(2.25m, f.Progress!.Value.Ratio); // (-40 - 50) / (10 - 50)
    }

    [Fact]
    public void Forecast_LineAlreadyPastTheTargetButNoCheckInThere_ReachesTomorrow()
    {
        // The line crosses 20 on day 25, before the scoring day (day 30), but no check-in has reached it.
        var f = Forecast(Kr(KeyResultKind.Decrease(50m, 25m), (0, 50m), (5, 45m), (10, 40m)))["kr"];
        Assert.Equal(TargetReach.WithinPeriod, f.Reach);
        Assert.Equal(new DateOnly(2026, 5, 2), f.ReachesTargetOn);
    }

    [Fact]
    public void Forecast_WrongDirectionOrFlat_NeverReaches()
    {
        Assert.Equal(TargetReach.Never, Forecast(Kr(KeyResultKind.Increase(0m, 100m), (0, 10m), (10, 8m), (20, 5m)))["kr"].Reach);
        var flat = Forecast(Kr(KeyResultKind.Increase(0m, 100m), (0, 10m), (10, 10m)))["kr"];
        Assert.Equal(TargetReach.Never, flat.Reach);
        Assert.Null(flat.ReachesTargetOn);
        Assert.Contains("never reaches 100 at this rate", flat.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_NoCheckIn_IsNotForecastWithTheReason()
    {
        var f = Forecast(Kr(KeyResultKind.Increase(0m, 100m)))["kr"];
        Assert.False(f.IsForecast);
        Assert.Null(f.Progress);
        Assert.Equal("no check-in in the period yet", f.NotForecastReason);
    }

    [Fact]
    public void Forecast_OneCheckIn_IsNotForecast()
    {
        var f = Forecast(Kr(KeyResultKind.Increase(0m, 100m), (3, 10m)))["kr"];
        Assert.False(f.IsForecast);
        Assert.Contains("only one day", f.NotForecastReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_AllCheckInsOnOneDay_IsNotForecast()
    {
        var f = Forecast(Kr(KeyResultKind.Increase(0m, 100m), (3, 10m), (3, 20m), (3, 30m)))["kr"];
        Assert.False(f.IsForecast);
        Assert.Contains("check-ins on only one day (2026-04-04)", f.NotForecastReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_SameDayCheckIns_UseTheLatestOfTheDay()
    {
        var kr = new KeyResult
        {
            Id = "kr",
            Title = "KR",
            Kind = KeyResultKind.Increase(0m, 100m),
            CheckIns =
            [
                new CheckIn(Plans.At(Q2.Start, 9), 0m),
                new CheckIn(Plans.At(Q2.Start.AddDays(10), 15), 10m),
                new CheckIn(Plans.At(Q2.Start.AddDays(10), 9), 99m),
            ],
        };
        var f = Forecast(kr)["kr"];
        Assert.Equal(1m, f.RatePerDay);
        Assert.Equal(2, f.PointCount);
        Assert.Contains("3 check-ins on 2 days", f.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_CheckInsOutsideThePeriodOrAfterTheDay_AreLeftOut()
    {
        var kr = Kr(KeyResultKind.Increase(0m, 100m), (-5, 500m), (0, 0m), (10, 10m), (40, 1000m));
        var f = Forecast(kr, new DateOnly(2026, 4, 20))["kr"];
        Assert.Equal(1m, f.RatePerDay);
        Assert.Equal(90m, f.Value);
    }

    [Fact]
    public void Forecast_ThreeOrMorePoints_HaveABandAroundTheValue()
    {
        var f = Forecast(Kr(KeyResultKind.Increase(0m, 100m), (0, 0m), (7, 9m), (14, 12m), (21, 24m)))["kr"];
        Assert.NotNull(f.LowValue);
        Assert.True(f.LowValue < f.Value && f.Value < f.HighValue);
        Assert.True(f.Low < f.Progress && f.Progress < f.High);
        var two = Forecast(Kr(KeyResultKind.Increase(0m, 100m), (0, 0m), (7, 9m)))["kr"];
        Assert.Null(two.Low);
        Assert.Null(two.LowValue);
    }

    [Fact]
    public void Forecast_WiderCoverage_GivesAWiderBand()
    {
        var kr = Kr(KeyResultKind.Increase(0m, 100m), (0, 0m), (7, 9m), (14, 12m), (21, 24m));
        var narrow = Forecast(kr)["kr"];
        var wide = Forecast(kr, scoring: ScoringConfiguration.Default with { Forecast = new LeastSquaresForecast(0.95m) })["kr"];
        Assert.Equal(narrow.Value, wide.Value);
        Assert.True(wide.HighValue - wide.LowValue > narrow.HighValue - narrow.LowValue);
    }

    [Fact]
    public void Forecast_DecreasingKeyResult_OrdersTheProgressBand()
    {
        var f = Forecast(Kr(KeyResultKind.Decrease(100m, 0m), (0, 100m), (7, 95m), (14, 85m), (21, 80m)))["kr"];
        Assert.True(f.Low <= f.Progress && f.Progress <= f.High);
        Assert.True(f.LowValue <= f.Value && f.Value <= f.HighValue);
    }

    [Fact]
    public void Forecast_CurrentRate_RunsFromTheStartValueThroughTheLatest()
    {
        var scoring = ScoringConfiguration.Default with { Forecast = new CurrentRateForecast() };
        var f = Forecast(Kr(KeyResultKind.Increase(10m, 100m), (20, 30m)), scoring: scoring)["kr"];
        Assert.Equal(1m, f.RatePerDay);
        Assert.Equal(100m, f.Value);
        Assert.Equal(TargetReach.WithinPeriod, f.Reach);
        Assert.Equal(Q2.End, f.ReachesTargetOn);
        Assert.Null(f.Low);
        var threshold = Forecast(Kr(new ThresholdKind(ThresholdDirection.StayAbove, 5m), (20, 30m), (30, 40m)), scoring: scoring)["kr"];
        Assert.False(threshold.IsForecast);
    }

    [Fact]
    public void Forecast_BaselineKeyResult_ProjectsTheValueButNoProgress()
    {
        var f = Forecast(Kr(new BaselineKind(), (0, 5m), (10, 15m)))["kr"];
        Assert.Equal(95m, f.Value);
        Assert.Null(f.Progress);
        Assert.Equal(TargetReach.NotApplicable, f.Reach);
        Assert.True(f.IsForecast);
    }

    [Fact]
    public void Forecast_BinaryKeyResult_IsNotForecast()
    {
        var f = Forecast(Kr(new BinaryKind(), (0, 0m), (10, 0m)))["kr"];
        Assert.False(f.IsForecast);
        Assert.Contains("binary", f.NotForecastReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_Threshold_ProgressFollowsTheThresholdRuleAtTheProjectedValue()
    {
        var f = Forecast(Kr(new ThresholdKind(ThresholdDirection.StayBelow, 50m), (0, 80m), (10, 70m)))["kr"];
        Assert.Equal(-10m, f.Value);
        Assert.Equal(1m, f.Progress!.Value.Ratio);
        Assert.Equal(TargetReach.WithinPeriod, f.Reach);
        Assert.Equal(Q2.Start.AddDays(31), f.ReachesTargetOn); // 80 - x = 50 at x = 30, which fails on the threshold
    }

    [Fact]
    public void Forecast_ClosedPeriod_GivesTheFinalValue()
    {
        var kr = Kr(KeyResultKind.Increase(0m, 100m), (0, 0m), (30, 40m), (80, 70m));
        var f = Forecast(kr, new DateOnly(2026, 7, 15))["kr"];
        Assert.Equal(70m, f.Value);
        Assert.Equal(0.7m, f.Progress!.Value.Ratio);
        Assert.Equal("period-ended", f.Rule);
        Assert.Equal(TargetReach.Never, f.Reach);
        var closed = Forecast(kr, new DateOnly(2026, 5, 15), objective: Plans.Objective("obj") with { ClosedOn = new DateOnly(2026, 5, 1) })["kr"];
        Assert.Equal("closed", closed.Rule);
        Assert.Equal(40m, closed.Value);
    }

    [Fact]
    public void Forecast_BeforeThePeriod_IsNotForecast()
    {
        var f = Forecast(Kr(KeyResultKind.Increase(0m, 100m)), new DateOnly(2026, 3, 1))["kr"];
        Assert.False(f.IsForecast);
        Assert.Contains("starts on 2026-04-01", f.NotForecastReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_HugeValues_AreNotForecastRatherThanOverflow()
    {
        var f = Forecast(Kr(KeyResultKind.Increase(0m, decimal.MaxValue), (0, 0m), (1, decimal.MaxValue)))["kr"];
        Assert.False(f.IsForecast);
        Assert.Contains("beyond the range of decimal", f.NotForecastReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_Activity_ProjectsTheProgressOfCompletedWork()
    {
        // 10 tasks; 1 done every 10 days from day 10: 3 done by day 30, on track for 9 by day 90.
        var items = Enumerable.Range(0, 10).Select(i => new WorkItem
        {
            Id = "t" + i,
            Title = "Task " + i,
            State = i < 3 ? WorkItemState.Done : WorkItemState.NotStarted,
            CompletedOn = i < 3 ? Q2.Start.AddDays(10 * (i + 1)) : null,
        });
        var kr = new KeyResult
        {
            Id = "kr",
            Title = "KR",
            Kind = new ActivityKind(),
            Initiatives = [new Initiative { Id = "i", Title = "I", WorkItems = [.. items] }],
        };
        var f = Forecast(kr, Q2.Start.AddDays(30))["kr"];
        Assert.Equal(0.9m, f.Progress!.Value.Ratio);
        Assert.Null(f.Value);
        Assert.Equal(TargetReach.AfterPeriod, f.Reach);
        Assert.Contains("days of completed work", f.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_Objective_RollsUpTheKeyResultsForecastsWithThePlansRules()
    {
        var a = Kr(KeyResultKind.Increase(0m, 90m), (0, 0m), (10, 10m)) with { Id = "a" }; // 90 by the end: 100%
        var b = Kr(KeyResultKind.Increase(0m, 100m), (0, 0m), (10, 5m)) with { Id = "b", Weight = ContributionWeight.Times(3m) }; // 45: 45%
        var c = Kr(new BinaryKind()) with { Id = "c", Weight = ContributionWeight.Times(0m) };
        var plan = Plans.Plan(Plans.Objective("obj", a, b, c));
        var forecast = OkrForecaster.Forecast(OkrScorer.Score(plan, new DateOnly(2026, 4, 20)));
        Assert.Equal((1m + (3m * 0.45m)) / 4m, forecast["obj"].Progress!.Value.Ratio);
        Assert.Contains("rolled up with the plan's roll-up from 2 key result forecasts (1 held", forecast["obj"].Explanation, StringComparison.Ordinal);
        Assert.Equal("roll-up", forecast["obj"].Rule); // an objective without a scale value was once labelled not-forecast
        Assert.Equal(["obj", "a", "b", "c"], forecast.Items.Select(i => i.Id));
    }

    [Fact]
    public void Forecast_AlignedObjective_RollsIntoItsParent()
    {
        var child = Plans.Objective("child", Kr(KeyResultKind.Increase(0m, 90m), (0, 0m), (10, 5m)) with { Id = "k" }) with { Alignment = Alignment.ToObjective("parent") };
        var parent = Plans.Objective("parent");
        var forecast = OkrForecaster.Forecast(OkrScorer.Score(Plans.Plan(parent, child), new DateOnly(2026, 4, 20)));
        Assert.Equal(0.5m, forecast["child"].Progress!.Value.Ratio);
        Assert.Equal(0.5m, forecast["parent"].Progress!.Value.Ratio);
    }

    [Fact]
    public void Forecast_ObjectiveWithNoKeyResultForecast_IsNotForecastWithTheReason()
    {
        var binary = Kr(new BinaryKind()) with { Id = "done" };
        var forecast = OkrForecaster.Forecast(OkrScorer.Score(Plans.Plan(Plans.Objective("obj", binary)), new DateOnly(2026, 4, 20)))["obj"];
        Assert.Null(forecast.Progress);
        Assert.Null(forecast.Value);
        Assert.False(forecast.IsForecast);
        Assert.Equal("not forecast: none of its key results, nor any aligned objective's, has a forecast", forecast.Explanation);
        Assert.Equal("none of its key results, nor any aligned objective's, has a forecast", forecast.NotForecastReason);
    }

    [Fact]
    public void Forecast_ParentWhoseOnlyForecastIsTwoLevelsDown_IsForecastAndANonContributingChildFeedsNothing()
    {
        var grandchild = Plans.Objective("grandchild", Kr(KeyResultKind.Increase(0m, 90m), (0, 0m), (10, 5m)) with { Id = "k" }) with { Alignment = Alignment.ToObjective("child") };
        var child = Plans.Objective("child", Kr(new BinaryKind()) with { Id = "b" }) with { Alignment = Alignment.ToObjective("parent") };
        var parent = Plans.Objective("parent");
        var aside = Plans.Objective("aside");
        var silent = Plans.Objective("silent", Kr(KeyResultKind.Increase(0m, 90m), (0, 0m), (10, 5m)) with { Id = "s" }) with { Alignment = Alignment.ToObjective("aside"), Contributes = false };
        var forecast = OkrForecaster.Forecast(OkrScorer.Score(Plans.Plan(parent, child, grandchild, aside, silent), new DateOnly(2026, 4, 20)));
        Assert.NotNull(forecast["grandchild"].Progress);
        Assert.NotNull(forecast["child"].Progress);
        Assert.NotNull(forecast["parent"].Progress);
        Assert.NotNull(forecast["silent"].Progress);
        Assert.Null(forecast["aside"].Progress);
    }

    [Fact]
    public void Forecast_CascadedSum_AddsTheChildrensProjections()
    {
        var parent = new KeyResult { Id = "sum", Title = "Sum", Kind = new CascadedSumKind(0m, 200m) };
        var x = Kr(KeyResultKind.Increase(0m, 100m), (0, 0m), (10, 10m)) with { Id = "x", ParentKeyResultId = "sum" };
        var y = Kr(KeyResultKind.Increase(0m, 100m), (0, 0m), (10, 5m)) with { Id = "y", ParentKeyResultId = "sum" };
        var forecast = OkrForecaster.Forecast(OkrScorer.Score(Plans.Plan(Plans.Objective("obj", parent, x, y)), new DateOnly(2026, 4, 20)));
        Assert.Equal(135m, forecast["sum"].Value);
        Assert.Equal(0.675m, forecast["sum"].Progress!.Value.Ratio);
    }

    [Fact]
    public void Forecast_UnknownId_ThrowsNamingIt()
    {
        var forecast = Forecast(Kr(KeyResultKind.Increase(0m, 100m)));
        var e = Assert.Throws<KeyNotFoundException>(() => forecast["nope"]);
        Assert.Contains("'nope'", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => OkrForecaster.Forecast(null!));
    }

    [Fact]
    public void ForecastStrategy_Custom_IsUsedAndItsProgressComesFromTheKeyResultsRule()
    {
        var scoring = ScoringConfiguration.Default with { Forecast = new FixedForecast() };
        var f = Forecast(Kr(KeyResultKind.Increase(0m, 200m), (0, 0m)), scoring: scoring)["kr"];
        Assert.Equal(150m, f.Value);
        Assert.Equal(0.75m, f.Progress!.Value.Ratio);
        Assert.Equal("fixed", f.Rule);
    }

    [Fact]
    public void StrategyRegistry_BuiltIn_CreatesTheForecastStrategies()
    {
        var created = StrategyRegistry.BuiltIn.Create<ForecastStrategy>("least-squares", StrategyOptions.Empty.With("bandCoverage", 0.9m));
        Assert.Equal(0.9m, Assert.IsType<LeastSquaresForecast>(created).BandCoverage);
        Assert.IsType<CurrentRateForecast>(StrategyRegistry.BuiltIn.Create<ForecastStrategy>("current-rate"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LeastSquaresForecast(0.5m));
    }

    [Fact]
    public void ForecastResult_Projected_RejectsInconsistentArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ForecastResult.Projected(1m, 0m, TargetReach.WithinPeriod, null, 2, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ForecastResult.Projected(1m, 0m, TargetReach.Never, new DateOnly(2026, 1, 1), 2, "x"));
        Assert.Throws<ArgumentException>(() => ForecastResult.Projected(1m, 0m, TargetReach.Never, null, 2, "x", low: 2m, high: 3m));
        Assert.Throws<ArgumentException>(() => ForecastResult.Projected(1m, 0m, TargetReach.Never, null, 2, "x", low: 0m));
        Assert.Throws<ArgumentException>(() => ForecastResult.NotForecast(" "));
    }

    private sealed class FixedForecast : ForecastStrategy
    {
        public FixedForecast()
            : base("fixed")
        {
        }

        public override ForecastResult Forecast(in ForecastArguments arguments) =>
            ForecastResult.Projected(150m, 1m, TargetReach.NotApplicable, null, arguments.Points.Length, "fixed");
    }
}
