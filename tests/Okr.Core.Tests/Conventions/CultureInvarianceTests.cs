using Okr.Core.Scoring;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Conventions;

/// <summary>Formatting and parsing do not depend on the current culture.</summary>
public class CultureInvarianceTests
{
    private static string Render(OkrPlan plan)
    {
        var scorecard = OkrScorer.Score(plan, new DateOnly(2026, 5, 20));
        var text = new System.Text.StringBuilder();
        text.AppendLine(OkrJson.Serialize(plan));
        text.AppendLine(OkrJson.Serialize(scorecard));
        foreach (var item in scorecard.Items)
        {
            text.AppendLine(item.ToString()).AppendLine(scorecard.Explain(item.Id).ToString());
        }

        return text.ToString();
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public void JsonExplanationsAndText_AreTheSameInEveryCulture(string culture)
    {
        var plan = new PlanSpec(20261125, 8).Build();
        var original = CultureInfo.CurrentCulture;
        string invariant;
        string local;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            invariant = Render(plan);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            local = Render(plan);
            Assert.Equal(plan, OkrJson.Deserialize(OkrJson.Serialize(plan)));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        Assert.Equal(invariant, local);
    }
}
