namespace Okr.Core.Integrations;

/// <summary>Which ClickUp field becomes a task's <see cref="WorkItem.Effort"/>.</summary>
public enum ClickUpEffort
{
    /// <summary>The sprint points (<c>points</c>).</summary>
    Points = 0,

    /// <summary>The time estimate (<c>time_estimate</c>, milliseconds) in hours.</summary>
    TimeEstimateHours = 1,

    /// <summary>No effort: every task weighs the same.</summary>
    None = 2,
}
