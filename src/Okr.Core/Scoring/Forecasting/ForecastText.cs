namespace Okr.Core.Scoring;

/// <summary>The sentences forecasts explain themselves with, culture-invariant.</summary>
internal static class ForecastText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Number(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", Inv);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", Inv);

    public static string Signed(decimal value) => (value > 0m ? "+" : string.Empty) + Number(value);

    /// <summary>"least squares through 4 check-ins, +1.2 per week; 95 by 2026-06-30 (104%), band 88 to 99 (91% to 110%); reaches 90 on 2026-06-22".</summary>
    public static string Projected(ForecastResult result, ForecastInputs inputs, Period period, Progress? progress, Progress? low, Progress? high, string? overrideNote)
    {
        bool ofProgress = inputs.Measure == ForecastMeasure.Progress;
        string through = ofProgress
            ? $"{RuleName(result.Rule)} through the progress on {result.PointCount} day{(result.PointCount == 1 ? string.Empty : "s")} of completed work"
            : $"{RuleName(result.Rule)} through {CheckIns(inputs.CheckInCount, result.PointCount)}";
        string rate = result.RatePerDay is { } perDay
            ? ofProgress ? $", {Signed(perDay * 700m)} points per week" : $", {Signed(perDay * 7m)} per week"
            : string.Empty;
        string landing = ofProgress
            ? $"{progress?.ToString() ?? "not scored"} by {Day(period.End)}"
            : $"{Number(result.Value!.Value)} by {Day(period.End)} ({progress?.ToString() ?? "not scored"})";
        string band = result.Low is { } l && result.High is { } h
            ? ofProgress || low is null || high is null
                ? $", band {low?.ToString() ?? Number(l)} to {high?.ToString() ?? Number(h)}"
                : $", band {Number(l)} to {Number(h)} ({low} to {high})"
            : string.Empty;
        return $"{through}{rate}; {landing}{band}; {Reach(result, inputs.Target, ofProgress)}{overrideNote}";
    }

    public static string Reach(ForecastResult result, ForecastTarget? target, bool ofProgress)
    {
        string what = target is { } t ? (ofProgress ? "the target" : Number(t.Value)) : "the target";
        return result.Reach switch
        {
            TargetReach.AlreadyReached => $"reached {what} on {Day(result.ReachesTargetOn!.Value)}",
            TargetReach.WithinPeriod => $"reaches {what} on {Day(result.ReachesTargetOn!.Value)}",
            TargetReach.AfterPeriod => result.ReachesTargetOn is { } d ? $"reaches {what} only on {Day(d)}, after the period" : $"does not reach {what} within the period",
            TargetReach.Never => $"never reaches {what} at this rate",
            _ => "no target to reach",
        };
    }

    private static string RuleName(string rule) => rule switch
    {
        LeastSquaresForecast.StrategyName => "least squares",
        CurrentRateForecast.StrategyName => "current rate since the start",
        _ => rule,
    };

    private static string CheckIns(int checkIns, int days) =>
        checkIns == days
            ? $"{checkIns} check-in{(checkIns == 1 ? string.Empty : "s")}"
            : $"{checkIns} check-ins on {days} day{(days == 1 ? string.Empty : "s")}";
}
