using System.Runtime.CompilerServices;
using FluentValidation;
using static Okr.Core.Validation.Tests.Sample;

namespace Okr.Core.Validation.Tests;

public sealed class IdAndReferenceRuleTests
{
    [Fact]
    public void IdMissing_ItemsWithIds_NotReported() => AssertNone(Validate(ValidObjectives()), OkrErrorCodes.IdMissing);

    [Fact]
    public void IdMissing_WorkItemBuiltAroundTheCore_ReportedAtItsId()
    {
        var blank = (WorkItem)RuntimeHelpers.GetUninitializedObject(typeof(WorkItem));
        var objectives = WithKeyResult(KeyResult("k1") with { Initiatives = [Initiative("i1", blank)] });
        var failures = Validate(objectives);
        AssertOne(failures.Where(f => f.PropertyName.EndsWith(".Id", StringComparison.Ordinal)).ToList(), OkrErrorCodes.IdMissing, "Objectives[0].KeyResults[0].Initiatives[0].WorkItems[0].Id", Severity.Error);
    }

    [Fact]
    public void ItemNull_NoNullObjective_NotReported() => AssertNone(Validate(ValidObjectives()), OkrErrorCodes.ItemNull);

    [Fact]
    public void ItemNull_NullObjective_ReportedAtItsIndex()
    {
        var failures = Validate([Objective("o1", KeyResult("k1")), null!]);
        AssertOne(failures, OkrErrorCodes.ItemNull, "Objectives[1]", Severity.Error);
    }

    [Fact]
    public void IdDuplicate_UniqueIds_NotReported() => AssertNone(Validate(ValidObjectives()), OkrErrorCodes.IdDuplicate);

    [Fact]
    public void IdDuplicate_KeyResultReusingObjectiveId_ReportedOnTheSecond()
    {
        var failures = Validate(Objective("o1", KeyResult("k1")), Objective("o2", KeyResult("o1")));
        var failure = AssertOne(failures, OkrErrorCodes.IdDuplicate, "Objectives[1].KeyResults[0].Id", Severity.Error);
        Assert.Contains("'o1'", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("Objectives[0]", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal("o1", ((OkrValidationDetails)failure.CustomState).ItemId);
    }

    [Fact]
    public void ReferenceDangling_ExistingTargets_NotReported() => AssertNone(Validate(ValidObjectives()), OkrErrorCodes.ReferenceDangling);

    [Fact]
    public void ReferenceDangling_AlignmentToMissingObjective_ReportedAtAlignment()
    {
        var failures = Validate(Objective("o1", KeyResult("k1")) with { Alignment = Alignment.ToObjective("nope") });
        var failure = AssertOne(failures, OkrErrorCodes.ReferenceDangling, "Objectives[0].Alignment", Severity.Error);
        Assert.Contains("'nope'", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferenceDangling_AlignmentToKeyResultNamingAnObjective_Reported()
    {
        var failures = Validate(Objective("o1", KeyResult("k1")), Objective("o2", KeyResult("k2")) with { Alignment = Alignment.ToKeyResult("o1") });
        AssertOne(failures, OkrErrorCodes.ReferenceDangling, "Objectives[1].Alignment", Severity.Error);
    }

    [Fact]
    public void ReferenceDangling_MissingDependency_ReportedAtTheDependency()
    {
        var objectives = WithKeyResult(KeyResult("k1") with { Initiatives = [Initiative("i1", WorkItem("w1"), WorkItem("w2", "w1", "ghost"))] });
        AssertOne(Validate(objectives), OkrErrorCodes.ReferenceDangling, "Objectives[0].KeyResults[0].Initiatives[0].WorkItems[1].DependsOn[1]", Severity.Error);
    }

    [Fact]
    public void ReferenceDangling_MissingCascadeParent_ReportedAtParentKeyResultId()
    {
        var objectives = WithKeyResult(KeyResult("k1") with { ParentKeyResultId = "ghost" });
        AssertOne(Validate(objectives), OkrErrorCodes.ReferenceDangling, "Objectives[0].KeyResults[0].ParentKeyResultId", Severity.Error);
    }

    [Fact]
    public void AlignmentCycle_Forest_NotReported() => AssertNone(Validate(ValidObjectives()), OkrErrorCodes.AlignmentCycle);

    [Fact]
    public void AlignmentCycle_TwoObjectivesAlignedToEachOther_NamesTheCycle()
    {
        var failures = Validate(
            Objective("a", KeyResult("ka")) with { Alignment = Alignment.ToObjective("b") },
            Objective("b", KeyResult("kb")) with { Alignment = Alignment.ToObjective("a") });
        var failure = AssertOne(failures, OkrErrorCodes.AlignmentCycle, "Objectives[1].Alignment", Severity.Error);
        Assert.Contains("a -> b -> a", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(["a", "b", "a"], ((OkrValidationDetails)failure.CustomState).RelatedIds.ToArray());
    }

    [Fact]
    public void AlignmentCycle_ObjectiveAlignedToItsOwnKeyResult_Reported()
    {
        var failures = Validate(Objective("a", KeyResult("ka")) with { Alignment = Alignment.ToKeyResult("ka") });
        var failure = Assert.Single(failures, f => f.ErrorCode == OkrErrorCodes.AlignmentCycle);
        Assert.Equal(Severity.Error, failure.Severity);
        Assert.Contains("a -> ka -> a", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AlignmentCycle_SameObjectivesAsCore_CoreRefusesThem()
    {
        Objective[] objectives =
        [
            Objective("a", KeyResult("ka")) with { Alignment = Alignment.ToObjective("b") },
            Objective("b", KeyResult("kb")) with { Alignment = Alignment.ToObjective("a") },
        ];
        var exception = Assert.Throws<InvalidPlanException>(() => new OkrPlan(objectives));
        Assert.Equal(PlanProblem.AlignmentCycle, exception.Problem);
    }

    [Fact]
    public void PeriodOutsideParent_ChildWithinParent_NotReported()
    {
        var parent = Objective("p", KeyResult("kp")) with { Period = Period.Year(2026) };
        AssertNone(Validate(parent, Objective("c", KeyResult("kc")) with { Alignment = Alignment.ToObjective("p") }), OkrErrorCodes.PeriodOutsideParent);
    }

    [Fact]
    public void PeriodOutsideParent_ChildLongerThanParentOfAlignedKeyResult_ReportedAtPeriod()
    {
        var child = Objective("c", KeyResult("kc")) with { Period = Period.Year(2026), Alignment = Alignment.ToKeyResult("kp") };
        AssertOne(Validate(Objective("p", KeyResult("kp")), child), OkrErrorCodes.PeriodOutsideParent, "Objectives[1].Period", Severity.Error);
    }

    [Fact]
    public void OwnerMissing_NotRequired_NotReported()
    {
        AssertNone(Validate(Objective("o1", KeyResult("k1")) with { Owner = null }), OkrErrorCodes.OwnerMissing);
    }

    [Fact]
    public void OwnerMissing_RequiredAndMissingOnKeyResult_Reported()
    {
        var options = Options with { RequireOwners = true };
        AssertNone(Validate(ValidObjectives(), options), OkrErrorCodes.OwnerMissing);
        var failures = Validate(WithKeyResult(KeyResult("k1") with { Owner = " " }), options);
        AssertOne(failures, OkrErrorCodes.OwnerMissing, "Objectives[0].KeyResults[0].Owner", Severity.Error);
    }
}
