using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <content>Writes a key result with its phased targets and check-ins (its kind: <c>.Kind</c>).</content>
internal static partial class PlanJsonWriter
{
    private static void WriteKeyResult(Utf8JsonWriter w, KeyResult k)
    {
        var u = k.UnknownProperties;
        w.WriteStartObject();
        w.WriteString(JsonName.Id.Utf8, k.Id);
        w.WriteString(JsonName.Title.Utf8, k.Title);
        w.WritePropertyName(JsonName.Kind.Utf8);
        WriteKind(w, k.Kind, u);
        WriteOptionalString(w, JsonName.Description.Utf8, k.Description);
        WriteOptionalString(w, JsonName.Owner.Utf8, k.Owner);
        WriteWeight(w, k.Weight, u);
        WriteContributes(w, k.Contributes);
        WriteOptionalString(w, JsonName.ParentKeyResultId.Utf8, k.ParentKeyResultId);
        if (k.ProgressStrategy is { } strategy)
        {
            WriteStrategy(w, JsonName.ProgressStrategy, strategy, u, JsonName.ProgressStrategy.Text);
        }

        WriteProgressOverride(w, k.ProgressOverride, u);
        WriteScoreOverride(w, k.ScoreOverride, u);
        if (!k.PhasedTargets.IsEmpty)
        {
            w.WriteStartArray(JsonName.PhasedTargets.Utf8);
            for (int i = 0; i < k.PhasedTargets.Length; i++)
            {
                var phase = k.PhasedTargets[i];
                w.WriteStartObject();
                JsonText.WriteDay(w, JsonName.Day.Utf8, phase.Day);
                w.WriteNumber(JsonName.ExpectedValue.Utf8, phase.ExpectedValue);
                WriteUnknown(w, u, u.IsEmpty ? string.Empty : Indexed("phasedTargets", i));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (!k.CheckIns.IsEmpty)
        {
            w.WriteStartArray(JsonName.CheckIns.Utf8);
            foreach (var checkIn in k.CheckIns)
            {
                WriteCheckIn(w, checkIn);
            }

            w.WriteEndArray();
        }

        if (!k.Initiatives.IsEmpty)
        {
            w.WriteStartArray(JsonName.Initiatives.Utf8);
            foreach (var initiative in k.Initiatives)
            {
                WriteInitiative(w, initiative);
            }

            w.WriteEndArray();
        }

        WriteUnknown(w, u, string.Empty);
        w.WriteEndObject();
    }

    private static void WriteCheckIn(Utf8JsonWriter w, CheckIn c)
    {
        w.WriteStartObject();
        w.WriteString(JsonName.At.Utf8, c.At);
        w.WriteNumber(JsonName.Value.Utf8, c.Value);
        if (c.Confidence is { } confidence)
        {
            w.WriteNumber(JsonName.Confidence.Utf8, confidence);
        }

        if (c.Status is { } status)
        {
            w.WriteString(JsonName.Status.Utf8, JsonText.EnumName(status));
        }

        WriteOptionalString(w, JsonName.Note.Utf8, c.Note);
        WriteOptionalString(w, JsonName.Author.Utf8, c.Author);
        if (c.Source != CheckInSource.Person)
        {
            w.WriteString(JsonName.Source.Utf8, JsonText.EnumName(c.Source));
        }

        WriteUnknown(w, c.UnknownProperties, string.Empty);
        w.WriteEndObject();
    }
}
