namespace Okr.Core;

/// <summary>
/// Thrown when a plan cannot be built: duplicate ids, dangling references or alignment cycles. The message and
/// <see cref="ItemIds"/> name the items involved; for a cycle, in order along the cycle, the first repeated at the end.
/// </summary>
public sealed class InvalidPlanException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What is wrong.</param>
    /// <param name="itemIds">The items involved.</param>
    /// <param name="message">The message.</param>
    public InvalidPlanException(PlanProblem problem, IEnumerable<string> itemIds, string message)
        : base(message)
    {
        Problem = problem;
        ItemIds = itemIds?.ToImmutableArray() ?? ImmutableArray<string>.Empty;
    }

    /// <summary>What is wrong.</summary>
    public PlanProblem Problem { get; }

    /// <summary>The ids of the items involved.</summary>
    public ImmutableArray<string> ItemIds { get; }
}
