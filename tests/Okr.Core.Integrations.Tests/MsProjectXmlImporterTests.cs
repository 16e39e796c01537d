namespace Okr.Core.Integrations.Tests;

public sealed class MsProjectXmlImporterTests
{
    private static ImportResult Relaunch(MsProjectImportOptions? options = null)
    {
        using var file = Fixture.Open("mspdi-relaunch.xml");
        return MsProjectXmlImporter.Import(file, options ?? new MsProjectImportOptions { KeyResultId = "kr-1" });
    }

    [Fact]
    public void Import_Outline_SummaryTasksAtLevelOneBecomeInitiatives()
    {
        var result = Relaunch();
        Assert.Equal(["msproject:1", "msproject:4", "kr-1/msproject"], result.Initiatives.Select(i => i.Id).ToArray());
        Assert.Equal(["Wireframes & flows", "Visual design"], result.Initiatives[0].WorkItems.Select(w => w.Title).ToArray());
        Assert.Equal(["Home page", "Go live"], result.Initiatives[1].WorkItems.Select(w => w.Title).ToArray());
        Assert.Equal(new DateOnly(2026, 4, 8), result.Initiatives[0].Due);
    }

    [Fact]
    public void Import_Report_CountsEveryTaskElement()
    {
        var report = Relaunch().Report;
        Assert.Equal(11, report.RowsRead);
        Assert.Equal(5, report.Imported);
        Assert.Equal(4, report.Structural);
        Assert.Equal(2, report.Skipped);
        Assert.Contains(report.Problems, p => p.Location == "/Project/Tasks/Task[9]" && p.Reason.Contains("IsNull", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Location == "/Project/Tasks/Task[10]" && p.Reason.Contains("UID", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Key == "10" && p.Reason.Contains("abc", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Key == "7" && p.Reason.Contains("'42'", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_PercentComplete_GivesStateAndCompletionDay()
    {
        var items = Relaunch().WorkItems.ToDictionary(w => w.Link!.Key);
        Assert.Equal(WorkItemState.Done, items["2"].State);
        Assert.Equal(new DateOnly(2026, 4, 3), items["2"].CompletedOn);
        Assert.Equal(WorkItemState.InProgress, items["3"].State);
        Assert.Equal(40m, items["3"].PercentComplete);
        Assert.Equal(new DateTimeOffset(2026, 3, 15, 18, 0, 0, TimeSpan.Zero), items["3"].LastSyncedAt);
    }

    [Fact]
    public void Import_SentinelDates_AreNull()
    {
        var retro = Relaunch().WorkItems.Single(w => w.Link!.Key == "10");
        Assert.Null(retro.Start);
        Assert.Null(retro.Due);
    }

    [Fact]
    public void Import_LinkToSummaryTask_StandsForItsLeaves()
    {
        var items = Relaunch().WorkItems.ToDictionary(w => w.Link!.Key);
        Assert.Equal(["msproject:2", "msproject:3"], items["6"].DependsOn.ToArray());
        Assert.Equal(["msproject:2"], items["3"].DependsOn.ToArray());
        Assert.Equal(["msproject:6"], items["7"].DependsOn.ToArray());
    }

    [Fact]
    public void Import_AttachedToPlan_IsAValidPlan()
    {
        var plan = Relaunch().AttachTo(Fixture.Plan());
        Assert.Equal(5, plan.WorkItems.Count());
    }

    [Fact]
    public void Import_Dtd_IsRefused()
    {
        using var file = Fixture.Open("mspdi-external-entity.xml");
        var ex = Assert.Throws<ImportFormatException>(() => MsProjectXmlImporter.Import(file, new MsProjectImportOptions { KeyResultId = "kr-1" }));
        Assert.Contains("DTD", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Import_WrongRoot_Throws()
    {
        using var input = Fixture.FromText("<Workbook/>");
        Assert.Throws<ImportFormatException>(() => MsProjectXmlImporter.Import(input, new MsProjectImportOptions { KeyResultId = "kr-1" }));
    }

    [Fact]
    public void Import_MalformedXml_ThrowsWithElementPath()
    {
        using var input = Fixture.FromText("<Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks><Task><UID>1</UID></Task><Task><UID>2</Tasks></Project>");
        var ex = Assert.Throws<ImportFormatException>(() => MsProjectXmlImporter.Import(input, new MsProjectImportOptions { KeyResultId = "kr-1" }));
        Assert.Equal("/Project/Tasks/Task[2]", ex.Location);
    }
}
