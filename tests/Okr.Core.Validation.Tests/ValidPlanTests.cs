namespace Okr.Core.Validation.Tests;

public sealed class ValidPlanTests
{
    [Fact]
    public void Validate_ValidObjectives_ReportsNothing()
    {
        Assert.Empty(Sample.Validate(Sample.ValidObjectives()));
    }

    [Fact]
    public void Validate_ValidPlan_ReportsNothing()
    {
        Assert.Empty(Sample.ValidatePlan(new OkrPlan(Sample.ValidObjectives())));
    }

    [Fact]
    public void Validate_EmptyPlan_ReportsNothing()
    {
        Assert.True(new OkrPlanValidator().Validate(OkrPlan.Empty).IsValid);
    }
}
