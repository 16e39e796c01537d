namespace Okr.Core.Office.Tests;

/// <summary>Small hand-written plans for the Office tests.</summary>
internal static class SamplePlans
{
    public static DateOnly AsOf { get; } = new(2026, 5, 20);

    public static OkrPlan TwoObjectives()
    {
        var q2 = Period.Quarter(2026, 2);
        var at = new DateTimeOffset(2026, 5, 18, 9, 0, 0, TimeSpan.Zero);
        return new OkrPlan(
        [
            new Objective
            {
                Id = "o-growth",
                Title = "Grow the user base",
                Period = q2,
                Owner = "Growth team",
                KeyResults =
                [
                    new KeyResult
                    {
                        Id = "kr-wau", Title = "Weekly active users to 100k", Kind = KeyResultKind.Increase(20m, 100m), Owner = "Ana",
                        CheckIns = [new CheckIn(at, 62m) { Confidence = 0.7m, Note = "Referral launch helped" }],
                    },
                    new KeyResult
                    {
                        Id = "kr-churn", Title = "Monthly churn down to 2%", Kind = KeyResultKind.Decrease(5m, 2m, MetricUnit.Percent), Owner = "Ben",
                        CheckIns = [new CheckIn(at.AddDays(-10), 4m) { Confidence = 0.5m }],
                    },
                    new KeyResult
                    {
                        Id = "kr-survey", Title = "Onboarding survey done", Kind = new PercentageKind(),
                        CheckIns = [new CheckIn(at, 40m)],
                    },
                ],
            },
            new Objective
            {
                Id = "o-revenue",
                Title = "Make revenue predictable",
                Period = q2,
                Alignment = Alignment.ToObjective("o-growth"),
                KeyResults =
                [
                    new KeyResult
                    {
                        Id = "kr-arr", Title = "ARR to 2M EUR", Kind = KeyResultKind.Increase(1_200_000m, 2_000_000m, MetricUnit.Currency("EUR")),
                        CheckIns = [new CheckIn(at, 1_450_000m)],
                    },
                    new KeyResult { Id = "kr-billing", Title = "Self-serve billing live", Kind = new BinaryKind() },
                ],
            },
        ]);
    }
}
