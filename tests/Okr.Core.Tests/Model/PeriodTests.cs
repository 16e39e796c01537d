namespace Okr.Core.Tests.Model;

public class PeriodTests
{
    [Fact]
    public void Quarter_Q2_IsAprilToJune()
    {
        var q2 = Period.Quarter(2026, 2);
        Assert.Equal(new DateOnly(2026, 4, 1), q2.Start);
        Assert.Equal(new DateOnly(2026, 6, 30), q2.End);
        Assert.Equal(91, q2.LengthInDays);
        Assert.Equal(Period.Quarter(2026, 3), q2.Next());
        Assert.Equal(Period.Quarter(2027, 1), Period.Quarter(2026, 4).Next());
        Assert.Equal(Period.Year(2027), Period.Year(2026).Next());
        Assert.Equal(q2, Period.QuarterContaining(new DateOnly(2026, 5, 31)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Quarter_OutOfRange_Throws(int quarter) =>
        Assert.Equal("quarter", Assert.Throws<ArgumentOutOfRangeException>(() => Period.Quarter(2026, quarter)).ParamName);

    [Fact]
    public void Constructor_EndBeforeStart_Throws() =>
        Assert.Equal("end", Assert.Throws<ArgumentOutOfRangeException>(() => new Period(new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 1))).ParamName);

    [Fact]
    public void ElapsedFraction_IsZeroBeforeOneAfterAndCountsTheAsOfDay()
    {
        var period = new Period(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30));
        Assert.Equal(0m, period.ElapsedFraction(new DateOnly(2026, 3, 31)));
        Assert.Equal(1m / 30m, period.ElapsedFraction(new DateOnly(2026, 4, 1)));
        Assert.Equal(1m, period.ElapsedFraction(new DateOnly(2026, 4, 30)));
        Assert.Equal(1m, period.ElapsedFraction(new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public void ParseAndToString_RoundTripInvariantly()
    {
        var period = Period.Quarter(2026, 2);
        Assert.Equal("2026-04-01..2026-06-30", period.ToString());
        Assert.Equal(period, Period.Parse(period.ToString()));
        Assert.Throws<FormatException>(() => Period.Parse("2026-06-30..2026-04-01"));
        Assert.Throws<FormatException>(() => Period.Parse("Q2"));
    }

    [Fact]
    public void OneDayPeriod_IsWholeAtItsEnd()
    {
        var day = new Period(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1));
        Assert.Equal(1, day.LengthInDays);
        Assert.Equal(1m, day.ElapsedFraction(new DateOnly(2026, 1, 1)));
    }
}
