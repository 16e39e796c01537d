namespace Okr.Core.Integrations;

/// <summary>Turns read Jira issues into initiatives (epics) and tasks. Climbs parents iteratively, guarding against cycles.</summary>
internal static class JiraIssueGrouper
{
    public static ImportResult Build(List<JiraIssue> issues, JiraImportOptions options, ImportCollector collector)
    {
        var byKey = new Dictionary<string, JiraIssue>(StringComparer.Ordinal);
        var keyById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var issue in issues)
        {
            byKey.TryAdd(issue.Key, issue);
            if (issue.Id is { } id)
            {
                keyById.TryAdd(id, issue.Key);
            }
        }

        bool byParent = options.Grouping == InitiativeGrouping.ByParent;
        bool IsEpic(JiraIssue i) => byParent && i.IssueType is { } t && options.EpicIssueTypes.Contains(t, StringComparer.OrdinalIgnoreCase);
        string? ParentOf(JiraIssue i) => i.ParentKey ?? (i.ParentId is { } pid && keyById.TryGetValue(pid, out var k) ? k : null);

        foreach (var issue in issues)
        {
            if (IsEpic(issue))
            {
                collector.DefineGroup(issue.Key, issue.Summary, issue.Item.Link, issue.Item.Start, issue.Item.Due);
                continue;
            }

            string? groupKey = null;
            string? groupTitle = null;
            if (byParent)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal) { issue.Key };
                var current = issue;
                string? parent = ParentOf(issue);
                while (parent is not null && seen.Add(parent))
                {
                    if (!byKey.TryGetValue(parent, out var parentIssue))
                    {
                        groupKey = parent;
                        groupTitle = current.ParentSummary ?? parent;
                        break;
                    }

                    if (IsEpic(parentIssue))
                    {
                        groupKey = parent;
                        groupTitle = parentIssue.Summary;
                        break;
                    }

                    current = parentIssue;
                    parent = ParentOf(parentIssue);
                }
            }

            collector.AddItem(issue.Location, issue.Key, groupKey, groupTitle, issue.Item, issue.BlockedBy);
        }

        return collector.Build();
    }
}
