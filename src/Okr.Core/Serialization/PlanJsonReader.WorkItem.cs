using System.Text.Json;

namespace Okr.Core.Serialization;

/// <content>Reads a work item.</content>
internal sealed partial class PlanJsonReader
{
    private static readonly JsonNameSet WorkItemShape = JsonNameSet.Of(JsonName.Id, JsonName.Title, JsonName.State, JsonName.PercentComplete, JsonName.Effort, JsonName.Start, JsonName.Due, JsonName.CompletedOn, JsonName.Assignee, JsonName.DependsOn, JsonName.Link, JsonName.LastSyncedAt);

    private WorkItem ReadWorkItem(ref Utf8JsonReader r)
    {
        ExpectObject(ref r);
        Reset(WorkItemLevel);
        var seen = default(JsonNameSet);
        string? id = null, title = null, assignee = null;
        var state = WorkItemState.NotStarted;
        decimal? percent = null, effort = null;
        DateOnly? start = null, due = null, completedOn = null;
        var dependsOn = dependsOnBuffer;
        dependsOn.Clear();
        ExternalLink? link = null;
        DateTimeOffset? synced = null;
        while (NextProperty(ref r, WorkItemShape, ref seen, out var property, out string name))
        {
            switch (property)
            {
                case JsonName.Id: id = ReadId(ref r); break;
                case JsonName.Title: title = ReadString(ref r); break;
                case JsonName.State: state = ReadEnum<WorkItemState>(ref r); break;
                case JsonName.PercentComplete: percent = IsNull(ref r) ? null : ReadDecimal(ref r); break;
                case JsonName.Effort: effort = IsNull(ref r) ? null : ReadDecimal(ref r); break;
                case JsonName.Start: start = IsNull(ref r) ? null : ReadDay(ref r); break;
                case JsonName.Due: due = IsNull(ref r) ? null : ReadDay(ref r); break;
                case JsonName.CompletedOn: completedOn = IsNull(ref r) ? null : ReadDay(ref r); break;
                case JsonName.Assignee: assignee = ReadOptionalString(ref r); break;
                case JsonName.DependsOn:
                    ExpectArray(ref r);
                    for (int i = 0; NextItem(ref r); i++)
                    {
                        path.Push(i);
                        dependsOn.Add(ReadId(ref r));
                        path.Pop();
                    }

                    break;
                case JsonName.Link: link = IsNull(ref r) ? null : ReadLink(ref r, WorkItemLevel); break;
                case JsonName.LastSyncedAt: synced = IsNull(ref r) ? null : ReadInstant(ref r); break;
                default: AddUnknown(ref r, WorkItemLevel, string.Empty, name); break;
            }

            path.Pop();
        }

        Require(id, JsonName.Id);
        Require(title, JsonName.Title);
        return new WorkItem
        {
            Id = id!,
            Title = title!,
            State = state,
            PercentComplete = percent,
            Effort = effort,
            Start = start,
            Due = due,
            CompletedOn = completedOn,
            Assignee = assignee,
            DependsOn = dependsOn.ToImmutable(),
            Link = link,
            LastSyncedAt = synced,
            UnknownProperties = Take(WorkItemLevel),
        };
    }
}
