using Okr.Core.Scoring;
using Okr.Samples.Cli.Analysis;
using Okr.Samples.Cli.Plans;

namespace Okr.Samples.Cli.Tests.Analysis;

public sealed class WhatIfTests
{
    [Fact]
    public void Compute_PersonalKeyResult_WalksUpThreeLevelsOfAlignment()
    {
        var rows = WhatIf.Compute(ExamplePlan.Build(), "kr-review-checklist", 100m, ExamplePlan.AsOf);

        Assert.Equal(["kr-review-checklist", "obj-review", "kr-bugs", "obj-ai-python", "obj-company"], rows.Select(r => r.Id));
        Assert.Equal(1m, rows[0].After.Progress!.Value.Ratio);
        Assert.Equal(OkrItemKind.Objective, rows[1].Kind);
    }

    [Fact]
    public void Compute_DoesNotChangeThePlan()
    {
        var plan = ExamplePlan.Build();

        WhatIf.Compute(plan, "kr-bugs", 2m, ExamplePlan.AsOf);

        Assert.Equal(ExamplePlan.Build(), plan);
    }

    [Fact]
    public void Compute_AfterEqualsAFullScoreWithTheCheckIn()
    {
        var plan = ExamplePlan.Build();

        var rows = WhatIf.Compute(plan, "kr-costs", 70m, ExamplePlan.AsOf);

        var full = OkrScorer.Score(WhatIf.WithValue(plan, "kr-costs", 70m, ExamplePlan.AsOf), ExamplePlan.AsOf);
        Assert.All(rows, r => Assert.Equal(full[r.Id].Progress, r.After.Progress));
    }
}
