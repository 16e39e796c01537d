namespace Okr.Core.Integrations;

/// <summary>How one Jira resolution was read by an import: the state it gave the resolved issues that carry it, and how many.</summary>
/// <param name="Resolution">The resolution as Jira wrote it (<c>Done</c>, <c>Won't Do</c>, <c>Duplicate</c>, <c>Cannot Reproduce</c>…).</param>
/// <param name="State">The state those issues got: <see cref="WorkItemState.Done"/> (counts as done work) or
/// <see cref="WorkItemState.Cancelled"/> (does not count), or whatever <see cref="JiraImportOptions.Resolutions"/> says.</param>
/// <param name="Issues">How many imported issues carry it.</param>
/// <param name="IsKnown">Whether <see cref="JiraImportOptions.Resolutions"/> names it; an unknown resolution keeps the
/// status's state (and each issue gets a warning).</param>
public sealed record MappedResolution(string Resolution, WorkItemState State, int Issues, bool IsKnown)
{
    /// <summary>The mapping as one line: <c>Won't Do -> Cancelled (3 issues)</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Resolution} -> {State} ({Issues} issue{(Issues == 1 ? "" : "s")}{(IsKnown ? "" : ", unknown resolution")})");
}
