using Okr.Core.Sync;
using Okr.Core.Scoring;
using static Okr.Core.Tests.Sync.SyncPlans;

namespace Okr.Core.Tests.Sync;

public sealed class PlanSyncTests
{
    [Fact]
    public void Apply_DoneStatus_MarksItemDoneAndRecordsChange()
    {
        var result = PlanSync.Apply(Plan(), [Update(1, "Done", T0, "done")]);

        var item = result.Plan.FindWorkItem("wi-1")!;
        Assert.Equal(WorkItemState.Done, item.State);
        Assert.Equal(new DateOnly(2026, 4, 10), item.CompletedOn);
        Assert.Equal(T0, item.LastSyncedAt);
        var change = Assert.Single(result.Report.Changes);
        Assert.Equal("wi-1", change.WorkItemId);
        Assert.Contains("State", change.Fields);
        Assert.Equal(1, result.Report.Applied);
    }

    [Fact]
    public void Apply_ActivityKeyResult_GainsIntegrationCheckInWithDoneCount()
    {
        var result = PlanSync.Apply(Plan(), [Update(1, "Done", T0), Update(2, "Done", T0.AddHours(1)), Update(3, "In Progress", T0)]);

        var checkIn = Assert.Single(result.Plan.FindKeyResult("kr-1")!.CheckIns);
        Assert.Equal(CheckInSource.Integration, checkIn.Source);
        Assert.Equal(2m, checkIn.Value);
        Assert.Equal(T0.AddHours(1), checkIn.At);
        Assert.Single(result.Report.CheckIns);
    }

    [Fact]
    public void Apply_NonActivityKeyResult_GainsNoCheckIn()
    {
        var result = PlanSync.Apply(Plan(kind: new PercentageKind()), [Update(1, "Done", T0)]);
        Assert.Empty(result.Plan.FindKeyResult("kr-1")!.CheckIns);
        Assert.Empty(result.Report.CheckIns);
    }

    [Fact]
    public void Apply_SameBatchTwice_SecondChangesNothing()
    {
        var batch = new[] { Update(1, "Done", T0), Update(2, "In Progress", T0) };
        var first = PlanSync.Apply(Plan(), batch);
        var second = PlanSync.Apply(first.Plan, batch);

        Assert.Same(first.Plan, second.Plan);
        Assert.False(second.Report.HasChanges);
        Assert.All(second.Report.Skipped, s => Assert.Equal(SkipReason.AlreadyApplied, s.Reason));
        Assert.Equal(2, second.Report.Skipped.Length);
    }

    [Fact]
    public void Apply_OlderUpdateAfterNewer_IsSkippedAsStale()
    {
        var newer = PlanSync.Apply(Plan(), [Update(1, "Done", T0)]);
        var older = PlanSync.Apply(newer.Plan, [Update(1, "To Do", T0.AddMinutes(-5))]);

        Assert.Equal(WorkItemState.Done, older.Plan.FindWorkItem("wi-1")!.State);
        Assert.Equal(SkipReason.Stale, Assert.Single(older.Report.Skipped).Reason);
    }

    [Fact]
    public void Apply_TwoUpdatesForOneItemInOneBatch_NewestWinsWhateverTheOrder()
    {
        var result = PlanSync.Apply(Plan(), [Update(1, "Done", T0.AddHours(2)), Update(1, "In Progress", T0)]);

        var item = result.Plan.FindWorkItem("wi-1")!;
        Assert.Equal(WorkItemState.Done, item.State);
        Assert.Equal(T0.AddHours(2), item.LastSyncedAt);
    }

    [Fact]
    public void Apply_UnknownKey_IsReportedNotDropped()
    {
        var result = PlanSync.Apply(Plan(), [Update(99, "Done", T0)]);

        var skipped = Assert.Single(result.Report.Skipped);
        Assert.Equal(SkipReason.UnknownKey, skipped.Reason);
        Assert.Contains("PROJ-99", skipped.Message, StringComparison.Ordinal);
        Assert.False(result.Report.HasChanges);
    }

    [Fact]
    public void Apply_UnknownStatus_KeepsStateAndIsReported()
    {
        var plan = PlanSync.Apply(Plan(), [Update(1, "In Progress", T0)]).Plan;
        var result = PlanSync.Apply(plan, [Update(1, "Waiting for vendor", T0.AddDays(1))]);

        Assert.Equal(WorkItemState.InProgress, result.Plan.FindWorkItem("wi-1")!.State);
        var unknown = Assert.Single(result.Report.UnknownStatuses);
        Assert.Equal("Waiting for vendor", unknown.Status.Name);
        Assert.Equal("jira", unknown.Mapping);
    }

    [Fact]
    public void Apply_KeyMatchingWorkItemId_UpdatesThatItem()
    {
        var result = PlanSync.Apply(Plan(), [new ExternalUpdate { Key = "wi-2", At = T0, State = WorkItemState.Blocked, Assignee = "ana" }]);
        var item = result.Plan.FindWorkItem("wi-2")!;
        Assert.Equal(WorkItemState.Blocked, item.State);
        Assert.Equal("ana", item.Assignee);
    }

    [Fact]
    public void Apply_SystemMismatch_IsUnknownKey()
    {
        var update = Update(1, "Done", T0) with { System = "asana" };
        Assert.Equal(SkipReason.UnknownKey, Assert.Single(PlanSync.Apply(Plan(), [update]).Report.Skipped).Reason);
    }

    [Fact]
    public void Apply_ReopenedItem_ClearsCompletionDay()
    {
        var done = PlanSync.Apply(Plan(), [Update(1, "Done", T0)]).Plan;
        var reopened = PlanSync.Apply(done, [Update(1, "Reopened", T0.AddDays(2))]).Plan;
        Assert.Equal(WorkItemState.NotStarted, reopened.FindWorkItem("wi-1")!.State);
        Assert.Null(reopened.FindWorkItem("wi-1")!.CompletedOn);
    }

    [Fact]
    public void Apply_ScorerSeesTheSyncedProgress()
    {
        var plan = PlanSync.Apply(Plan(), [Update(1, "Done", T0), Update(2, "Done", T0)]).Plan;
        var score = OkrScorer.Score(plan, new DateOnly(2026, 4, 30))["kr-1"];
        Assert.Equal(Progress.FromRatio(0.5m), score.Progress);
    }

    [Fact]
    public void Apply_NullUpdate_Throws() =>
        Assert.Throws<ArgumentException>(() => PlanSync.Apply(Plan(), [null!]));

    [Fact]
    public void ExternalUpdate_PercentOutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExternalUpdate { Key = "k", At = T0, PercentComplete = 101m });
}
