using Okr.Core.Testing;

namespace Okr.Core.Tests.Benchmarks;

public sealed class CompanyPlanGeneratorTests
{
    [Theory]
    [InlineData(20)]
    [InlineData(1_000)]
    [InlineData(1_013)]
    [InlineData(20_000)]
    public void Generate_AnySize_HasExactlyThatManyItemsInTheWorkloadsProportions(int items)
    {
        var plan = CompanyPlanGenerator.Generate(items, 5);

        Assert.Equal(items, plan.ItemCount);
        Assert.Equal(items / 20, plan.Objectives.Length);
        Assert.Equal(3 * (items / 20), plan.KeyResults.Count());
        Assert.Equal(4 * (items / 20), plan.Initiatives.Count());
        Assert.Equal(items - (8 * (items / 20)), plan.WorkItems.Count());
    }

    [Fact]
    public void Generate_SameSeed_GivesEqualPlans()
    {
        Assert.Equal(CompanyPlanGenerator.Generate(3_000, 9), CompanyPlanGenerator.Generate(3_000, 9));
        Assert.NotEqual(CompanyPlanGenerator.Generate(3_000, 9), CompanyPlanGenerator.Generate(3_000, 10));
    }

    [Fact]
    public void Generate_LargePlan_AlignsObjectivesUpToSixLevelsAndMixesKinds()
    {
        var plan = CompanyPlanGenerator.Generate(20_000, 1);
        var parent = plan.Objectives
            .Where(o => o.Alignment.Kind == AlignmentKind.Objective)
            .ToDictionary(o => o.Id, o => o.Alignment.TargetId!);
        int Depth(string id)
        {
            int depth = 1;
            while (parent.TryGetValue(id, out var p))
            {
                (id, depth) = (p, depth + 1);
            }

            return depth;
        }

        Assert.Equal(CompanyPlanGenerator.MaxObjectiveDepth, plan.Objectives.Max(o => Depth(o.Id)));
        Assert.Contains(plan.Objectives, o => o.Alignment.Kind == AlignmentKind.KeyResult);
        Assert.Equal(7, plan.KeyResults.Select(k => k.Kind is LinearKind l ? "linear-" + l.Direction : k.Kind.Discriminator).Distinct().Count());
        Assert.Contains(plan.KeyResults, k => k.CheckIns.Length >= 5);
        Assert.Contains(plan.KeyResults, k => k.CheckIns.Any(c => c.Day > CompanyPlanGenerator.AsOf));
        Assert.Equal(5, plan.WorkItems.Select(w => w.State).Distinct().Count());
    }
}
