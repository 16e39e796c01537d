namespace Okr.Core.Tests.Model;

/// <summary>A work item keeps its rarely set fields (assignee, link, dependencies, last sync, unknown JSON properties)
/// out of line; setting, copying and comparing them behaves as for any other property.</summary>
public class WorkItemTests
{
    private static readonly DateTimeOffset Synced = new(2026, 5, 3, 10, 30, 0, TimeSpan.FromHours(2));

    private static WorkItem Full() => new()
    {
        Id = "t1",
        Title = "Task",
        Assignee = "ana",
        Link = new ExternalLink("jira", "OKR-1"),
        DependsOn = ["t0"],
        LastSyncedAt = Synced,
    };

    [Fact]
    public void With_ChangingOneRareField_LeavesTheOriginalAndTheOtherFields()
    {
        var original = Full();
        var changed = original with { Assignee = "bo", LastSyncedAt = null };

        Assert.Equal("ana", original.Assignee);
        Assert.Equal(Synced, original.LastSyncedAt);
        Assert.Equal(Synced.Offset, original.LastSyncedAt!.Value.Offset);
        Assert.Equal("bo", changed.Assignee);
        Assert.Null(changed.LastSyncedAt);
        Assert.Equal("t0", Assert.Single(changed.DependsOn));
        Assert.Equal(original.Link, changed.Link);
    }

    [Fact]
    public void Equality_RareFieldsSetToTheirDefaults_EqualsAnItemWithoutThem()
    {
        var plain = new WorkItem { Id = "t1", Title = "Task" };
        var explicitDefaults = new WorkItem { Id = "t1", Title = "Task", Assignee = null, Link = null, DependsOn = [], LastSyncedAt = null, UnknownProperties = UnknownProperties.Empty };

        Assert.Equal(plain, explicitDefaults);
        Assert.Equal(plain.GetHashCode(), explicitDefaults.GetHashCode());
        Assert.NotEqual(plain, plain with { DependsOn = ["t0"] });
        Assert.NotEqual(plain, plain with { LastSyncedAt = Synced });
    }

    [Fact]
    public void Equality_SameRareFields_Equal()
    {
        Assert.Equal(Full(), Full());
        Assert.NotEqual(Full(), Full() with { Link = new ExternalLink("jira", "OKR-2") });
    }
}
