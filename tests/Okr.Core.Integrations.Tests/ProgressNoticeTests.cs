namespace Okr.Core.Integrations.Tests;

/// <summary><see cref="ImportResult.ProgressNotice"/>: an import into a key result that work does not move says so.</summary>
public sealed class ProgressNoticeTests
{
    private static ImportResult Result()
    {
        using var input = Fixture.FromText("Summary,Issue key,Status\nA,N-1,Done\n");
        return JiraCsvImporter.Import(input, new JiraImportOptions { KeyResultId = "kr-1" });
    }

    [Fact]
    public void ActivityKeyResult_HasNoNotice() => Assert.Null(Result().ProgressNotice(Fixture.Plan()));

    [Fact]
    public void ReachKeyResult_SaysCheckInsMeasureIt()
    {
        var notice = Result().ProgressNotice(Fixture.Plan(KeyResultKind.Reach(5)));
        Assert.NotNull(notice);
        Assert.Equal(ImportProblemSeverity.Warning, notice.Severity);
        Assert.Equal("kr-1", notice.Key);
        Assert.Equal("kr-1 is measured by check-ins (linear); imported work is shown under it but does not move its progress; an activity key result would.", notice.Reason);
    }

    [Fact]
    public void StickyOverride_OnAnActivityKeyResult_IsNamed()
    {
        var plan = Fixture.Plan();
        var keyResult = plan.FindKeyResult("kr-1")! with
        {
            ProgressOverride = new ProgressOverride(Progress.FromRatio(0.5m), OverrideMode.Sticky, "agreed", "lead", DateTimeOffset.UnixEpoch),
        };
        var notice = Result().ProgressNotice(plan.ReplaceKeyResult(keyResult));
        Assert.Contains("sticky progress override", notice!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKeyResult_Throws()
    {
        var result = Result() with { KeyResultId = "kr-x" };
        Assert.Throws<KeyNotFoundException>(() => result.ProgressNotice(Fixture.Plan()));
    }
}
