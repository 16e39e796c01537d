using System.Text.Json;

namespace Okr.Core.Serialization;

/// <content>Writes an initiative and its work items.</content>
internal static partial class PlanJsonWriter
{
    private static void WriteInitiative(Utf8JsonWriter w, Initiative i)
    {
        var u = i.UnknownProperties;
        w.WriteStartObject();
        w.WriteString(JsonName.Id.Utf8, i.Id);
        w.WriteString(JsonName.Title.Utf8, i.Title);
        WriteOptionalString(w, JsonName.Owner.Utf8, i.Owner);
        WriteOptionalDay(w, JsonName.Start.Utf8, i.Start);
        WriteOptionalDay(w, JsonName.Due.Utf8, i.Due);
        WriteWeight(w, i.Weight, u);
        WriteContributes(w, i.Contributes);
        if (i.PercentComplete is { } percent)
        {
            w.WriteNumber(JsonName.PercentComplete.Utf8, percent);
        }

        WriteLink(w, i.Link, u);
        if (!i.WorkItems.IsEmpty)
        {
            w.WriteStartArray(JsonName.WorkItems.Utf8);
            foreach (var workItem in i.WorkItems)
            {
                WriteWorkItem(w, workItem);
            }

            w.WriteEndArray();
        }

        WriteUnknown(w, u, string.Empty);
        w.WriteEndObject();
    }

    private static void WriteWorkItem(Utf8JsonWriter w, WorkItem t)
    {
        var u = t.UnknownProperties;
        w.WriteStartObject();
        w.WriteString(JsonName.Id.Utf8, t.Id);
        w.WriteString(JsonName.Title.Utf8, t.Title);
        if (t.State != WorkItemState.NotStarted)
        {
            w.WriteString(JsonName.State.Utf8, JsonText.EnumName(t.State));
        }

        if (t.PercentComplete is { } percent)
        {
            w.WriteNumber(JsonName.PercentComplete.Utf8, percent);
        }

        if (t.Effort is { } effort)
        {
            w.WriteNumber(JsonName.Effort.Utf8, effort);
        }

        WriteOptionalDay(w, JsonName.Start.Utf8, t.Start);
        WriteOptionalDay(w, JsonName.Due.Utf8, t.Due);
        WriteOptionalDay(w, JsonName.CompletedOn.Utf8, t.CompletedOn);
        WriteOptionalString(w, JsonName.Assignee.Utf8, t.Assignee);
        if (!t.DependsOn.IsEmpty)
        {
            w.WriteStartArray(JsonName.DependsOn.Utf8);
            foreach (var id in t.DependsOn)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
        }

        WriteLink(w, t.Link, u);
        if (t.LastSyncedAt is { } synced)
        {
            w.WriteString(JsonName.LastSyncedAt.Utf8, synced);
        }

        WriteUnknown(w, u, string.Empty);
        w.WriteEndObject();
    }
}
