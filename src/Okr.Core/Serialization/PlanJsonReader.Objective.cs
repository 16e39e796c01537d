using System.Text.Json;

namespace Okr.Core.Serialization;

/// <content>Reads an objective and the objects only an objective has (period, alignment, scale).</content>
internal sealed partial class PlanJsonReader
{
    private static readonly JsonNameSet ObjectiveShape = JsonNameSet.Of(JsonName.Id, JsonName.Title, JsonName.Period, JsonName.Description, JsonName.Owner, JsonName.Type, JsonName.Alignment, JsonName.Weight, JsonName.Contributes, JsonName.Rollup, JsonName.Scale, JsonName.ProgressOverride, JsonName.ScoreOverride, JsonName.ClosedOn, JsonName.KeyResults);

    private static readonly JsonNameSet PeriodShape = JsonNameSet.Of(JsonName.Start, JsonName.End);

    private static readonly JsonNameSet AlignmentShape = JsonNameSet.Of(JsonName.Kind, JsonName.TargetId);

    private static readonly JsonNameSet ScaleShape = JsonNameSet.Of(JsonName.Start, JsonName.Target, JsonName.Unit);

    private Objective ReadObjective(ref Utf8JsonReader r)
    {
        ExpectObject(ref r);
        Reset(ObjectiveLevel);
        var seen = default(JsonNameSet);
        string? id = null, title = null, description = null, owner = null;
        Period? period = null;
        var type = ObjectiveType.Committed;
        var alignment = Alignment.None;
        var weight = ContributionWeight.Default;
        bool contributes = true;
        RollupSettings? rollup = null;
        MeasureScale? scale = null;
        ProgressOverride? progressOverride = null;
        ScoreOverride? scoreOverride = null;
        DateOnly? closedOn = null;
        var keyResults = keyResultBuffer;
        keyResults.Clear();
        while (NextProperty(ref r, ObjectiveShape, ref seen, out var property, out string name))
        {
            switch (property)
            {
                case JsonName.Id: id = ReadId(ref r); break;
                case JsonName.Title: title = ReadString(ref r); break;
                case JsonName.Period: period = ReadPeriod(ref r); break;
                case JsonName.Description: description = ReadOptionalString(ref r); break;
                case JsonName.Owner: owner = ReadOptionalString(ref r); break;
                case JsonName.Type: type = ReadEnum<ObjectiveType>(ref r); break;
                case JsonName.Alignment: alignment = ReadAlignment(ref r); break;
                case JsonName.Weight: weight = ReadWeight(ref r, ObjectiveLevel); break;
                case JsonName.Contributes: contributes = ReadBoolean(ref r); break;
                case JsonName.Rollup: rollup = IsNull(ref r) ? null : ReadRollupSettings(ref r, ObjectiveLevel, JsonName.Rollup.Text); break;
                case JsonName.Scale: scale = IsNull(ref r) ? null : ReadScale(ref r); break;
                case JsonName.ProgressOverride: progressOverride = IsNull(ref r) ? null : ReadProgressOverride(ref r, ObjectiveLevel); break;
                case JsonName.ScoreOverride: scoreOverride = IsNull(ref r) ? null : ReadScoreOverride(ref r, ObjectiveLevel); break;
                case JsonName.ClosedOn: closedOn = IsNull(ref r) ? null : ReadDay(ref r); break;
                case JsonName.KeyResults:
                    ExpectArray(ref r);
                    for (int i = 0; NextItem(ref r); i++)
                    {
                        path.Push(i);
                        keyResults.Add(ReadKeyResult(ref r));
                        path.Pop();
                    }

                    break;
                default: AddUnknown(ref r, ObjectiveLevel, string.Empty, name); break;
            }

            path.Pop();
        }

        Require(id, JsonName.Id);
        Require(title, JsonName.Title);
        Require(period, JsonName.Period);
        return new Objective
        {
            Id = id!,
            Title = title!,
            Period = period!.Value,
            Description = description,
            Owner = owner,
            Type = type,
            Alignment = alignment,
            Weight = weight,
            Contributes = contributes,
            Rollup = rollup,
            Scale = scale,
            ProgressOverride = progressOverride,
            ScoreOverride = scoreOverride,
            ClosedOn = closedOn,
            KeyResults = keyResults.ToImmutable(),
            UnknownProperties = Take(ObjectiveLevel),
        };
    }

    private Period ReadPeriod(ref Utf8JsonReader r)
    {
        ExpectObject(ref r);
        var seen = default(JsonNameSet);
        DateOnly? start = null, end = null;
        while (NextProperty(ref r, PeriodShape, ref seen, out var property, out string name))
        {
            switch (property)
            {
                case JsonName.Start: start = ReadDay(ref r); break;
                case JsonName.End: end = ReadDay(ref r); break;
                default: AddUnknown(ref r, ObjectiveLevel, JsonName.Period.Text, name); break;
            }

            path.Pop();
        }

        Require(start, JsonName.Start);
        Require(end, JsonName.End);
        if (end < start)
        {
            throw Error(OkrJsonProblem.InvalidValue, $"the period ends ({JsonText.Day(end!.Value)}) before it starts ({JsonText.Day(start!.Value)}).");
        }

        return new Period(start!.Value, end!.Value);
    }

    private Alignment ReadAlignment(ref Utf8JsonReader r)
    {
        if (IsNull(ref r))
        {
            return Alignment.None;
        }

        ExpectObject(ref r);
        var seen = default(JsonNameSet);
        AlignmentKind? kind = null;
        string? target = null;
        while (NextProperty(ref r, AlignmentShape, ref seen, out var property, out string name))
        {
            switch (property)
            {
                case JsonName.Kind: kind = ReadEnum<AlignmentKind>(ref r); break;
                case JsonName.TargetId: target = IsNull(ref r) ? null : ReadId(ref r); break;
                default: AddUnknown(ref r, ObjectiveLevel, JsonName.Alignment.Text, name); break;
            }

            path.Pop();
        }

        Require(kind, JsonName.Kind);
        switch (kind)
        {
            case AlignmentKind.None:
                return Alignment.None;
            case AlignmentKind.Objective:
                Require(target, JsonName.TargetId);
                return Alignment.ToObjective(target!);
            default:
                Require(target, JsonName.TargetId);
                return Alignment.ToKeyResult(target!);
        }
    }

    private MeasureScale ReadScale(ref Utf8JsonReader r)
    {
        ExpectObject(ref r);
        var seen = default(JsonNameSet);
        decimal? start = null, target = null;
        var unit = MetricUnit.Number;
        while (NextProperty(ref r, ScaleShape, ref seen, out var property, out string name))
        {
            switch (property)
            {
                case JsonName.Start: start = ReadDecimal(ref r); break;
                case JsonName.Target: target = ReadDecimal(ref r); break;
                case JsonName.Unit: unit = ReadUnit(ref r); break;
                default: AddUnknown(ref r, ObjectiveLevel, JsonName.Scale.Text, name); break;
            }

            path.Pop();
        }

        Require(start, JsonName.Start);
        Require(target, JsonName.Target);
        return new MeasureScale(start!.Value, target!.Value, unit);
    }
}
