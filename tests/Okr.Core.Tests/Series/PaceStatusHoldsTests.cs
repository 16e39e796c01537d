using Okr.Core.Scoring;

namespace Okr.Core.Tests.Series;

/// <summary>
/// <see cref="PaceStatusStrategy.StatusHoldsBelow"/>, which lets a series skip re-evaluating a pace status: for every
/// progress and expected share on a grid (weekly and daily steps of a quarter, progress below 0, between the bounds,
/// exactly on them and above 1) and every pace configuration, the status at any larger expected share below the bound
/// is the status at the expected share the bound was computed for.
/// </summary>
public sealed class PaceStatusHoldsTests
{
    private static readonly PaceStatusStrategy[] Strategies =
    [
        new PaceStatusStrategy(),
        PaceStatusStrategy.Points(30m, 5.5m),
        PaceStatusStrategy.Points(10m, 10m),
        PaceStatusStrategy.Ratio(0.75m, 0.95m),
        PaceStatusStrategy.Ratio(0.4m, 0.7m),
        PaceStatusStrategy.Ratio(0.6m, 0.6m),
        new PaceStatusStrategy().WithEndOfPeriod(0.7m),
        PaceStatusStrategy.Ratio(0.75m, 0.95m).WithEndOfPeriod(0.9m),
    ];

    private static IEnumerable<decimal> ExpectedShares()
    {
        yield return 0m;
        for (int day = 1; day <= 91; day++)
        {
            yield return (decimal)day / 91;
        }
    }

    private static IEnumerable<decimal> Progresses()
    {
        for (int percent = -30; percent <= 130; percent++)
        {
            yield return percent / 100m;
        }

        // On a bound exactly (points: expected - 0.25 and - 0.055; ratio: 0.75 x expected), and thirds.
        foreach (decimal expected in new[] { 7m / 91, 35m / 91, 63m / 91 })
        {
            yield return expected - 0.25m;
            yield return expected - 0.055m;
            yield return expected * 0.75m;
            yield return expected * 0.95m;
        }

        yield return 1m / 3;
        yield return 2m / 3;
    }

    [Fact]
    public void StatusHoldsBelow_AnyLargerExpectedBelowTheBound_SameStatus()
    {
        var shares = ExpectedShares().ToArray();
        int held = 0;
        foreach (var strategy in Strategies)
        {
            foreach (decimal progress in Progresses())
            {
                for (int from = 0; from < shares.Length; from++)
                {
                    double bound = strategy.StatusHoldsBelow(progress, shares[from]);
                    var status = strategy.EvaluatePace(progress, shares[from]);
                    for (int to = from; to < shares.Length && (double)shares[to] < bound; to++)
                    {
                        Assert.True(
                            status == strategy.EvaluatePace(progress, shares[to]),
                            $"{strategy.Options}: progress {progress}, {status} at {shares[from]} but not at {shares[to]} (bound {bound})");
                        held++;
                    }
                }
            }
        }

        // The bound does let statuses be kept (else it would be useless, and this test would check nothing).
        Assert.True(held > 100_000, $"only {held} statuses kept");
    }

    [Fact]
    public void StatusHoldsBelow_AtTheCrossing_BelowIt()
    {
        // Default points: at risk beyond a gap of 25 points. Progress 0.3 crosses at an expected share of 0.55.
        var pace = new PaceStatusStrategy();
        double bound = pace.StatusHoldsBelow(0.3m, 0.4m);
        Assert.InRange(bound, 0.55 - 1e-6, 0.55);
        Assert.Equal(OkrStatus.Behind, pace.EvaluatePace(0.3m, 0.55m));
        Assert.Equal(OkrStatus.AtRisk, pace.EvaluatePace(0.3m, 0.5501m));

        // Already at risk by points: the gap only grows, so the status cannot change any more.
        Assert.Equal(double.PositiveInfinity, pace.StatusHoldsBelow(0.1m, 0.5m));

        // The end-of-period rule starts at an expected share of 1; from there the status no longer moves.
        var withEnd = pace.WithEndOfPeriod(0.7m);
        Assert.True(withEnd.StatusHoldsBelow(-5m, 0.9m) < 1d);
        Assert.Equal(double.PositiveInfinity, withEnd.StatusHoldsBelow(0.5m, 1m));

        // Nothing is known for progress beyond a billion (evaluate every day).
        Assert.Equal(double.NegativeInfinity, pace.StatusHoldsBelow(2e9m, 0.5m));
    }
}
