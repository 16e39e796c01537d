using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <content>Reads a key result and its phased targets and check-ins (its kind: <c>.Kind</c>).</content>
internal sealed partial class PlanJsonReader
{
    private static readonly JsonNameSet KeyResultShape = JsonNameSet.Of(JsonName.Id, JsonName.Title, JsonName.Kind, JsonName.Description, JsonName.Owner, JsonName.Weight, JsonName.Contributes, JsonName.ParentKeyResultId, JsonName.ProgressStrategy, JsonName.ProgressOverride, JsonName.ScoreOverride, JsonName.PhasedTargets, JsonName.CheckIns, JsonName.Initiatives);

    private static readonly JsonNameSet PhasedTargetShape = JsonNameSet.Of(JsonName.Day, JsonName.ExpectedValue);

    private static readonly JsonNameSet CheckInShape = JsonNameSet.Of(JsonName.At, JsonName.Value, JsonName.Confidence, JsonName.Status, JsonName.Note, JsonName.Author, JsonName.Source);

    private KeyResult ReadKeyResult(ref Utf8JsonReader r)
    {
        ExpectObject(ref r);
        Reset(KeyResultLevel);
        var seen = default(JsonNameSet);
        string? id = null, title = null, description = null, owner = null, parentId = null;
        KeyResultKind? kind = null;
        var weight = ContributionWeight.Default;
        bool contributes = true;
        ProgressStrategy? strategy = null;
        ProgressOverride? progressOverride = null;
        ScoreOverride? scoreOverride = null;
        var phases = phaseBuffer;
        var checkIns = checkInBuffer;
        var initiatives = initiativeBuffer;
        phases.Clear();
        checkIns.Clear();
        initiatives.Clear();
        while (NextProperty(ref r, KeyResultShape, ref seen, out var property, out string name))
        {
            switch (property)
            {
                case JsonName.Id: id = ReadId(ref r); break;
                case JsonName.Title: title = ReadString(ref r); break;
                case JsonName.Kind: kind = ReadKind(ref r); break;
                case JsonName.Description: description = ReadOptionalString(ref r); break;
                case JsonName.Owner: owner = ReadOptionalString(ref r); break;
                case JsonName.Weight: weight = ReadWeight(ref r, KeyResultLevel); break;
                case JsonName.Contributes: contributes = ReadBoolean(ref r); break;
                case JsonName.ParentKeyResultId: parentId = IsNull(ref r) ? null : ReadId(ref r); break;
                case JsonName.ProgressStrategy: strategy = IsNull(ref r) ? null : ReadStrategy<ProgressStrategy>(ref r, KeyResultLevel, JsonName.ProgressStrategy.Text); break;
                case JsonName.ProgressOverride: progressOverride = IsNull(ref r) ? null : ReadProgressOverride(ref r, KeyResultLevel); break;
                case JsonName.ScoreOverride: scoreOverride = IsNull(ref r) ? null : ReadScoreOverride(ref r, KeyResultLevel); break;
                case JsonName.PhasedTargets: ReadPhasedTargets(ref r, phases); break;
                case JsonName.CheckIns: ReadCheckIns(ref r, checkIns); break;
                case JsonName.Initiatives: ReadInitiatives(ref r, initiatives); break;
                default: AddUnknown(ref r, KeyResultLevel, string.Empty, name); break;
            }

            path.Pop();
        }

        Require(id, JsonName.Id);
        Require(title, JsonName.Title);
        Require(kind, JsonName.Kind);
        return new KeyResult
        {
            Id = id!,
            Title = title!,
            Kind = kind!,
            Description = description,
            Owner = owner,
            Weight = weight,
            Contributes = contributes,
            ParentKeyResultId = parentId,
            ProgressStrategy = strategy,
            ProgressOverride = progressOverride,
            ScoreOverride = scoreOverride,
            PhasedTargets = phases.ToImmutable(),
            CheckIns = checkIns.ToImmutable(),
            Initiatives = initiatives.ToImmutable(),
            UnknownProperties = Take(KeyResultLevel),
        };
    }

    private PhasedTarget ReadPhasedTarget(ref Utf8JsonReader r, int index)
    {
        ExpectObject(ref r);
        var seen = default(JsonNameSet);
        DateOnly? day = null;
        decimal? expected = null;
        string? scope = null;
        while (NextProperty(ref r, PhasedTargetShape, ref seen, out var property, out string name))
        {
            switch (property)
            {
                case JsonName.Day: day = ReadDay(ref r); break;
                case JsonName.ExpectedValue: expected = ReadDecimal(ref r); break;
                default: AddUnknown(ref r, KeyResultLevel, scope ??= PlanJsonWriter.Indexed("phasedTargets", index), name); break;
            }

            path.Pop();
        }

        Require(day, JsonName.Day);
        Require(expected, JsonName.ExpectedValue);
        return new PhasedTarget(day!.Value, expected!.Value);
    }

    private CheckIn ReadCheckIn(ref Utf8JsonReader r)
    {
        ExpectObject(ref r);
        Reset(LeafLevel);
        var seen = default(JsonNameSet);
        DateTimeOffset? at = null;
        decimal? value = null, confidence = null;
        OkrStatus? status = null;
        string? note = null, author = null;
        var source = CheckInSource.Person;
        while (NextProperty(ref r, CheckInShape, ref seen, out var property, out string name))
        {
            switch (property)
            {
                case JsonName.At: at = ReadInstant(ref r); break;
                case JsonName.Value: value = ReadDecimal(ref r); break;
                case JsonName.Confidence: confidence = IsNull(ref r) ? null : ReadDecimal(ref r); break;
                case JsonName.Status: status = IsNull(ref r) ? null : ReadEnum<OkrStatus>(ref r); break;
                case JsonName.Note: note = ReadOptionalString(ref r); break;
                case JsonName.Author: author = ReadOptionalString(ref r); break;
                case JsonName.Source: source = ReadEnum<CheckInSource>(ref r); break;
                default: AddUnknown(ref r, LeafLevel, string.Empty, name); break;
            }

            path.Pop();
        }

        Require(at, JsonName.At);
        Require(value, JsonName.Value);
        return new CheckIn(at!.Value, value!.Value)
        {
            Confidence = confidence,
            Status = status,
            Note = note,
            Author = author,
            Source = source,
            UnknownProperties = Take(LeafLevel),
        };
    }

    private void ReadPhasedTargets(ref Utf8JsonReader r, ImmutableArray<PhasedTarget>.Builder phases)
    {
        ExpectArray(ref r);
        for (int i = 0; NextItem(ref r); i++)
        {
            path.Push(i);
            phases.Add(ReadPhasedTarget(ref r, i));
            path.Pop();
        }
    }

    private void ReadCheckIns(ref Utf8JsonReader r, ImmutableArray<CheckIn>.Builder checkIns)
    {
        ExpectArray(ref r);
        for (int i = 0; NextItem(ref r); i++)
        {
            path.Push(i);
            checkIns.Add(ReadCheckIn(ref r));
            path.Pop();
        }
    }

    private void ReadInitiatives(ref Utf8JsonReader r, ImmutableArray<Initiative>.Builder initiatives)
    {
        ExpectArray(ref r);
        for (int i = 0; NextItem(ref r); i++)
        {
            path.Push(i);
            initiatives.Add(ReadInitiative(ref r));
            path.Pop();
        }
    }
}
