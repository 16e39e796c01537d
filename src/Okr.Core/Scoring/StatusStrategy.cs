namespace Okr.Core.Scoring;

/// <summary>
/// Decides the status of an item that is open, scored and started. The engine decides the other cases first,
/// in this order: <see cref="OkrStatus.Closed"/> (the objective is closed), a status the owner reported with the
/// latest check-in, <see cref="OkrStatus.NotScored"/> (no progress), <see cref="OkrStatus.NotStarted"/> (no check-in
/// or work yet), <see cref="OkrStatus.Achieved"/> (progress of at least 1 on a kind with an end target).
/// </summary>
/// <remarks>Implementations must be immutable and pure.</remarks>
public abstract class StatusStrategy : ScoringStrategy
{
    /// <summary>Initialises the strategy.</summary>
    /// <param name="name">The name it is registered under.</param>
    /// <param name="options">The options it was created with; null for none.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    protected StatusStrategy(string name, StrategyOptions? options = null)
        : base(name, options)
    {
    }

    /// <summary>Decides the status.</summary>
    /// <param name="arguments">The item, its progress, expected progress and children.</param>
    /// <returns>The status and the rule that gave it.</returns>
    public abstract StatusResult Evaluate(in StatusArguments arguments);

    /// <summary>The status alone, as <see cref="Evaluate"/> gives it: the scoring engine's path when no explanation
    /// is asked for. Built-in strategies override it to skip formatting the rule.</summary>
    internal virtual OkrStatus EvaluateStatus(in StatusArguments arguments) => Evaluate(arguments).Status;
}
