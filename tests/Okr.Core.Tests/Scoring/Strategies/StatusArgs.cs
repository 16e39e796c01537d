using Okr.Core.Scoring;

namespace Okr.Core.Tests.Scoring.Strategies;

/// <summary>Builds <see cref="StatusArguments"/> for an objective (no key-result kind) for the status strategy tests.</summary>
internal static class StatusArgs
{
    public static StatusChild Child(string id, OkrStatus status, decimal weight = 1m) => new(id, status, null, weight);

    /// <summary>An objective at <paramref name="progress"/> of <paramref name="expected"/> expected, with these children.</summary>
    public static StatusArguments Objective(StatusChild[] children, decimal progress = 0.5m, decimal expected = 0.5m) =>
        new("o", OkrItemKind.Objective, null, Progress.FromRatio(progress), null, Progress.FromRatio(expected), children);

    /// <summary>A key result of <paramref name="kind"/> at <paramref name="progress"/>, without children.</summary>
    public static StatusArguments KeyResult(KeyResultKind kind, decimal progress, decimal? value = null, decimal expected = 0.5m) =>
        new("kr", OkrItemKind.KeyResult, kind, Progress.FromRatio(progress), value, Progress.FromRatio(expected), ReadOnlySpan<StatusChild>.Empty);
}
