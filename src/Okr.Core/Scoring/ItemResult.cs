namespace Okr.Core.Scoring;

/// <summary>
/// One item's four answers as of a day, kept apart: progress (how far), status (health), confidence (what the owner
/// believes) and score (the 0..1 grade at close), plus the value behind the progress. "Not scored" is a null
/// <see cref="Progress"/>, never 0.
/// </summary>
public readonly struct ItemResult
{
    internal ItemResult(string id, OkrItemKind itemKind, Progress? progress, decimal? value, Progress? expectedProgress, OkrStatus status, decimal? confidence, ScoreResult score, bool progressOverridden)
    {
        Id = id;
        ItemKind = itemKind;
        Progress = progress;
        Value = value;
        ExpectedProgress = expectedProgress;
        Status = status;
        Confidence = confidence;
        Score = score;
        IsProgressOverridden = progressOverridden;
    }

    /// <summary>The item's id.</summary>
    public string Id { get; }

    /// <summary>The item's kind: objective, key result, initiative or work item.</summary>
    public OkrItemKind ItemKind { get; }

    /// <summary>The progress ratio (may be below 0 or above 1), or null when not scored.</summary>
    public Progress? Progress { get; }

    /// <summary>Whether <see cref="Progress"/> is known.</summary>
    public bool IsScored => Progress.HasValue;

    /// <summary>For key results, the current value; for objectives with a scale, the projected value; otherwise null.</summary>
    public decimal? Value { get; }

    /// <summary>The progress expected as of the day (linear over the period, or phased), or null where pace does not apply.</summary>
    public Progress? ExpectedProgress { get; }

    /// <summary>
    /// The value expected as of the day: <see cref="ExpectedProgress"/> projected onto the item's scale, start +
    /// expected × (target - start), so a dashboard can print "expected 10 of 31 by today". Set for linear and
    /// cascaded-sum key results, percentages (0 to 100), activity key results counting done items (0 to the target
    /// count) and objectives with a <see cref="Objective.Scale"/>; null for the other kinds, which have no value scale
    /// towards a target, and wherever the expected progress is null.
    /// </summary>
    public decimal? ExpectedValue { get; internal init; }

    /// <summary>The status.</summary>
    public OkrStatus Status { get; }

    /// <summary>The confidence, 0 to 1: the latest check-in's for key results, the weighted mean of the children's
    /// for objectives; null when nobody gave one.</summary>
    public decimal? Confidence { get; }

    /// <summary>The score with its grade, expectation and any override.</summary>
    public ScoreResult Score { get; }

    /// <summary>Whether <see cref="Progress"/> comes from a manual override.</summary>
    public bool IsProgressOverridden { get; }

    /// <summary>A one-line summary, for example <c>kr-1 KeyResult 50% OnTrack</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{Id} {ItemKind} {Progress?.ToString() ?? "not scored"} {Status}";
}
