namespace Okr.Core.Scoring;

/// <summary>Collects the parts of an explanation while the engine computes one node.</summary>
internal sealed class ExplanationParts
{
    private readonly List<Contribution> contributions = [];

    public string Rule { get; private set; } = string.Empty;

    public string Summary { get; private set; } = string.Empty;

    public string StatusRule { get; private set; } = string.Empty;

    public Progress? ComputedProgress { get; set; }

    public ProgressOverride? Override { get; set; }

    public ImmutableArray<Contribution> Contributions => [.. contributions];

    /// <summary>The ids of the children that were not scored and counted as 0 (<see cref="NotScoredChildRule.CountAsZero"/>), in order.</summary>
    public List<string> CountedAsZero { get; } = [];

    public void Set(string rule, string summary, string statusRule)
    {
        Rule = rule;
        Summary = summary;
        StatusRule = statusRule;
    }

    public void Add(Contribution contribution) => contributions.Add(contribution);

    public void SetShare(string childId, decimal share)
    {
        int i = contributions.FindIndex(c => c.ChildId == childId && c.Counts);
        if (i >= 0)
        {
            contributions[i] = contributions[i] with { Share = share };
        }
    }

    /// <summary>For equal-share roll-ups (an initiative's work items), gives each counting child its share.</summary>
    public void FixShares(int counting)
    {
        for (int i = 0; i < contributions.Count; i++)
        {
            if (contributions[i].Counts)
            {
                contributions[i] = contributions[i] with { Share = counting == 0 ? 0m : 1m / counting };
            }
        }
    }
}
