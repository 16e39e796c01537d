using Okr.Core.Scoring;
using static Okr.Core.Tests.Scoring.Strategies.StatusArgs;

namespace Okr.Core.Tests.Scoring.Strategies;

/// <summary>
/// <see cref="WorstChildStatusStrategy"/> (<c>worst-child</c>, Viva Goals and Perdoo): the most severe status among
/// the children that count (weight above 0, status other than not scored); achieved, closed and not started map to
/// on track; with no such child Viva Goals' pace bands decide. Issue 13's mutation target.
/// </summary>
public sealed class WorstChildStatusStrategyTests
{
    private static readonly WorstChildStatusStrategy Strategy = new();

    [Theory]
    [InlineData(OkrStatus.OnTrack, OkrStatus.Behind, OkrStatus.AtRisk, OkrStatus.AtRisk, "c")]
    [InlineData(OkrStatus.AtRisk, OkrStatus.Behind, OkrStatus.OnTrack, OkrStatus.AtRisk, "a")]
    [InlineData(OkrStatus.OnTrack, OkrStatus.Behind, OkrStatus.NotStarted, OkrStatus.Behind, "b")]
    [InlineData(OkrStatus.Achieved, OkrStatus.OnTrack, OkrStatus.NotStarted, OkrStatus.NotStarted, "c")]
    [InlineData(OkrStatus.Achieved, OkrStatus.OnTrack, OkrStatus.NotScored, OkrStatus.OnTrack, "b")]
    public void Evaluate_TheMostSevereChildWins(OkrStatus a, OkrStatus b, OkrStatus c, OkrStatus worst, string worstId)
    {
        var result = Strategy.Evaluate(Objective([Child("a", a), Child("b", b), Child("c", c)]));

        Assert.Equal(worst == OkrStatus.NotStarted ? OkrStatus.OnTrack : worst, result.Status);
        Assert.Equal($"worst child: {worstId} is {worst}", result.Rule);
    }

    [Theory]
    [InlineData(OkrStatus.Achieved)]
    [InlineData(OkrStatus.Closed)]
    [InlineData(OkrStatus.NotStarted)]
    public void Evaluate_WorstChildAchievedClosedOrNotStarted_IsOnTrack(OkrStatus worst)
    {
        // Progress 0 against 100% expected: the pace bands would say at risk, so on track can only come from the child.
        var result = Strategy.Evaluate(Objective([Child("a", worst)], progress: 0m, expected: 1m));

        Assert.Equal(OkrStatus.OnTrack, result.Status);
        Assert.Equal($"worst child: a is {worst}", result.Rule);
    }

    [Theory]
    [InlineData(OkrStatus.AtRisk, OkrStatus.AtRisk)]
    [InlineData(OkrStatus.Achieved, OkrStatus.Closed)]
    [InlineData(OkrStatus.Closed, OkrStatus.Achieved)]
    public void Evaluate_EquallySevereChildren_TheFirstIsNamed(OkrStatus first, OkrStatus second)
    {
        var result = Strategy.Evaluate(Objective([Child("first", first), Child("second", second)]));

        Assert.Equal($"worst child: first is {first}", result.Rule);
    }

    [Fact]
    public void Evaluate_ZeroWeightChild_DoesNotCount()
    {
        var result = Strategy.Evaluate(Objective([Child("a", OkrStatus.OnTrack), Child("b", OkrStatus.AtRisk, weight: 0m)]));

        Assert.Equal(OkrStatus.OnTrack, result.Status);
        Assert.Equal("worst child: a is OnTrack", result.Rule);
    }

    private static StatusChild[] NoCountingChild(int variant) => variant switch
    {
        0 => [],
        1 => [Child("a", OkrStatus.NotScored)],
        _ => [Child("a", OkrStatus.AtRisk, weight: 0m), Child("b", OkrStatus.Achieved, weight: 0m)],
    };

    [Theory]
    [InlineData(0)] // no children
    [InlineData(1)] // only a child that is not scored
    [InlineData(2)] // only children of weight 0
    public void Evaluate_NoCountingChild_FallsBackToVivaGoalsPace(int variant)
    {
        var children = NoCountingChild(variant);

        // 60% against 70% expected: 10 points behind (above 0, not above 25) is behind; 30% against 70%: 40 points, at risk.
        var behind = Strategy.Evaluate(Objective(children, progress: 0.6m, expected: 0.7m));
        var atRisk = Strategy.Evaluate(Objective(children, progress: 0.3m, expected: 0.7m));

        Assert.Equal(OkrStatus.Behind, behind.Status);
        Assert.StartsWith("pace: ", behind.Rule, StringComparison.Ordinal);
        Assert.Equal(OkrStatus.AtRisk, atRisk.Status);
        Assert.Equal(new PaceStatusStrategy().Evaluate(Objective(children, progress: 0.3m, expected: 0.7m)).Rule, atRisk.Rule);
    }

    [Fact]
    public void FromOptions_KeepsUnknownOptions_AndRejectsNull()
    {
        var options = StrategyOptions.Empty.With("future", "x");

        Assert.Equal(options, WorstChildStatusStrategy.FromOptions(options).Options);
        Assert.Throws<ArgumentNullException>(() => WorstChildStatusStrategy.FromOptions(null!));
    }
}
