using Okr.Core.Scoring;

namespace Okr.Samples.Web.Api;

/// <summary>An explanation as JSON: the item's numbers, the rules used and every child's contribution.</summary>
internal sealed record ExplanationBody(
    string Id, string Kind, DateOnly AsOf, decimal? ProgressPercent, string Status, decimal? Score, string Summary, string ProgressRule, string StatusRule,
    IReadOnlyList<ContributionBody> Contributions)
{
    public static ExplanationBody From(Explanation explanation, DateOnly asOf)
    {
        var s = explanation.Result;
        return new ExplanationBody(
            s.Id, s.ItemKind.ToString(), asOf, s.Progress?.Percent, s.Status.ToString(), s.Score.Value, explanation.Summary, explanation.ProgressRule, explanation.StatusRule,
            [.. explanation.Contributions.Select(c => new ContributionBody(c.ChildId, c.ItemKind.ToString(), c.Progress?.Percent, c.CountedProgress?.Percent, c.Weight, c.Share, c.Counts, c.Note))]);
    }
}

/// <summary>One child's part in an item's progress.</summary>
internal sealed record ContributionBody(string ChildId, string Kind, decimal? ProgressPercent, decimal? CountedProgressPercent, decimal Weight, decimal Share, bool Counts, string? Note);
