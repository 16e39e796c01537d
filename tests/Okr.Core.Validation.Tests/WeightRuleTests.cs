using FluentValidation;
using static Okr.Core.Validation.Tests.Sample;

namespace Okr.Core.Validation.Tests;

public sealed class WeightRuleTests
{
    [Fact]
    public void SharesNotHundred_FixedSharesSummingToHundred_NotReported()
    {
        var failures = Validate(Objective("o1",
            KeyResult("k1") with { Weight = ContributionWeight.FixedShare(60m) },
            KeyResult("k2") with { Weight = ContributionWeight.FixedShare(40m) }));
        AssertNone(failures, OkrErrorCodes.SharesNotHundred);
        AssertNone(failures, OkrErrorCodes.NoShareLeft);
    }

    [Fact]
    public void SharesNotHundred_AllFixedSummingToNinety_ReportedOnTheObjective()
    {
        var failures = Validate(Objective("o1",
            KeyResult("k1") with { Weight = ContributionWeight.FixedShare(60m) },
            KeyResult("k2") with { Weight = ContributionWeight.FixedShare(30m) }));
        AssertOne(failures, OkrErrorCodes.SharesNotHundred, "Objectives[0]", Severity.Error);
    }

    [Fact]
    public void SharesNotHundred_WithinTolerance_NotReported()
    {
        var options = Options with { ShareTolerancePercent = 1m };
        var failures = Validate(
            [Objective("o1", KeyResult("k1") with { Weight = ContributionWeight.FixedShare(66.5m) }, KeyResult("k2") with { Weight = ContributionWeight.FixedShare(33m) })],
            options);
        AssertNone(failures, OkrErrorCodes.SharesNotHundred);
    }

    [Fact]
    public void SharesNotHundred_FixedAboveHundredIncludingChildObjective_Reported()
    {
        var parent = Objective("p", KeyResult("k1") with { Weight = ContributionWeight.FixedShare(70m) });
        var child = Objective("c", KeyResult("k2")) with { Alignment = Alignment.ToObjective("p"), Weight = ContributionWeight.FixedShare(50m) };
        AssertOne(Validate(parent, child), OkrErrorCodes.SharesNotHundred, "Objectives[0]", Severity.Error);
    }

    [Fact]
    public void NoShareLeft_FixedHundredBesideMultiplier_ReportedAsWarning()
    {
        var failures = Validate(Objective("o1",
            KeyResult("k1") with { Weight = ContributionWeight.FixedShare(100m) },
            KeyResult("k2")));
        AssertOne(failures, OkrErrorCodes.NoShareLeft, "Objectives[0]", Severity.Warning);
        AssertNone(failures, OkrErrorCodes.SharesNotHundred);
    }

    [Fact]
    public void NoContributingChild_OneContributing_NotReported() =>
        AssertNone(Validate(Objective("o1", KeyResult("k1"), KeyResult("k2") with { Contributes = false })), OkrErrorCodes.NoContributingChild);

    [Fact]
    public void NoContributingChild_AllOptedOutOrZero_ReportedOnTheObjective()
    {
        var failures = Validate(Objective("o1", KeyResult("k1") with { Contributes = false }, KeyResult("k2") with { Weight = ContributionWeight.Excluded }));
        AssertOne(failures, OkrErrorCodes.NoContributingChild, "Objectives[0]", Severity.Warning);
    }

    [Fact]
    public void NoContributingChild_ActivityWithoutWork_ReportedAtInitiatives()
    {
        var keyResult = KeyResult("k1", new ActivityKind()) with { Initiatives = [Initiative("i1")] };
        AssertOne(Validate(WithKeyResult(keyResult)), OkrErrorCodes.NoContributingChild, "Objectives[0].KeyResults[0].Initiatives", Severity.Warning);
        AssertNone(Validate(WithKeyResult(keyResult with { Initiatives = [Initiative("i1", WorkItem("w1"))] })), OkrErrorCodes.NoContributingChild);
    }

    [Fact]
    public void NoContributingChild_CascadedSumWithoutChildren_ReportedOnTheKeyResult() =>
        AssertOne(Validate(WithKeyResult(KeyResult("sum", new CascadedSumKind(0m, 10m)))), OkrErrorCodes.NoContributingChild, "Objectives[0].KeyResults[0]", Severity.Warning);

    [Fact]
    public void FloorAboveCap_FloorBelowCap_NotReported() =>
        AssertNone(Validate(Objective("o1", KeyResult("k1")) with { Rollup = new RollupSettings { FloorChildrenAt = 0m, CapChildrenAt = 1m } }), OkrErrorCodes.FloorAboveCap);

    [Fact]
    public void FloorAboveCap_FloorAboveCap_ReportedAtFloor() =>
        AssertOne(Validate(Objective("o1", KeyResult("k1")) with { Rollup = new RollupSettings { FloorChildrenAt = 0.8m, CapChildrenAt = 0.5m } }), OkrErrorCodes.FloorAboveCap, "Objectives[0].Rollup.FloorChildrenAt", Severity.Error);
}
