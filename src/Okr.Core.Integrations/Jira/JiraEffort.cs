namespace Okr.Core.Integrations;

/// <summary>Which Jira field becomes a task's <see cref="WorkItem.Effort"/>.</summary>
public enum JiraEffort
{
    /// <summary>Story points.</summary>
    StoryPoints = 0,

    /// <summary>The original estimate, in hours.</summary>
    OriginalEstimateHours = 1,

    /// <summary>No effort.</summary>
    None = 2,
}
