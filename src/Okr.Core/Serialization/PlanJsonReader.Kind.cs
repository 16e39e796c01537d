using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <content>Reads a key result's kind, whose properties depend on its <c>type</c>, and a milestone.</content>
internal sealed partial class PlanJsonReader
{
    private static readonly JsonNameSet MilestoneShape = JsonNameSet.Of(JsonName.Title, JsonName.Weight);

    /// <summary>The key-result kinds of the format, in the order error messages list them, with the properties each has:
    /// the one list of kinds the reader and <see cref="KnownNames"/> use.</summary>
    private static readonly (string Type, JsonNameSet Shape)[] KindShapes =
    [
        ("linear", JsonNameSet.Of(JsonName.Type, JsonName.Direction, JsonName.Start, JsonName.Target, JsonName.Unit, JsonName.WhenStartEqualsTarget)),
        ("percentage", JsonNameSet.Of(JsonName.Type)),
        ("threshold", JsonNameSet.Of(JsonName.Type, JsonName.Direction, JsonName.Unit, JsonName.Threshold, JsonName.RiskThreshold, JsonName.Boundary)),
        ("range", JsonNameSet.Of(JsonName.Type, JsonName.Unit, JsonName.Lower, JsonName.Upper)),
        ("control-kpi", JsonNameSet.Of(JsonName.Type, JsonName.Direction, JsonName.Target, JsonName.Unit, JsonName.Lower, JsonName.Upper, JsonName.PlannedCheckIns, JsonName.Method)),
        ("binary", JsonNameSet.Of(JsonName.Type)),
        ("milestones", JsonNameSet.Of(JsonName.Type, JsonName.Milestones)),
        ("activity", JsonNameSet.Of(JsonName.Type, JsonName.Method, JsonName.TargetCount)),
        ("cascaded-sum", JsonNameSet.Of(JsonName.Type, JsonName.Start, JsonName.Target, JsonName.Unit, JsonName.WhenStartEqualsTarget, JsonName.NotScoredChildren)),
        ("baseline", JsonNameSet.Of(JsonName.Type, JsonName.Unit)),
    ];

    /// <summary>The <c>type</c> of every key-result kind the format has.</summary>
    internal static IEnumerable<string> KindTypes => KindShapes.Select(kind => kind.Type);

    private KeyResultKind ReadKind(ref Utf8JsonReader r)
    {
        ExpectObject(ref r);
        var (type, shape) = FindKindType(r);
        var seen = default(JsonNameSet);
        var kind = new KindProperties { Unit = MetricUnit.Number };
        while (NextProperty(ref r, shape, ref seen, out var property, out string name))
        {
            switch (property)
            {
                case JsonName.Type: r.Skip(); break;
                case JsonName.Direction: kind.Direction = ReadKnownString(ref r); break;
                case JsonName.Start: kind.Start = ReadDecimal(ref r); break;
                case JsonName.Target: kind.Target = ReadDecimal(ref r); break;
                case JsonName.Unit: kind.Unit = ReadUnit(ref r); break;
                case JsonName.WhenStartEqualsTarget: kind.StartEqualsTarget = ReadKnownString(ref r); break;
                case JsonName.NotScoredChildren: kind.NotScoredChildren = ReadKnownString(ref r); break;
                case JsonName.Threshold: kind.Threshold = ReadDecimal(ref r); break;
                case JsonName.RiskThreshold: kind.Risk = IsNull(ref r) ? null : ReadDecimal(ref r); break;
                case JsonName.Boundary: kind.Boundary = ReadKnownString(ref r); break;
                case JsonName.Lower: kind.Lower = ReadDecimal(ref r); break;
                case JsonName.Upper: kind.Upper = ReadDecimal(ref r); break;
                case JsonName.PlannedCheckIns: kind.Planned = ReadInt(ref r); break;
                case JsonName.Method: kind.Method = ReadKnownString(ref r); break;
                case JsonName.TargetCount: kind.TargetCount = IsNull(ref r) ? null : ReadDecimal(ref r); break;
                case JsonName.Milestones: kind.Milestones = ReadMilestones(ref r); break;
                default: AddUnknown(ref r, KeyResultLevel, JsonName.Kind.Text, name); break;
            }

            path.Pop();
        }

        return CreateKind(type, in kind);
    }

    /// <summary>The kind of the given type from the properties read (each one only where the type has it).</summary>
    private KeyResultKind CreateKind(string type, in KindProperties k)
    {
        switch (type)
        {
            case "linear":
                Require(k.Direction, JsonName.Direction);
                Require(k.Target, JsonName.Target);
                var linearDirection = ParseEnum<LinearDirection>(k.Direction!, JsonName.Direction.Text);
                return new LinearKind(linearDirection, k.Start ?? 0m, k.Target!.Value, k.Unit, StartEqualsTarget(k.StartEqualsTarget));
            case "percentage":
                return new PercentageKind();
            case "threshold":
                Require(k.Direction, JsonName.Direction);
                Require(k.Threshold, JsonName.Threshold);
                return new ThresholdKind(
                    ParseEnum<ThresholdDirection>(k.Direction!, JsonName.Direction.Text),
                    k.Threshold!.Value,
                    k.Risk,
                    k.Boundary is null ? ThresholdBoundary.OnThresholdFails : ParseEnum<ThresholdBoundary>(k.Boundary, JsonName.Boundary.Text),
                    k.Unit);
            case "range":
                Require(k.Lower, JsonName.Lower);
                Require(k.Upper, JsonName.Upper);
                return new RangeKind(k.Lower!.Value, k.Upper!.Value, k.Unit);
            case "control-kpi":
                return CreateControlKpi(in k);
            case "binary":
                return new BinaryKind();
            case "milestones":
                Require(k.Milestones, JsonName.Milestones);
                return new MilestonesKind(k.Milestones!.Value);
            case "activity":
                return new ActivityKind(k.Method is null ? ActivityMethod.DoneShare : ParseEnum<ActivityMethod>(k.Method, JsonName.Method.Text), k.TargetCount);
            case "cascaded-sum":
                Require(k.Target, JsonName.Target);
                return new CascadedSumKind(k.Start ?? 0m, k.Target!.Value, k.Unit, StartEqualsTarget(k.StartEqualsTarget))
                {
                    NotScoredChildren = k.NotScoredChildren is null ? NotScoredChildRule.LeaveOut : ParseEnum<NotScoredChildRule>(k.NotScoredChildren, JsonName.NotScoredChildren.Text),
                };
            default:
                return new BaselineKind(k.Unit);
        }
    }

    private ControlKpiKind CreateControlKpi(in KindProperties k)
    {
        Require(k.Direction, JsonName.Direction);
        Require(k.Planned, JsonName.PlannedCheckIns);
        var direction = ParseEnum<ControlKpiDirection>(k.Direction!, JsonName.Direction.Text);
        var method = k.Method is null ? ControlKpiMethod.DistanceFromTarget : ParseEnum<ControlKpiMethod>(k.Method, JsonName.Method.Text);
        if (direction == ControlKpiDirection.Between)
        {
            Require(k.Lower, JsonName.Lower);
            Require(k.Upper, JsonName.Upper);
            return ControlKpiKind.Between(k.Lower!.Value, k.Upper!.Value, k.Planned!.Value, method, k.Unit);
        }

        Require(k.Target, JsonName.Target);
        return new ControlKpiKind(direction, k.Target!.Value, k.Planned!.Value, method, k.Unit);
    }

    /// <summary>Looks ahead (on a copy of the reader) for the kind's <c>type</c>, which may come after other properties,
    /// and returns it with the kind's shape.</summary>
    private (string Type, JsonNameSet Shape) FindKindType(Utf8JsonReader probe)
    {
        while (probe.Read() && probe.TokenType == JsonTokenType.PropertyName)
        {
            bool isType = probe.ValueTextEquals(JsonName.Type.Utf8.EncodedUtf8Bytes);
            probe.Read();
            if (isType)
            {
                path.Push(JsonName.Type.Text);
                string type = ReadKnownString(ref probe);
                foreach (var kind in KindShapes)
                {
                    if (kind.Type == type)
                    {
                        path.Pop();
                        return kind;
                    }
                }

                throw Error(OkrJsonProblem.UnknownKind, $"'{type}' is not a key-result kind; expected one of {string.Join(", ", KindTypes)}.");
            }

            probe.Skip();
        }

        throw Error(OkrJsonProblem.MissingProperty, "the required property 'type' (the key-result kind) is missing.");
    }

    private ImmutableArray<Milestone> ReadMilestones(ref Utf8JsonReader r)
    {
        ExpectArray(ref r);
        var list = milestoneBuffer;
        list.Clear();
        for (int i = 0; NextItem(ref r); i++)
        {
            path.Push(i);
            list.Add(ReadMilestone(ref r, i));
            path.Pop();
        }

        return list.ToImmutable();
    }

    private Milestone ReadMilestone(ref Utf8JsonReader r, int index)
    {
        ExpectObject(ref r);
        var seen = default(JsonNameSet);
        string? title = null;
        decimal? weight = null;
        string? scope = null;
        while (NextProperty(ref r, MilestoneShape, ref seen, out var property, out string name))
        {
            switch (property)
            {
                case JsonName.Title: title = ReadString(ref r); break;
                case JsonName.Weight: weight = ReadDecimal(ref r); break;
                default: AddUnknown(ref r, KeyResultLevel, scope ??= PlanJsonWriter.Indexed("kind.milestones", index), name); break;
            }

            path.Pop();
        }

        Require(title, JsonName.Title);
        Require(weight, JsonName.Weight);
        return new Milestone(title!, weight!.Value);
    }

    /// <summary>The properties of a kind as read, before the kind's type decides which are required.</summary>
    private struct KindProperties
    {
        public decimal? Start, Target, Threshold, Risk, Lower, Upper, TargetCount;
        public int? Planned;
        public string? Direction, Method, Boundary, StartEqualsTarget, NotScoredChildren;
        public MetricUnit Unit;
        public ImmutableArray<Milestone>? Milestones;
    }
}
