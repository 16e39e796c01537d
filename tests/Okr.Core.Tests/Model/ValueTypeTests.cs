namespace Okr.Core.Tests.Model;

public class ValueTypeTests
{
    [Fact]
    public void Progress_FormatsInvariantlyAndComparesByRatio()
    {
        Assert.Equal("33.33%", Progress.FromRatio(1m / 3m).ToString());
        Assert.Equal("33,33%", Progress.FromRatio(1m / 3m).ToString(CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal(Progress.FromRatio(0.5m), Progress.FromPercent(50m));
        Assert.True(Progress.Complete > Progress.Zero);
        Assert.Equal("7.92E+28x", Progress.FromRatio(decimal.MaxValue).ToString());
    }

    [Fact]
    public void MetricUnit_ParsesAndValidatesCurrencyCodes()
    {
        Assert.Equal("EUR", MetricUnit.Currency("eur").CurrencyCode);
        Assert.Equal(MetricUnit.Currency("USD"), MetricUnit.Parse("USD"));
        Assert.Equal(MetricUnit.Percent, MetricUnit.Parse("percent"));
        Assert.Throws<ArgumentException>(() => MetricUnit.Currency("EURO"));
        Assert.Throws<FormatException>(() => MetricUnit.Parse("euros"));
    }

    [Fact]
    public void ContributionWeight_RejectsNegativeAndOutOfRangeShares()
    {
        Assert.Equal(1m, ContributionWeight.Default.Multiplier);
        Assert.True(ContributionWeight.Excluded.IsZero);
        Assert.Throws<ArgumentOutOfRangeException>(() => ContributionWeight.Times(-1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => ContributionWeight.FixedShare(101m));
        Assert.Equal("50% fixed", ContributionWeight.FixedShare(50m).ToString());
    }

    [Fact]
    public void CheckIn_ConfidenceOutsideZeroToOne_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new CheckIn(DateTimeOffset.UnixEpoch, 1m) { Confidence = 1.1m });
        Assert.Equal("Confidence", ex.ParamName);
    }

    [Fact]
    public void LinearKind_TargetOnTheWrongSide_Throws()
    {
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => KeyResultKind.Increase(10m, 5m)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => KeyResultKind.Decrease(5m, 10m)).ParamName);
    }

    [Fact]
    public void Records_CompareStructurallyIncludingCollections()
    {
        static KeyResult Build() => new()
        {
            Id = "kr",
            Title = "KR",
            Kind = new MilestonesKind([new Milestone("a", 0.5m), new Milestone("b", 0.5m)]),
            CheckIns = [new CheckIn(DateTimeOffset.UnixEpoch, 1m)],
        };
        Assert.Equal(Build(), Build());
        Assert.NotEqual(Build(), Build() with { CheckIns = [] });
    }

    [Fact]
    public void WorkItem_PercentCompleteOutOfRange_Throws() =>
        Assert.Equal("PercentComplete", Assert.Throws<ArgumentOutOfRangeException>(() => new WorkItem { Id = "t", Title = "T", PercentComplete = 120m }).ParamName);
}

public class CompactStorageTests
{
    [Fact]
    public void CheckIn_KeepsMomentOffsetAndOptionalValues()
    {
        var at = new DateTimeOffset(2026, 5, 16, 0, 30, 0, TimeSpan.FromHours(10));
        var checkIn = new CheckIn(at, 0.1m) { Confidence = 0m, Status = OkrStatus.NotScored };
        Assert.Equal(at, checkIn.At);
        Assert.Equal(TimeSpan.FromHours(10), checkIn.At.Offset);
        Assert.Equal(new DateOnly(2026, 5, 16), checkIn.Day);
        Assert.Equal(0m, checkIn.Confidence);
        Assert.Equal(OkrStatus.NotScored, checkIn.Status);
        Assert.Null(new CheckIn(at, 1m).Confidence);
        Assert.Null(new CheckIn(at, 1m).Status);
        var moved = checkIn with { At = at.ToOffset(TimeSpan.FromHours(-5)) };
        Assert.Equal(TimeSpan.FromHours(-5), moved.At.Offset);
        Assert.Equal(new DateOnly(2026, 5, 15), moved.Day);
        Assert.NotEqual(checkIn, moved);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CheckIn(at, 1m) { Status = (OkrStatus)99 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new CheckIn(at, 1m) { Source = (CheckInSource)9 });
    }

    [Fact]
    public void WorkItem_KeepsDatesSyncMomentAndOptionalNumbers()
    {
        var synced = new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.FromMinutes(-330));
        var item = new WorkItem
        {
            Id = "t",
            Title = "T",
            State = WorkItemState.Blocked,
            PercentComplete = 0m,
            Start = DateOnly.MinValue,
            Due = DateOnly.MaxValue,
            LastSyncedAt = synced,
        };
        Assert.Equal(WorkItemState.Blocked, item.State);
        Assert.Equal(0m, item.PercentComplete);
        Assert.Null(item.Effort);
        Assert.Equal(DateOnly.MinValue, item.Start);
        Assert.Equal(DateOnly.MaxValue, item.Due);
        Assert.Null(item.CompletedOn);
        Assert.Equal(synced, item.LastSyncedAt);
        Assert.Equal(synced.Offset, item.LastSyncedAt!.Value.Offset);
        Assert.Null((item with { LastSyncedAt = null }).LastSyncedAt);
        Assert.Null((item with { PercentComplete = null }).PercentComplete);
        Assert.NotEqual(item, item with { PercentComplete = null });
        Assert.Throws<ArgumentOutOfRangeException>(() => item with { State = (WorkItemState)42 });
    }

    [Fact]
    public void ContributionWeight_OneFieldServesBothStyles()
    {
        Assert.Equal(0.5m, ContributionWeight.Times(0.5m).Multiplier);
        Assert.Equal(0m, ContributionWeight.Times(0.5m).FixedSharePercent);
        Assert.Equal(40m, ContributionWeight.FixedShare(40m).FixedSharePercent);
        Assert.Equal(0m, ContributionWeight.FixedShare(40m).Multiplier);
        Assert.Equal(decimal.MaxValue, ContributionWeight.Times(decimal.MaxValue).Multiplier);
        Assert.Equal(default, ContributionWeight.Times(1m));
    }
}
