using System.Text.Json;

namespace Okr.Core.Serialization;

/// <content>Writes an objective with its period, alignment and scale.</content>
internal static partial class PlanJsonWriter
{
    private static void WriteObjective(Utf8JsonWriter w, Objective o)
    {
        var u = o.UnknownProperties;
        w.WriteStartObject();
        w.WriteString(JsonName.Id.Utf8, o.Id);
        w.WriteString(JsonName.Title.Utf8, o.Title);
        w.WritePropertyName(JsonName.Period.Utf8);
        w.WriteStartObject();
        JsonText.WriteDay(w, JsonName.Start.Utf8, o.Period.Start);
        JsonText.WriteDay(w, JsonName.End.Utf8, o.Period.End);
        WriteUnknown(w, u, JsonName.Period.Text);
        w.WriteEndObject();
        WriteOptionalString(w, JsonName.Description.Utf8, o.Description);
        WriteOptionalString(w, JsonName.Owner.Utf8, o.Owner);
        if (o.Type != ObjectiveType.Committed)
        {
            w.WriteString(JsonName.Type.Utf8, JsonText.EnumName(o.Type));
        }

        if (o.Alignment.Kind != AlignmentKind.None)
        {
            w.WriteStartObject(JsonName.Alignment.Utf8);
            w.WriteString(JsonName.Kind.Utf8, JsonText.EnumName(o.Alignment.Kind));
            w.WriteString(JsonName.TargetId.Utf8, o.Alignment.TargetId);
            WriteUnknown(w, u, JsonName.Alignment.Text);
            w.WriteEndObject();
        }

        WriteWeight(w, o.Weight, u);
        WriteContributes(w, o.Contributes);
        if (o.Rollup is { } rollup)
        {
            w.WritePropertyName(JsonName.Rollup.Utf8);
            WriteRollupSettings(w, rollup, u, JsonName.Rollup.Text);
        }

        if (o.Scale is { } scale)
        {
            w.WriteStartObject(JsonName.Scale.Utf8);
            w.WriteNumber(JsonName.Start.Utf8, scale.Start);
            w.WriteNumber(JsonName.Target.Utf8, scale.Target);
            WriteUnit(w, scale.Unit);
            WriteUnknown(w, u, JsonName.Scale.Text);
            w.WriteEndObject();
        }

        WriteProgressOverride(w, o.ProgressOverride, u);
        WriteScoreOverride(w, o.ScoreOverride, u);
        WriteOptionalDay(w, JsonName.ClosedOn.Utf8, o.ClosedOn);
        if (!o.KeyResults.IsEmpty)
        {
            w.WriteStartArray(JsonName.KeyResults.Utf8);
            foreach (var keyResult in o.KeyResults)
            {
                WriteKeyResult(w, keyResult);
            }

            w.WriteEndArray();
        }

        WriteUnknown(w, u, string.Empty);
        w.WriteEndObject();
    }
}
