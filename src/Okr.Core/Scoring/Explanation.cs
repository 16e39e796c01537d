namespace Okr.Core.Scoring;

/// <summary>Why an item has its numbers: the rule used, each child with its weight and value, overrides and the status rule.</summary>
public sealed class Explanation
{
    internal Explanation(ItemResult result, string progressRule, string summary, ImmutableArray<Contribution> contributions, Progress? computedProgress, ProgressOverride? progressOverride, string statusRule)
    {
        Result = result;
        ProgressRule = progressRule;
        Summary = summary;
        Contributions = contributions;
        ComputedProgress = computedProgress;
        ProgressOverride = progressOverride;
        StatusRule = statusRule;
    }

    /// <summary>The item's numbers.</summary>
    public ItemResult Result { get; }

    /// <summary>The name of the strategy or rule that gave the progress, for example <c>weighted-mean</c> or <c>standard</c>.</summary>
    public string ProgressRule { get; }

    /// <summary>A sentence with the formula and numbers used.</summary>
    public string Summary { get; }

    /// <summary>Each child with its progress, weight, share and whether it counts; empty for leaf items.</summary>
    public ImmutableArray<Contribution> Contributions { get; }

    /// <summary>The progress computed before any manual override; null when not scored.</summary>
    public Progress? ComputedProgress { get; }

    /// <summary>The manual progress override in force, or null.</summary>
    public ProgressOverride? ProgressOverride { get; }

    /// <summary>How the status was decided.</summary>
    public string StatusRule { get; }

    /// <summary>The explanation as several lines of culture-invariant text.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Result.Id} ({Result.ItemKind}): progress {Result.Progress?.ToString() ?? "not scored"}, status {Result.Status}");
        if (Result.Score.Value is { } s)
        {
            text.Append(CultureInfo.InvariantCulture, $", score {s:0.##} ({Result.Score.Grade})");
        }

        text.AppendLine();
        text.Append("  rule: ").AppendLine(Summary);
        foreach (var c in Contributions)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {c.ChildId} ({c.ItemKind}): {c.Progress?.ToString() ?? "not scored"}");
            if (c.Counts)
            {
                text.Append(CultureInfo.InvariantCulture, $", weight {c.Weight:0.####}, share {c.Share * 100m:0.##}%");
            }

            if (c.Note is not null)
            {
                text.Append(" [").Append(c.Note).Append(']');
            }

            text.AppendLine();
        }

        if (ProgressOverride is { } o)
        {
            text.Append(CultureInfo.InvariantCulture, $"  override ({o.Mode}) by {o.Author}: {o.Progress} instead of {ComputedProgress?.ToString() ?? "not scored"} because {o.Reason}").AppendLine();
        }

        if (Result.Score.Override is { } so)
        {
            text.Append(CultureInfo.InvariantCulture, $"  score recorded by {so.Author}: {so.Score:0.##} instead of {Result.Score.Computed:0.##} because {so.Reason}").AppendLine();
        }

        text.Append("  status: ").Append(StatusRule);
        return text.ToString();
    }
}
