using Okr.Core.Scoring;

namespace Okr.Core.Tests.Support;

/// <summary>Small builders for hand-written test plans.</summary>
internal static class Plans
{
    public static readonly Period Q2 = Period.Quarter(2026, 2);

    public static readonly DateOnly MidQ2 = new(2026, 5, 15);

    public static DateTimeOffset At(DateOnly day, int hour = 12) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    public static CheckIn CheckIn(decimal value, DateOnly? day = null, decimal? confidence = null) =>
        new(At(day ?? new DateOnly(2026, 4, 10)), value) { Confidence = confidence };

    public static KeyResult Kr(string id, KeyResultKind kind, params decimal[] values)
    {
        var day = new DateOnly(2026, 4, 1);
        var checkIns = values.Select((v, i) => CheckIn(v, day.AddDays(i))).ToImmutableArray();
        return new KeyResult { Id = id, Title = "Key result " + id, Kind = kind, CheckIns = checkIns };
    }

    /// <summary>A key result whose progress is exactly <paramref name="percent"/> (a percentage kind).</summary>
    public static KeyResult KrAt(string id, decimal percent) => Kr(id, new PercentageKind(), percent);

    public static Objective Objective(string id, params KeyResult[] keyResults) =>
        new() { Id = id, Title = "Objective " + id, Period = Q2, KeyResults = [.. keyResults] };

    public static OkrPlan Plan(params Objective[] objectives) => new(objectives);

    public static Scorecard Score(OkrPlan plan, DateOnly? asOf = null) => OkrScorer.Score(plan, asOf ?? MidQ2);

    public static decimal Ratio(this ItemResult score) => score.Progress?.Ratio ?? throw new Xunit.Sdk.XunitException($"{score.Id} is not scored.");
}
