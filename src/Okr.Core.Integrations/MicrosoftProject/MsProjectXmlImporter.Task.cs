using System.Xml.Linq;

namespace Okr.Core.Integrations;

/// <content>Reads one MSPDI <c>Task</c> element: a summary task (a group, or structure) or a work item.</content>
public static partial class MsProjectXmlImporter
{
    private static void ReadTask(XElement task, string location, DateTimeOffset? lastSaved, MsProjectImportOptions options, DateReader dates,
        ImportCollector collector, List<(int Level, string Uid, bool Summary)> outline, Dictionary<string, string> summaries,
        Dictionary<string, List<string>> summaryLinks)
    {
        collector.RowRead();
        string? uid = ChildText(task, "UID");
        if (uid is null || !int.TryParse(uid, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            collector.Skip(location, uid, uid is null ? "The task has no <UID>." : $"The <UID> '{uid}' is not an integer.");
            return;
        }

        var fields = new TaskFields(task, location, uid, options, dates, collector);
        int level = int.TryParse(fields.Child("OutlineLevel"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int l) && l >= 0 ? l : 1;
        bool isSummary = fields.Child("Summary") == "1";
        while (outline.Count > 0 && outline[^1].Level >= level)
        {
            outline.RemoveAt(outline.Count - 1);
        }

        if (fields.Child("IsNull") == "1")
        {
            collector.Skip(location, uid, "The task is a blank row (<IsNull>1</IsNull>).");
            return;
        }

        if (level == 0 || uid == "0")
        {
            collector.Structure();
            return;
        }

        string name = fields.Child("Name") ?? $"Task {uid}";
        var predecessors = PredecessorsOf(task);
        string? groupKey = outline.Count > 0 && outline[0].Level == 1 && outline[0].Summary ? outline[0].Uid : null;
        if (isSummary)
        {
            if (level == 1 && options.Grouping == InitiativeGrouping.ByParent)
            {
                collector.DefineGroup(uid, name, new ExternalLink("msproject", uid), fields.Day("Start"), fields.Day("Finish"));
            }
            else
            {
                collector.Structure();
            }

            summaries[uid] = name;
            summaryLinks[uid] = predecessors;
            outline.Add((level, uid, true));
            return;
        }

        outline.Add((level, uid, false));
        if (fields.Child("Milestone") == "1" && !options.IncludeMilestones)
        {
            collector.Skip(location, uid, "The task is a milestone and milestones are not imported.");
            return;
        }

        var item = ReadWorkItem(fields, name, lastSaved);
        InheritSummaryLinks(outline, summaryLinks, predecessors);
        if (collector.AddItem(location, uid, groupKey, groupKey is null ? null : summaries.GetValueOrDefault(groupKey), item, predecessors))
        {
            foreach (var (_, ancestor, summary) in outline)
            {
                if (summary)
                {
                    collector.Alias(ancestor, uid);
                }
            }
        }
    }

    /// <summary>A leaf task as a work item: state from its percent complete (through the status mapping), days, link.</summary>
    private static WorkItem ReadWorkItem(TaskFields fields, string name, DateTimeOffset? lastSaved)
    {
        var collector = fields.Collector;
        decimal? percent = null;
        if (fields.Child("PercentComplete") is { } pcText)
        {
            if (decimal.TryParse(pcText, NumberStyles.Float, CultureInfo.InvariantCulture, out var pc) && pc >= 0m && pc <= 100m)
            {
                percent = pc;
            }
            else
            {
                collector.Warn(fields.Location, fields.Uid, $"<PercentComplete> '{pcText}' is not a number from 0 to 100; ignored.");
            }
        }

        var mapped = collector.MapStatus(new ExternalStatus(PercentComplete: percent), fields.Location, fields.Uid);
        var state = mapped.State ?? WorkItemState.NotStarted;
        return new WorkItem
        {
            Id = collector.Prefix + fields.Uid,
            Title = name,
            State = state,
            PercentComplete = percent,
            Start = fields.Day("Start"),
            Due = fields.Day("Finish"),
            CompletedOn = state == WorkItemState.Done ? fields.Day("ActualFinish") ?? fields.Day("Finish") : null,
            Link = new ExternalLink("msproject", fields.Uid),
            LastSyncedAt = lastSaved,
        };
    }

    private static List<string> PredecessorsOf(XElement task)
    {
        XNamespace ns = task.Name.Namespace;
        var predecessors = new List<string>();
        foreach (var link in task.Elements(ns + "PredecessorLink"))
        {
            if (link.Element(ns + "PredecessorUID")?.Value.Trim() is { Length: > 0 } predecessor)
            {
                predecessors.Add(predecessor);
            }
        }

        return predecessors;
    }

    /// <summary>A summary task's own links hold for every task below it.</summary>
    private static void InheritSummaryLinks(List<(int Level, string Uid, bool Summary)> outline, Dictionary<string, List<string>> summaryLinks, List<string> predecessors)
    {
        foreach (var (_, ancestor, summary) in outline)
        {
            if (summary && summaryLinks.TryGetValue(ancestor, out var inherited))
            {
                predecessors.AddRange(inherited);
            }
        }
    }

    /// <summary>A child element's trimmed text, or null when it is missing or blank.</summary>
    private static string? ChildText(XElement task, string name) =>
        task.Element(task.Name.Namespace + name)?.Value.Trim() is { Length: > 0 } v ? v : null;

    /// <summary>The fields of one task, read as text, moments and days (a day equal to a "no date" sentinel is none).</summary>
    private readonly record struct TaskFields(XElement Task, string Location, string Uid, MsProjectImportOptions Options, DateReader Dates, ImportCollector Collector)
    {
        public string? Child(string name) => ChildText(Task, name);

        public DateTimeOffset? Moment(string element) => Child(element) is { } text
            ? Dates.Moment(text, element, Collector, Location, Uid) is { } m && !Options.NoDateSentinels.Contains(m.DateTime) ? m : null
            : null;

        public DateOnly? Day(string element) => Moment(element) is { } m ? DateOnly.FromDateTime(m.DateTime) : null;
    }
}
