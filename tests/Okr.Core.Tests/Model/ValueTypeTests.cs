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
