namespace Okr.Core.Integrations;

/// <summary>
/// The one place a Jira resolution refines a resolved issue's state, for the CSV and JSON importers alike: a status that
/// maps to done or cancelled means "resolved", and the resolution says which (<c>Done</c> is done work, <c>Won't Do</c>
/// or <c>Duplicate</c> is not). A resolution on an issue whose status is still open is reported and ignored.
/// </summary>
internal static class JiraResolution
{
    public static WorkItemState Apply(string? resolution, WorkItemState state, JiraImportOptions options, ImportCollector collector, string location, string key)
    {
        if (resolution is null || resolution.Equals("Unresolved", StringComparison.OrdinalIgnoreCase))
        {
            return state;
        }

        if (state is not (WorkItemState.Done or WorkItemState.Cancelled))
        {
            collector.Warn(location, key, $"The resolution '{resolution}' is set but the status is {state}; the status decides.");
            return state;
        }

        if (Find(options.Resolutions, resolution.Trim()) is { } mapped)
        {
            collector.CountResolution(resolution.Trim(), mapped, isKnown: true);
            return mapped;
        }

        collector.Warn(location, key, $"Unknown resolution '{resolution}'; the issue stays {state} (name it in {nameof(JiraImportOptions)}.{nameof(JiraImportOptions.Resolutions)}).");
        collector.CountResolution(resolution.Trim(), state, isKnown: false);
        return state;
    }

    /// <summary>The state for a resolution, compared case-insensitively even in a dictionary built with another comparer.</summary>
    private static WorkItemState? Find(ImmutableDictionary<string, WorkItemState> resolutions, string resolution)
    {
        if (resolutions.TryGetValue(resolution, out var state))
        {
            return state;
        }

        foreach (var (name, mapped) in resolutions)
        {
            if (string.Equals(name?.Trim(), resolution, StringComparison.OrdinalIgnoreCase))
            {
                return mapped;
            }
        }

        return null;
    }
}
