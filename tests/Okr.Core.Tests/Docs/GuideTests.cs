using Okr.Core.Scoring;

namespace Okr.Core.Tests.Docs;

public class GuideTests
{
    [Fact]
    public void Model_BuildsTheGuidePlan()
    {
        var plan = GuideSnippets.Model();
        Assert.Equal(7, plan.ItemCount);
        Assert.Equal("company", plan.FindObjective("rd")!.Alignment.TargetId);
    }

    [Fact]
    public void FourAnswers_AreTheNumbersTheGuideStates()
    {
        var scorecard = GuideSnippets.FourAnswers(GuideSnippets.Model());
        var bugs = scorecard["bugs"];
        Assert.Equal(0.5m, bugs.Progress!.Value.Ratio);
        Assert.Equal(0.6m, bugs.Confidence);
        Assert.Equal(0.5m, bugs.Score.Value);
        Assert.Equal(Grade.Yellow, bugs.Score.Grade);
        Assert.Equal(OkrStatus.OnTrack, bugs.Status);
        Assert.Equal(0.5m, scorecard["benchmark"].Progress!.Value.Ratio);
        Assert.Equal(0.5m, scorecard["rd"].Progress!.Value.Ratio);
        Assert.Equal(0.5m, scorecard["company"].Progress!.Value.Ratio);
    }

    [Fact]
    public void Configure_ChangesTheStrategies()
    {
        var plan = GuideSnippets.Configure(GuideSnippets.Model());
        Assert.IsType<MeanRollup>(plan.Scoring.Rollup);
        Assert.Equal(1m, plan.Scoring.DefaultRollup.CapChildrenAt);
    }

    [Fact]
    public void CustomStrategy_IsRegisteredAndApplied()
    {
        var (registry, scorecard) = GuideSnippets.CustomStrategy(GuideSnippets.Model());
        Assert.True(registry.Contains("confidence-weighted"));
        Assert.Equal(0.3m, scorecard["bugs"].Progress!.Value.Ratio);
    }
}
