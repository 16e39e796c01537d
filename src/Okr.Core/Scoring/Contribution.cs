namespace Okr.Core.Scoring;

/// <summary>One child's part in its parent's number, for explanations.</summary>
/// <param name="ChildId">The child's id.</param>
/// <param name="ItemKind">The child's kind.</param>
/// <param name="Progress">The child's own progress, or null when not scored.</param>
/// <param name="CountedProgress">The progress counted after capping or flooring, or null when the child does not count.</param>
/// <param name="Weight">The child's effective weight (multiplier, or resolved share as a ratio).</param>
/// <param name="Share">The child's share of the parent's result, 0 to 1; 0 when it does not count.</param>
/// <param name="Counts">Whether the child counts in the roll-up.</param>
/// <param name="Note">Why it does not count, or how it was adjusted; null when it counts as is.</param>
public sealed record Contribution(string ChildId, OkrItemKind ItemKind, Progress? Progress, Progress? CountedProgress, decimal Weight, decimal Share, bool Counts, string? Note);
