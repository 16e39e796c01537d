using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Okr.Core.Scoring;
using Okr.Core.Serialization;
using Okr.Core.Tests.Generators;

namespace Okr.Core.Tests.Serialization;

public sealed class OkrJsonRoundTripTests
{
    private static readonly DateOnly[] Days = [new(2020, 6, 1), new(2025, 3, 31), new(2031, 1, 1)];

    [Property(Arbitrary = [typeof(OkrArbitraries)], MaxTest = 150)]
    public bool Deserialize_OfSerializedPlan_EqualsThePlan(OkrPlan plan) =>
        OkrJson.Deserialize(OkrJson.Serialize(plan)).Equals(plan);

    [Property(Arbitrary = [typeof(OkrArbitraries)], MaxTest = 100)]
    public bool Serialize_OfDeserializedCanonicalText_GivesTheSameBytes(OkrPlan plan)
    {
        var indented = OkrJsonOptions.Default with { WriteIndented = true };
        byte[] first = OkrJson.SerializeToUtf8Bytes(plan, indented);
        byte[] second = OkrJson.SerializeToUtf8Bytes(OkrJson.Deserialize(first), indented);
        return first.AsSpan().SequenceEqual(second);
    }

    [Property(Arbitrary = [typeof(OkrArbitraries)], MaxTest = 60)]
    public void Score_OfRoundTrippedPlan_EqualsScoreOfThePlan(OkrPlan plan)
    {
        var copy = OkrJson.Deserialize(OkrJson.SerializeToUtf8Bytes(plan));
        foreach (var day in Days)
        {
            Scorecard expected, actual;
            try
            {
                expected = OkrScorer.Score(plan, day);
            }
            catch (OverflowException)
            {
                // Extreme generated decimals can overflow the arithmetic; the copy must fail the same way.
                Assert.Throws<OverflowException>(() => OkrScorer.Score(copy, day));
                continue;
            }

            actual = OkrScorer.Score(copy, day);
            Assert.Equal(OkrJson.Serialize(expected), OkrJson.Serialize(actual));
        }
    }

    [Fact]
    public void Generator_Plans_AreValidAndVaried()
    {
        var plans = PlanGenerators.PlanOfSize(8).Sample(20, 50);
        Assert.Contains(plans, p => p.ItemCount > 10);
        Assert.Contains(plans, p => p.Objectives.Any(o => o.Alignment.Kind == AlignmentKind.KeyResult));
        Assert.Contains(plans, p => p.KeyResults.Any(k => k.ParentKeyResultId is not null));
        Assert.Contains(plans, p => p.WorkItems.Any(w => !w.DependsOn.IsEmpty));
        Assert.Contains(plans, p => !p.UnknownProperties.IsEmpty);
    }
}
