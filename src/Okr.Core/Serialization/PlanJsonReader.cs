using System.Buffers;
using System.Text;
using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <summary>
/// Reads the interchange format with a <see cref="Utf8JsonReader"/>, tracking the JSON path for error messages.
/// Recursion follows the format's fixed nesting (plan, objective, key result, initiative, work item), never user data;
/// unknown values are captured by <see cref="JsonDocument.ParseValue"/>, bounded by the reader's maximum depth.
/// Every failure surfaces as an <see cref="OkrJsonException"/>.
/// </summary>
internal sealed class PlanJsonReader
{
    private const int PlanLevel = 0;
    private const int ObjectiveLevel = 1;
    private const int KeyResultLevel = 2;
    private const int LeafLevel = 3;
    private const int WorkItemLevel = 4;

    private readonly OkrJsonOptions options;
    private readonly JsonPathTracker path = new();
    private readonly List<UnknownProperty>?[] unknown = new List<UnknownProperty>?[5];

    // One reusable builder per collection of the format's fixed nesting (a key result's initiatives are read while no
    // other key result is being read, and so on): each collection costs one exactly-sized array.
    private readonly ImmutableArray<KeyResult>.Builder keyResultBuffer = ImmutableArray.CreateBuilder<KeyResult>();
    private readonly ImmutableArray<PhasedTarget>.Builder phaseBuffer = ImmutableArray.CreateBuilder<PhasedTarget>();
    private readonly ImmutableArray<CheckIn>.Builder checkInBuffer = ImmutableArray.CreateBuilder<CheckIn>();
    private readonly ImmutableArray<Initiative>.Builder initiativeBuffer = ImmutableArray.CreateBuilder<Initiative>();
    private readonly ImmutableArray<WorkItem>.Builder workItemBuffer = ImmutableArray.CreateBuilder<WorkItem>();
    private readonly ImmutableArray<string>.Builder dependsOnBuffer = ImmutableArray.CreateBuilder<string>();
    private readonly ImmutableArray<Milestone>.Builder milestoneBuffer = ImmutableArray.CreateBuilder<Milestone>();
    private ImmutableArray<Objective>.Builder? objectivesRead;

    public PlanJsonReader(OkrJsonOptions options) => this.options = options;

    /// <summary>Reads one plan whose first token is current (or not yet read), leaving the reader on its last token.</summary>
    public OkrPlan Read(ref Utf8JsonReader r)
    {
        try
        {
            if (r.TokenType == JsonTokenType.None)
            {
                Next(ref r);
            }

            return ReadPlan(ref r);
        }
        catch (OkrJsonException)
        {
            throw;
        }
        catch (JsonException e)
        {
            throw FromReader(e);
        }
        catch (InvalidPlanException e)
        {
            throw FromPlan(e);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException or KeyNotFoundException)
        {
            throw Error(OkrJsonProblem.InvalidValue, e.Message, e);
        }
    }

    /// <summary>Reads a whole document from UTF-8 bytes: exactly one plan, nothing after it.</summary>
    public OkrPlan ReadDocument(ReadOnlySpan<byte> utf8)
    {
        var r = new Utf8JsonReader(utf8, JsonText.ReaderOptions(options));
        var plan = Read(ref r);
        try
        {
            if (r.Read())
            {
                throw Error(OkrJsonProblem.Malformed, "unexpected content after the end of the document.");
            }
        }
        catch (OkrJsonException)
        {
            throw;
        }
        catch (JsonException e)
        {
            throw FromReader(e);
        }

        return plan;
    }

    private OkrPlan ReadPlan(ref Utf8JsonReader r)
    {
        ExpectObject(ref r);
        Reset(PlanLevel);
        ulong seen = 0;
        int? version = null;
        ScoringConfiguration? scoring = null;
        var objectives = ImmutableArray.CreateBuilder<Objective>();
        objectivesRead = objectives;
        while (NextProperty(ref r, out string name))
        {
            switch (name)
            {
                case "schemaVersion":
                    Once(ref seen, 0);
                    version = ReadInt(ref r);
                    if (version != JsonText.SchemaVersion)
                    {
                        throw Error(OkrJsonProblem.UnsupportedVersion, $"schema version {version} is not supported; this version of Okr.Core reads version {JsonText.SchemaVersion}.");
                    }

                    break;
                case "scoring":
                    Once(ref seen, 1);
                    scoring = ReadScoring(ref r);
                    break;
                case "objectives":
                    Once(ref seen, 2);
                    ExpectArray(ref r);
                    for (int i = 0; NextItem(ref r); i++)
                    {
                        path.Push(i);
                        objectives.Add(ReadObjective(ref r));
                        path.Pop();
                    }

                    break;
                default:
                    AddUnknown(ref r, PlanLevel, string.Empty, name);
                    break;
            }

            path.Pop();
        }

        if (version is null)
        {
            throw Error(OkrJsonProblem.MissingProperty, "the required property 'schemaVersion' is missing.");
        }

        var planUnknown = Take(PlanLevel);
        var plan = new OkrPlan(objectives.ToImmutable(), scoring);
        return planUnknown.IsEmpty ? plan : plan.WithUnknownProperties(planUnknown);
    }

    private ScoringConfiguration ReadScoring(ref Utf8JsonReader r)
    {
        ExpectObject(ref r);
        ulong seen = 0;
        var scoring = ScoringConfiguration.Default;
        while (NextProperty(ref r, out string name))
        {
            switch (name)
            {
                case "progress":
                    Once(ref seen, 0);
                    scoring = scoring with { Progress = ReadStrategy<ProgressStrategy>(ref r, PlanLevel, "scoring.progress") };
                    break;
                case "progressByKind":
                    Once(ref seen, 1);
                    ExpectObject(ref r);
                    var byKind = ImmutableDictionary.CreateBuilder<string, ProgressStrategy>(StringComparer.Ordinal);
                    while (NextProperty(ref r, out string kind))
                    {
                        if (byKind.ContainsKey(kind))
                        {
                            throw Error(OkrJsonProblem.DuplicateProperty, $"the kind '{kind}' appears twice.");
                        }

                        byKind[kind] = ReadStrategy<ProgressStrategy>(ref r, PlanLevel, "scoring.progressByKind." + kind);
                        path.Pop();
                    }

                    scoring = scoring with { ProgressByKind = byKind.ToImmutable() };
                    break;
                case "rollup":
                    Once(ref seen, 2);
                    scoring = scoring with { Rollup = ReadStrategy<RollupStrategy>(ref r, PlanLevel, "scoring.rollup") };
                    break;
                case "defaultRollup":
                    Once(ref seen, 3);
                    scoring = scoring with { DefaultRollup = ReadRollupSettings(ref r, PlanLevel, "scoring.defaultRollup") };
                    break;
                case "keyResultStatus":
                    Once(ref seen, 4);
                    scoring = scoring with { KeyResultStatus = ReadStrategy<StatusStrategy>(ref r, PlanLevel, "scoring.keyResultStatus") };
                    break;
                case "objectiveStatus":
                    Once(ref seen, 5);
                    scoring = scoring with { ObjectiveStatus = ReadStrategy<StatusStrategy>(ref r, PlanLevel, "scoring.objectiveStatus") };
                    break;
                case "score":
                    Once(ref seen, 6);
                    scoring = scoring with { Score = ReadStrategy<ScoreStrategy>(ref r, PlanLevel, "scoring.score") };
                    break;
                case "forecast":
                    Once(ref seen, 7);
                    scoring = scoring with { Forecast = ReadStrategy<ForecastStrategy>(ref r, PlanLevel, "scoring.forecast") };
                    break;
                case "staleAfterDays":
                    Once(ref seen, 8);
                    scoring = scoring with { StaleAfterDays = ReadStaleAfterDays(ref r) };
                    break;
                default:
                    AddUnknown(ref r, PlanLevel, "scoring", name);
                    break;
            }

            path.Pop();
        }

        return scoring;
    }

    private int ReadStaleAfterDays(ref Utf8JsonReader r)
    {
        int days = ReadInt(ref r);
        return days >= 1 ? days : throw Error(OkrJsonProblem.NumberOutOfRange, $"staleAfterDays must be 1 or more, not {days}.");
    }

    private Objective ReadObjective(ref Utf8JsonReader r)
    {
        ExpectObject(ref r);
        Reset(ObjectiveLevel);
        ulong seen = 0;
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
        while (NextProperty(ref r, out string name))
        {
            switch (name)
            {
                case "id": Once(ref seen, 0); id = ReadId(ref r); break;
                case "title": Once(ref seen, 1); title = ReadString(ref r); break;
                case "period": Once(ref seen, 2); period = ReadPeriod(ref r); break;
                case "description": Once(ref seen, 3); description = ReadOptionalString(ref r); break;
                case "owner": Once(ref seen, 4); owner = ReadOptionalString(ref r); break;
                case "type": Once(ref seen, 5); type = ReadEnum<ObjectiveType>(ref r); break;
                case "alignment": Once(ref seen, 6); alignment = ReadAlignment(ref r); break;
                case "weight": Once(ref seen, 7); weight = ReadWeight(ref r, ObjectiveLevel); break;
                case "contributes": Once(ref seen, 8); contributes = ReadBoolean(ref r); break;
                case "rollup": Once(ref seen, 9); rollup = IsNull(ref r) ? null : ReadRollupSettings(ref r, ObjectiveLevel, "rollup"); break;
                case "scale": Once(ref seen, 10); scale = IsNull(ref r) ? null : ReadScale(ref r); break;
                case "progressOverride": Once(ref seen, 11); progressOverride = IsNull(ref r) ? null : ReadProgressOverride(ref r, ObjectiveLevel); break;
                case "scoreOverride": Once(ref seen, 12); scoreOverride = IsNull(ref r) ? null : ReadScoreOverride(ref r, ObjectiveLevel); break;
                case "closedOn": Once(ref seen, 13); closedOn = IsNull(ref r) ? null : ReadDay(ref r); break;
                case "keyResults":
                    Once(ref seen, 14);
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

        Require(id, "id");
        Require(title, "title");
        Require(period, "period");
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

    private KeyResult ReadKeyResult(ref Utf8JsonReader r)
    {
        ExpectObject(ref r);
        Reset(KeyResultLevel);
        ulong seen = 0;
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
        while (NextProperty(ref r, out string name))
        {
            switch (name)
            {
                case "id": Once(ref seen, 0); id = ReadId(ref r); break;
                case "title": Once(ref seen, 1); title = ReadString(ref r); break;
                case "kind": Once(ref seen, 2); kind = ReadKind(ref r); break;
                case "description": Once(ref seen, 3); description = ReadOptionalString(ref r); break;
                case "owner": Once(ref seen, 4); owner = ReadOptionalString(ref r); break;
                case "weight": Once(ref seen, 5); weight = ReadWeight(ref r, KeyResultLevel); break;
                case "contributes": Once(ref seen, 6); contributes = ReadBoolean(ref r); break;
                case "parentKeyResultId": Once(ref seen, 7); parentId = IsNull(ref r) ? null : ReadId(ref r); break;
                case "progressStrategy": Once(ref seen, 8); strategy = IsNull(ref r) ? null : ReadStrategy<ProgressStrategy>(ref r, KeyResultLevel, "progressStrategy"); break;
                case "progressOverride": Once(ref seen, 9); progressOverride = IsNull(ref r) ? null : ReadProgressOverride(ref r, KeyResultLevel); break;
                case "scoreOverride": Once(ref seen, 10); scoreOverride = IsNull(ref r) ? null : ReadScoreOverride(ref r, KeyResultLevel); break;
                case "phasedTargets":
                    Once(ref seen, 11);
                    ExpectArray(ref r);
                    for (int i = 0; NextItem(ref r); i++)
                    {
                        path.Push(i);
                        phases.Add(ReadPhasedTarget(ref r, i));
                        path.Pop();
                    }

                    break;
                case "checkIns":
                    Once(ref seen, 12);
                    ExpectArray(ref r);
                    for (int i = 0; NextItem(ref r); i++)
                    {
                        path.Push(i);
                        checkIns.Add(ReadCheckIn(ref r));
                        path.Pop();
                    }

                    break;
                case "initiatives":
                    Once(ref seen, 13);
                    ExpectArray(ref r);
                    for (int i = 0; NextItem(ref r); i++)
                    {
                        path.Push(i);
                        initiatives.Add(ReadInitiative(ref r));
                        path.Pop();
                    }

                    break;
                default: AddUnknown(ref r, KeyResultLevel, string.Empty, name); break;
            }

            path.Pop();
        }

        Require(id, "id");
        Require(title, "title");
        Require(kind, "kind");
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

    private KeyResultKind ReadKind(ref Utf8JsonReader r)
    {
        ExpectObject(ref r);
        string type = FindKindType(r);
        ulong seen = 0;
        decimal? start = null, target = null, threshold = null, risk = null, lower = null, upper = null, targetCount = null;
        int? planned = null;
        string? direction = null, method = null, boundary = null, startEqualsTarget = null;
        var unit = MetricUnit.Number;
        ImmutableArray<Milestone>? milestones = null;
        while (NextProperty(ref r, out string name))
        {
            switch (type, name)
            {
                case (_, "type"): Once(ref seen, 0); r.Skip(); break;
                case ("linear" or "threshold" or "control-kpi", "direction"): Once(ref seen, 1); direction = ReadKnownString(ref r); break;
                case ("linear" or "cascaded-sum", "start"): Once(ref seen, 2); start = ReadDecimal(ref r); break;
                case ("linear" or "cascaded-sum" or "control-kpi", "target"): Once(ref seen, 3); target = ReadDecimal(ref r); break;
                case ("linear" or "threshold" or "range" or "control-kpi" or "cascaded-sum" or "baseline", "unit"): Once(ref seen, 4); unit = ReadUnit(ref r); break;
                case ("linear" or "cascaded-sum", "whenStartEqualsTarget"): Once(ref seen, 5); startEqualsTarget = ReadKnownString(ref r); break;
                case ("threshold", "threshold"): Once(ref seen, 6); threshold = ReadDecimal(ref r); break;
                case ("threshold", "riskThreshold"): Once(ref seen, 7); risk = IsNull(ref r) ? null : ReadDecimal(ref r); break;
                case ("threshold", "boundary"): Once(ref seen, 8); boundary = ReadKnownString(ref r); break;
                case ("range" or "control-kpi", "lower"): Once(ref seen, 9); lower = ReadDecimal(ref r); break;
                case ("range" or "control-kpi", "upper"): Once(ref seen, 10); upper = ReadDecimal(ref r); break;
                case ("control-kpi", "plannedCheckIns"): Once(ref seen, 11); planned = ReadInt(ref r); break;
                case ("control-kpi" or "activity", "method"): Once(ref seen, 12); method = ReadKnownString(ref r); break;
                case ("activity", "targetCount"): Once(ref seen, 13); targetCount = IsNull(ref r) ? null : ReadDecimal(ref r); break;
                case ("milestones", "milestones"):
                    Once(ref seen, 14);
                    ExpectArray(ref r);
                    var list = milestoneBuffer;
                    list.Clear();
                    for (int i = 0; NextItem(ref r); i++)
                    {
                        path.Push(i);
                        list.Add(ReadMilestone(ref r, i));
                        path.Pop();
                    }

                    milestones = list.ToImmutable();
                    break;
                default: AddUnknown(ref r, KeyResultLevel, "kind", name); break;
            }

            path.Pop();
        }

        switch (type)
        {
            case "linear":
                Require(direction, "direction");
                Require(target, "target");
                var linearDirection = ParseEnum<LinearDirection>(direction!, "direction");
                return new LinearKind(linearDirection, start ?? 0m, target!.Value, unit, StartEqualsTarget(startEqualsTarget));
            case "percentage":
                return new PercentageKind();
            case "threshold":
                Require(direction, "direction");
                Require(threshold, "threshold");
                return new ThresholdKind(
                    ParseEnum<ThresholdDirection>(direction!, "direction"),
                    threshold!.Value,
                    risk,
                    boundary is null ? ThresholdBoundary.OnThresholdFails : ParseEnum<ThresholdBoundary>(boundary, "boundary"),
                    unit);
            case "range":
                Require(lower, "lower");
                Require(upper, "upper");
                return new RangeKind(lower!.Value, upper!.Value, unit);
            case "control-kpi":
                Require(direction, "direction");
                Require(planned, "plannedCheckIns");
                var kpiDirection = ParseEnum<ControlKpiDirection>(direction!, "direction");
                var kpiMethod = method is null ? ControlKpiMethod.DistanceFromTarget : ParseEnum<ControlKpiMethod>(method, "method");
                if (kpiDirection == ControlKpiDirection.Between)
                {
                    Require(lower, "lower");
                    Require(upper, "upper");
                    return ControlKpiKind.Between(lower!.Value, upper!.Value, planned!.Value, kpiMethod, unit);
                }

                Require(target, "target");
                return new ControlKpiKind(kpiDirection, target!.Value, planned!.Value, kpiMethod, unit);
            case "binary":
                return new BinaryKind();
            case "milestones":
                Require(milestones, "milestones");
                return new MilestonesKind(milestones!.Value);
            case "activity":
                return new ActivityKind(method is null ? ActivityMethod.DoneShare : ParseEnum<ActivityMethod>(method, "method"), targetCount);
            case "cascaded-sum":
                Require(target, "target");
                return new CascadedSumKind(start ?? 0m, target!.Value, unit, StartEqualsTarget(startEqualsTarget));
            default:
                return new BaselineKind(unit);
        }
    }

    /// <summary>Looks ahead (on a copy of the reader) for the kind's <c>type</c>, which may come after other properties.</summary>
    private string FindKindType(Utf8JsonReader probe)
    {
        string? type = null;
        while (probe.Read() && probe.TokenType == JsonTokenType.PropertyName)
        {
            bool isType = probe.ValueTextEquals("type"u8);
            probe.Read();
            if (isType)
            {
                path.Push("type");
                type = ReadKnownString(ref probe);
                if (type is not ("linear" or "percentage" or "threshold" or "range" or "control-kpi" or "binary" or "milestones" or "activity" or "cascaded-sum" or "baseline"))
                {
                    throw Error(OkrJsonProblem.UnknownKind, $"'{type}' is not a key-result kind; expected one of linear, percentage, threshold, range, control-kpi, binary, milestones, activity, cascaded-sum, baseline.");
                }

                path.Pop();
                break;
            }

            probe.Skip();
        }

        return type ?? throw Error(OkrJsonProblem.MissingProperty, "the required property 'type' (the key-result kind) is missing.");
    }

    private Milestone ReadMilestone(ref Utf8JsonReader r, int index)
    {
        ExpectObject(ref r);
        ulong seen = 0;
        string? title = null;
        decimal? weight = null;
        string? scope = null;
        while (NextProperty(ref r, out string name))
        {
            switch (name)
            {
                case "title": Once(ref seen, 0); title = ReadString(ref r); break;
                case "weight": Once(ref seen, 1); weight = ReadDecimal(ref r); break;
                default: AddUnknown(ref r, KeyResultLevel, scope ??= PlanJsonWriter.Indexed("kind.milestones", index), name); break;
            }

            path.Pop();
        }

        Require(title, "title");
        Require(weight, "weight");
        return new Milestone(title!, weight!.Value);
    }

    private PhasedTarget ReadPhasedTarget(ref Utf8JsonReader r, int index)
    {
        ExpectObject(ref r);
        ulong seen = 0;
        DateOnly? day = null;
        decimal? expected = null;
        string? scope = null;
        while (NextProperty(ref r, out string name))
        {
            switch (name)
            {
                case "day": Once(ref seen, 0); day = ReadDay(ref r); break;
                case "expectedValue": Once(ref seen, 1); expected = ReadDecimal(ref r); break;
                default: AddUnknown(ref r, KeyResultLevel, scope ??= PlanJsonWriter.Indexed("phasedTargets", index), name); break;
            }

            path.Pop();
        }

        Require(day, "day");
        Require(expected, "expectedValue");
        return new PhasedTarget(day!.Value, expected!.Value);
    }

    private CheckIn ReadCheckIn(ref Utf8JsonReader r)
    {
        ExpectObject(ref r);
        Reset(LeafLevel);
        ulong seen = 0;
        DateTimeOffset? at = null;
        decimal? value = null, confidence = null;
        OkrStatus? status = null;
        string? note = null, author = null;
        var source = CheckInSource.Person;
        while (NextProperty(ref r, out string name))
        {
            switch (name)
            {
                case "at": Once(ref seen, 0); at = ReadInstant(ref r); break;
                case "value": Once(ref seen, 1); value = ReadDecimal(ref r); break;
                case "confidence": Once(ref seen, 2); confidence = IsNull(ref r) ? null : ReadDecimal(ref r); break;
                case "status": Once(ref seen, 3); status = IsNull(ref r) ? null : ReadEnum<OkrStatus>(ref r); break;
                case "note": Once(ref seen, 4); note = ReadOptionalString(ref r); break;
                case "author": Once(ref seen, 5); author = ReadOptionalString(ref r); break;
                case "source": Once(ref seen, 6); source = ReadEnum<CheckInSource>(ref r); break;
                default: AddUnknown(ref r, LeafLevel, string.Empty, name); break;
            }

            path.Pop();
        }

        Require(at, "at");
        Require(value, "value");
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

    private Initiative ReadInitiative(ref Utf8JsonReader r)
    {
        ExpectObject(ref r);
        Reset(LeafLevel);
        ulong seen = 0;
        string? id = null, title = null, owner = null;
        DateOnly? start = null, due = null;
        var weight = ContributionWeight.Default;
        bool contributes = true;
        decimal? percent = null;
        ExternalLink? link = null;
        var workItems = workItemBuffer;
        workItems.Clear();
        while (NextProperty(ref r, out string name))
        {
            switch (name)
            {
                case "id": Once(ref seen, 0); id = ReadId(ref r); break;
                case "title": Once(ref seen, 1); title = ReadString(ref r); break;
                case "owner": Once(ref seen, 2); owner = ReadOptionalString(ref r); break;
                case "start": Once(ref seen, 3); start = IsNull(ref r) ? null : ReadDay(ref r); break;
                case "due": Once(ref seen, 4); due = IsNull(ref r) ? null : ReadDay(ref r); break;
                case "weight": Once(ref seen, 5); weight = ReadWeight(ref r, LeafLevel); break;
                case "contributes": Once(ref seen, 6); contributes = ReadBoolean(ref r); break;
                case "percentComplete": Once(ref seen, 7); percent = IsNull(ref r) ? null : ReadDecimal(ref r); break;
                case "link": Once(ref seen, 8); link = IsNull(ref r) ? null : ReadLink(ref r, LeafLevel); break;
                case "workItems":
                    Once(ref seen, 9);
                    ExpectArray(ref r);
                    for (int i = 0; NextItem(ref r); i++)
                    {
                        path.Push(i);
                        workItems.Add(ReadWorkItem(ref r));
                        path.Pop();
                    }

                    break;
                default: AddUnknown(ref r, LeafLevel, string.Empty, name); break;
            }

            path.Pop();
        }

        Require(id, "id");
        Require(title, "title");
        return new Initiative
        {
            Id = id!,
            Title = title!,
            Owner = owner,
            Start = start,
            Due = due,
            Weight = weight,
            Contributes = contributes,
            PercentComplete = percent,
            Link = link,
            WorkItems = workItems.ToImmutable(),
            UnknownProperties = Take(LeafLevel),
        };
    }

    private WorkItem ReadWorkItem(ref Utf8JsonReader r)
    {
        ExpectObject(ref r);
        Reset(WorkItemLevel);
        ulong seen = 0;
        string? id = null, title = null, assignee = null;
        var state = WorkItemState.NotStarted;
        decimal? percent = null, effort = null;
        DateOnly? start = null, due = null, completedOn = null;
        var dependsOn = dependsOnBuffer;
        dependsOn.Clear();
        ExternalLink? link = null;
        DateTimeOffset? synced = null;
        while (NextProperty(ref r, out string name))
        {
            switch (name)
            {
                case "id": Once(ref seen, 0); id = ReadId(ref r); break;
                case "title": Once(ref seen, 1); title = ReadString(ref r); break;
                case "state": Once(ref seen, 2); state = ReadEnum<WorkItemState>(ref r); break;
                case "percentComplete": Once(ref seen, 3); percent = IsNull(ref r) ? null : ReadDecimal(ref r); break;
                case "effort": Once(ref seen, 4); effort = IsNull(ref r) ? null : ReadDecimal(ref r); break;
                case "start": Once(ref seen, 5); start = IsNull(ref r) ? null : ReadDay(ref r); break;
                case "due": Once(ref seen, 6); due = IsNull(ref r) ? null : ReadDay(ref r); break;
                case "completedOn": Once(ref seen, 7); completedOn = IsNull(ref r) ? null : ReadDay(ref r); break;
                case "assignee": Once(ref seen, 8); assignee = ReadOptionalString(ref r); break;
                case "dependsOn":
                    Once(ref seen, 9);
                    ExpectArray(ref r);
                    for (int i = 0; NextItem(ref r); i++)
                    {
                        path.Push(i);
                        dependsOn.Add(ReadId(ref r));
                        path.Pop();
                    }

                    break;
                case "link": Once(ref seen, 10); link = IsNull(ref r) ? null : ReadLink(ref r, WorkItemLevel); break;
                case "lastSyncedAt": Once(ref seen, 11); synced = IsNull(ref r) ? null : ReadInstant(ref r); break;
                default: AddUnknown(ref r, WorkItemLevel, string.Empty, name); break;
            }

            path.Pop();
        }

        Require(id, "id");
        Require(title, "title");
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

    private TStrategy ReadStrategy<TStrategy>(ref Utf8JsonReader r, int level, string scope)
        where TStrategy : ScoringStrategy
    {
        ExpectObject(ref r);
        ulong seen = 0;
        string? name = null;
        var strategyOptions = StrategyOptions.Empty;
        while (NextProperty(ref r, out string property))
        {
            switch (property)
            {
                case "name": Once(ref seen, 0); name = ReadString(ref r); break;
                case "options":
                    Once(ref seen, 1);
                    ExpectObject(ref r);
                    while (NextProperty(ref r, out string option))
                    {
                        if (strategyOptions.TryGetValue(option, out _))
                        {
                            throw Error(OkrJsonProblem.DuplicateProperty, $"the option '{option}' appears twice.");
                        }

                        strategyOptions = strategyOptions.With(option, ReadOptionValue(ref r));
                        path.Pop();
                    }

                    break;
                default: AddUnknown(ref r, level, scope, property); break;
            }

            path.Pop();
        }

        Require(name, "name");
        if (!options.Strategies.Contains(name!))
        {
            throw Error(OkrJsonProblem.UnknownStrategy, $"no scoring strategy is registered under the name '{name}' (registered: {string.Join(", ", options.Strategies.Names)}). Register it in OkrJsonOptions.Strategies.");
        }

        try
        {
            return options.Strategies.Create<TStrategy>(name!, strategyOptions);
        }
        catch (InvalidOperationException e)
        {
            throw Error(OkrJsonProblem.UnknownStrategy, $"the strategy '{name}' cannot be used here: {e.Message}", e);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            throw Error(OkrJsonProblem.InvalidValue, $"the options of the strategy '{name}' are not valid: {e.Message}", e);
        }
    }

    private string ReadOptionValue(ref Utf8JsonReader r) => r.TokenType switch
    {
        JsonTokenType.String => r.GetString()!,
        JsonTokenType.Number => Encoding.UTF8.GetString(r.HasValueSequence ? r.ValueSequence.ToArray() : r.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => throw WrongType("a string, number or Boolean", r.TokenType),
    };

    private RollupSettings ReadRollupSettings(ref Utf8JsonReader r, int level, string scope)
    {
        ExpectObject(ref r);
        ulong seen = 0;
        var settings = RollupSettings.Default;
        while (NextProperty(ref r, out string name))
        {
            switch (name)
            {
                case "strategy": Once(ref seen, 0); settings = settings with { Strategy = IsNull(ref r) ? null : ReadStrategy<RollupStrategy>(ref r, level, scope + ".strategy") }; break;
                case "includeChildObjectives": Once(ref seen, 1); settings = settings with { IncludeChildObjectives = ReadBoolean(ref r) }; break;
                case "includeInitiatives": Once(ref seen, 2); settings = settings with { IncludeInitiatives = ReadBoolean(ref r) }; break;
                case "capChildrenAt": Once(ref seen, 3); settings = settings with { CapChildrenAt = IsNull(ref r) ? null : ReadDecimal(ref r) }; break;
                case "floorChildrenAt": Once(ref seen, 4); settings = settings with { FloorChildrenAt = IsNull(ref r) ? null : ReadDecimal(ref r) }; break;
                case "weightByTargetSize": Once(ref seen, 5); settings = settings with { WeightByTargetSize = ReadBoolean(ref r) }; break;
                default: AddUnknown(ref r, level, scope, name); break;
            }

            path.Pop();
        }

        return settings;
    }

    private Period ReadPeriod(ref Utf8JsonReader r)
    {
        ExpectObject(ref r);
        ulong seen = 0;
        DateOnly? start = null, end = null;
        while (NextProperty(ref r, out string name))
        {
            switch (name)
            {
                case "start": Once(ref seen, 0); start = ReadDay(ref r); break;
                case "end": Once(ref seen, 1); end = ReadDay(ref r); break;
                default: AddUnknown(ref r, ObjectiveLevel, "period", name); break;
            }

            path.Pop();
        }

        Require(start, "start");
        Require(end, "end");
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
        ulong seen = 0;
        AlignmentKind? kind = null;
        string? target = null;
        while (NextProperty(ref r, out string name))
        {
            switch (name)
            {
                case "kind": Once(ref seen, 0); kind = ReadEnum<AlignmentKind>(ref r); break;
                case "targetId": Once(ref seen, 1); target = IsNull(ref r) ? null : ReadId(ref r); break;
                default: AddUnknown(ref r, ObjectiveLevel, "alignment", name); break;
            }

            path.Pop();
        }

        Require(kind, "kind");
        switch (kind)
        {
            case AlignmentKind.None:
                return Alignment.None;
            case AlignmentKind.Objective:
                Require(target, "targetId");
                return Alignment.ToObjective(target!);
            default:
                Require(target, "targetId");
                return Alignment.ToKeyResult(target!);
        }
    }

    private ContributionWeight ReadWeight(ref Utf8JsonReader r, int level)
    {
        if (IsNull(ref r))
        {
            return ContributionWeight.Default;
        }

        ExpectObject(ref r);
        ulong seen = 0;
        decimal? multiplier = null, share = null;
        while (NextProperty(ref r, out string name))
        {
            switch (name)
            {
                case "multiplier": Once(ref seen, 0); multiplier = ReadDecimal(ref r); break;
                case "fixedSharePercent": Once(ref seen, 1); share = ReadDecimal(ref r); break;
                default: AddUnknown(ref r, level, "weight", name); break;
            }

            path.Pop();
        }

        if (multiplier is not null && share is not null)
        {
            throw Error(OkrJsonProblem.InvalidValue, "a weight has either 'multiplier' or 'fixedSharePercent', not both.");
        }

        if (multiplier is { } m)
        {
            return ContributionWeight.Times(m);
        }

        return share is { } s
            ? ContributionWeight.FixedShare(s)
            : throw Error(OkrJsonProblem.MissingProperty, "a weight needs 'multiplier' or 'fixedSharePercent'.");
    }

    private MeasureScale ReadScale(ref Utf8JsonReader r)
    {
        ExpectObject(ref r);
        ulong seen = 0;
        decimal? start = null, target = null;
        var unit = MetricUnit.Number;
        while (NextProperty(ref r, out string name))
        {
            switch (name)
            {
                case "start": Once(ref seen, 0); start = ReadDecimal(ref r); break;
                case "target": Once(ref seen, 1); target = ReadDecimal(ref r); break;
                case "unit": Once(ref seen, 2); unit = ReadUnit(ref r); break;
                default: AddUnknown(ref r, ObjectiveLevel, "scale", name); break;
            }

            path.Pop();
        }

        Require(start, "start");
        Require(target, "target");
        return new MeasureScale(start!.Value, target!.Value, unit);
    }

    private ProgressOverride ReadProgressOverride(ref Utf8JsonReader r, int level)
    {
        ExpectObject(ref r);
        ulong seen = 0;
        decimal? progress = null;
        var mode = OverrideMode.OneOff;
        string? reason = null, author = null;
        DateTimeOffset? at = null;
        while (NextProperty(ref r, out string name))
        {
            switch (name)
            {
                case "progress": Once(ref seen, 0); progress = ReadDecimal(ref r); break;
                case "mode": Once(ref seen, 1); mode = ReadEnum<OverrideMode>(ref r); break;
                case "reason": Once(ref seen, 2); reason = ReadString(ref r); break;
                case "author": Once(ref seen, 3); author = ReadString(ref r); break;
                case "at": Once(ref seen, 4); at = ReadInstant(ref r); break;
                default: AddUnknown(ref r, level, "progressOverride", name); break;
            }

            path.Pop();
        }

        Require(progress, "progress");
        Require(reason, "reason");
        Require(author, "author");
        Require(at, "at");
        return new ProgressOverride(Progress.FromRatio(progress!.Value), mode, reason!, author!, at!.Value);
    }

    private ScoreOverride ReadScoreOverride(ref Utf8JsonReader r, int level)
    {
        ExpectObject(ref r);
        ulong seen = 0;
        decimal? score = null;
        string? reason = null, author = null;
        DateTimeOffset? at = null;
        while (NextProperty(ref r, out string name))
        {
            switch (name)
            {
                case "score": Once(ref seen, 0); score = ReadDecimal(ref r); break;
                case "reason": Once(ref seen, 1); reason = ReadString(ref r); break;
                case "author": Once(ref seen, 2); author = ReadString(ref r); break;
                case "at": Once(ref seen, 3); at = ReadInstant(ref r); break;
                default: AddUnknown(ref r, level, "scoreOverride", name); break;
            }

            path.Pop();
        }

        Require(score, "score");
        Require(reason, "reason");
        Require(author, "author");
        Require(at, "at");
        return new ScoreOverride(score!.Value, reason!, author!, at!.Value);
    }

    private ExternalLink ReadLink(ref Utf8JsonReader r, int level)
    {
        ExpectObject(ref r);
        ulong seen = 0;
        string? system = null, key = null, url = null;
        while (NextProperty(ref r, out string name))
        {
            switch (name)
            {
                case "system": Once(ref seen, 0); system = ReadString(ref r); break;
                case "key": Once(ref seen, 1); key = ReadString(ref r); break;
                case "url": Once(ref seen, 2); url = ReadOptionalString(ref r); break;
                default: AddUnknown(ref r, level, "link", name); break;
            }

            path.Pop();
        }

        Require(system, "system");
        Require(key, "key");
        Uri? uri = null;
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out uri))
        {
            throw Error(OkrJsonProblem.InvalidValue, $"'{url}' is not an absolute URL.");
        }

        return new ExternalLink(system!, key!, uri);
    }

    // ---- scalars ----------------------------------------------------------------------------------------------

    private string ReadString(ref Utf8JsonReader r) =>
        r.TokenType == JsonTokenType.String ? r.GetString()! : throw WrongType("a string", r.TokenType);

    private string ReadKnownString(ref Utf8JsonReader r) =>
        r.TokenType == JsonTokenType.String ? KnownNames.GetString(ref r) : throw WrongType("a string", r.TokenType);

    private string? ReadOptionalString(ref Utf8JsonReader r) => IsNull(ref r) ? null : ReadString(ref r);

    private string ReadId(ref Utf8JsonReader r)
    {
        string id = ReadString(ref r);
        return string.IsNullOrWhiteSpace(id) ? throw Error(OkrJsonProblem.InvalidValue, "an id must not be empty or white space.") : id;
    }

    private decimal ReadDecimal(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.Number)
        {
            throw WrongType("a number", r.TokenType);
        }

        // A non-zero number too small for decimal (1e-400, 1e-29) reads as 0: refuse it like one too large, so nothing
        // the user wrote is silently changed.
        return r.TryGetDecimal(out decimal value) && (value != 0m || !HasNonZeroDigit(ref r))
            ? value
            : throw Error(OkrJsonProblem.NumberOutOfRange, $"the number {RawText(ref r)} is outside the range of a decimal (about ±7.9e28, 28 decimal places).");
    }

    /// <summary>Whether the number token's digits before any exponent include one other than 0.</summary>
    private static bool HasNonZeroDigit(ref Utf8JsonReader r)
    {
        ReadOnlySpan<byte> text = r.HasValueSequence ? r.ValueSequence.ToArray() : r.ValueSpan;
        foreach (byte b in text)
        {
            if (b is (byte)'e' or (byte)'E')
            {
                return false;
            }

            if (b is >= (byte)'1' and <= (byte)'9')
            {
                return true;
            }
        }

        return false;
    }

    private int ReadInt(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.Number)
        {
            throw WrongType("an integer", r.TokenType);
        }

        if (r.TryGetInt32(out int value))
        {
            return value;
        }

        return r.TryGetDecimal(out decimal d) && d == decimal.Truncate(d)
            ? throw Error(OkrJsonProblem.NumberOutOfRange, $"the integer {RawText(ref r)} is outside the range of a 32-bit integer.")
            : throw Error(OkrJsonProblem.InvalidValue, $"expected an integer but found {RawText(ref r)}.");
    }

    private bool ReadBoolean(ref Utf8JsonReader r) => r.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw WrongType("true or false", r.TokenType),
    };

    private DateOnly ReadDay(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.String && !r.HasValueSequence && !r.ValueIsEscaped && TryParseDay(r.ValueSpan, out var fast))
        {
            return fast;
        }

        string text = ReadString(ref r);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw Error(OkrJsonProblem.InvalidValue, $"'{text}' is not an ISO 8601 calendar date (yyyy-MM-dd).");
    }

    private DateTimeOffset ReadInstant(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.String && !r.HasValueSequence && !r.ValueIsEscaped)
        {
            // The same test as below on the raw bytes (unescaped, so the same characters), without making a string.
            var raw = r.ValueSpan;
            int tAt = raw.IndexOf((byte)'T');
            bool offset = tAt > 0 && (raw[^1] is (byte)'Z' or (byte)'z' || raw[tAt..].IndexOfAny((byte)'+', (byte)'-') > 0);
            if (offset && r.TryGetDateTimeOffset(out var fast))
            {
                return fast;
            }
        }

        string text = ReadString(ref r);
        int t = text.IndexOf('T', StringComparison.Ordinal);
        bool hasOffset = t > 0 && (text.EndsWith('Z') || text.EndsWith('z') || text.IndexOfAny(['+', '-'], t) > 0);
        return hasOffset && r.TryGetDateTimeOffset(out var instant)
            ? instant
            : throw Error(OkrJsonProblem.InvalidValue, $"'{text}' is not an ISO 8601 date and time with an offset (for example 2026-04-15T09:30:00+02:00).");
    }

    private MetricUnit ReadUnit(ref Utf8JsonReader r)
    {
        string text = ReadString(ref r);
        try
        {
            return MetricUnit.Parse(text);
        }
        catch (FormatException e)
        {
            throw Error(OkrJsonProblem.InvalidValue, e.Message, e);
        }
    }

    private TEnum ReadEnum<TEnum>(ref Utf8JsonReader r)
        where TEnum : struct, Enum =>
        r.TokenType == JsonTokenType.String && !r.HasValueSequence && !r.ValueIsEscaped && JsonText.TryParseCanonicalEnum(r.ValueSpan, out TEnum canonical)
            ? canonical
            : ParseEnum<TEnum>(ReadString(ref r), null);

    /// <summary>Parses exactly <c>dddd-dd-dd</c> (ASCII digits) naming a real day; anything else is left to the
    /// general path, which gives the same answer for these inputs and the error message for the rest.</summary>
    private static bool TryParseDay(ReadOnlySpan<byte> text, out DateOnly day)
    {
        day = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-')
        {
            return false;
        }

        int year = 0, month = 0, dayOfMonth = 0;
        for (int i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            int digit = text[i] - (byte)'0';
            if ((uint)digit > 9)
            {
                return false;
            }

            if (i < 4)
            {
                year = (year * 10) + digit;
            }
            else if (i < 7)
            {
                month = (month * 10) + digit;
            }
            else
            {
                dayOfMonth = (dayOfMonth * 10) + digit;
            }
        }

        if (year < 1 || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        day = new DateOnly(year, month, dayOfMonth);
        return true;
    }

    private TEnum ParseEnum<TEnum>(string text, string? property)
        where TEnum : struct, Enum
    {
        if (JsonText.TryParseEnum(text, out TEnum value))
        {
            return value;
        }

        if (property is not null)
        {
            path.Push(property);
        }

        throw Error(OkrJsonProblem.InvalidValue, $"'{text}' is not one of {JsonText.EnumNames<TEnum>()}.");
    }

    private StartEqualsTargetRule StartEqualsTarget(string? text) =>
        text is null ? StartEqualsTargetRule.NotScored : ParseEnum<StartEqualsTargetRule>(text, "whenStartEqualsTarget");

    private static string RawText(ref Utf8JsonReader r) =>
        Encoding.UTF8.GetString(r.HasValueSequence ? r.ValueSequence.ToArray() : r.ValueSpan);

    // ---- structure --------------------------------------------------------------------------------------------

    private static void Next(ref Utf8JsonReader r)
    {
        if (!r.Read())
        {
            throw new JsonException("The JSON ends too early.");
        }
    }

    private static bool IsNull(ref Utf8JsonReader r) => r.TokenType == JsonTokenType.Null;

    private void ExpectObject(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            throw WrongType("an object", r.TokenType);
        }
    }

    private void ExpectArray(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartArray)
        {
            throw WrongType("an array", r.TokenType);
        }
    }

    /// <summary>Moves to the next property; on success the reader is on its value and the name is pushed on the path.</summary>
    private bool NextProperty(ref Utf8JsonReader r, out string name)
    {
        Next(ref r);
        if (r.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = KnownNames.GetString(ref r);
        path.Push(name);
        Next(ref r);
        return true;
    }

    private static bool NextItem(ref Utf8JsonReader r)
    {
        Next(ref r);
        return r.TokenType != JsonTokenType.EndArray;
    }

    private void Once(ref ulong seen, int bit)
    {
        ulong mask = 1UL << bit;
        if ((seen & mask) != 0)
        {
            throw Error(OkrJsonProblem.DuplicateProperty, "the property appears twice in the same object.");
        }

        seen |= mask;
    }

    private void Require<T>(T? value, string name)
    {
        if (value is null)
        {
            throw Error(OkrJsonProblem.MissingProperty, $"the required property '{name}' is missing.");
        }
    }

    private void Reset(int level) => unknown[level]?.Clear();

    private UnknownProperties Take(int level)
    {
        var list = unknown[level];
        var result = UnknownProperties.FromTrusted(list);
        list?.Clear();
        return result;
    }

    private void AddUnknown(ref Utf8JsonReader r, int level, string scope, string name)
    {
        using var document = JsonDocument.ParseValue(ref r);
        (unknown[level] ??= []).Add(new UnknownProperty(scope, name, UnknownProperties.Minify(document.RootElement)));
    }

    // ---- errors -----------------------------------------------------------------------------------------------

    private OkrJsonException Error(OkrJsonProblem problem, string message, Exception? inner = null) =>
        new(problem, path.ToString(), message, inner);

    private OkrJsonException WrongType(string expected, JsonTokenType found) =>
        Error(OkrJsonProblem.WrongType, $"expected {expected} but found {Describe(found)}.");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a Boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private OkrJsonException FromReader(JsonException e)
    {
        bool tooDeep = e.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase);
        string where = e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {e.BytePositionInLine + 1})") : string.Empty;
        return tooDeep
            ? Error(OkrJsonProblem.TooDeep, $"the document nests deeper than the maximum depth of {options.MaxDepth}{where}.", e)
            : Error(OkrJsonProblem.Malformed, $"the text is not well-formed JSON{where}: {e.Message}", e);
    }

    private OkrJsonException FromPlan(InvalidPlanException e)
    {
        var problem = e.Problem switch
        {
            PlanProblem.DuplicateId => OkrJsonProblem.DuplicateId,
            PlanProblem.DanglingReference => OkrJsonProblem.DanglingReference,
            _ => OkrJsonProblem.AlignmentCycle,
        };
        string at = "$";
        if (!e.ItemIds.IsEmpty)
        {
            var found = Locate(e.ItemIds[0], last: problem == OkrJsonProblem.DuplicateId);
            if (found is { } p)
            {
                at = p.ToPath() + (problem, p.Kind) switch
                {
                    (OkrJsonProblem.DuplicateId, _) => ".id",
                    (_, OkrItemKind.Objective) => ".alignment.targetId",
                    (_, OkrItemKind.KeyResult) => ".parentKeyResultId",
                    (_, OkrItemKind.WorkItem) => ".dependsOn",
                    _ => string.Empty,
                };
            }
        }

        return new OkrJsonException(problem, at, e.Message, e, e.ItemIds);
    }

    /// <summary>Where the read items have an id, in the order they finished reading (work items, then their
    /// initiative, then its key result, then the objective): the first such item, or the last one.</summary>
    private ItemPosition? Locate(string id, bool last)
    {
        ItemPosition? found = null;
        var objectives = objectivesRead;
        for (int o = 0; objectives is not null && o < objectives.Count; o++)
        {
            var keyResults = objectives[o].KeyResults;
            for (int k = 0; k < keyResults.Length; k++)
            {
                var initiatives = keyResults[k].Initiatives;
                for (int i = 0; i < initiatives.Length; i++)
                {
                    var workItems = initiatives[i].WorkItems;
                    for (int t = 0; t < workItems.Length; t++)
                    {
                        if (Match(workItems[t].Id, new ItemPosition(OkrItemKind.WorkItem, o, k, i, t)))
                        {
                            return found;
                        }
                    }

                    if (Match(initiatives[i].Id, new ItemPosition(OkrItemKind.Initiative, o, k, i, -1)))
                    {
                        return found;
                    }
                }

                if (Match(keyResults[k].Id, new ItemPosition(OkrItemKind.KeyResult, o, k, -1, -1)))
                {
                    return found;
                }
            }

            if (Match(objectives[o].Id, new ItemPosition(OkrItemKind.Objective, o, -1, -1, -1)))
            {
                return found;
            }
        }

        return found;

        // Records a match; true when the search is over (the first match is wanted).
        bool Match(string itemId, ItemPosition position)
        {
            if (itemId != id)
            {
                return false;
            }

            found = position;
            return !last;
        }
    }

    private readonly record struct ItemPosition(OkrItemKind Kind, int Objective, int KeyResult, int Initiative, int WorkItem)
    {
        public string ToPath()
        {
            var text = new StringBuilder("$.objectives[").Append(Objective).Append(']');
            if (KeyResult >= 0)
            {
                text.Append(".keyResults[").Append(KeyResult).Append(']');
            }

            if (Initiative >= 0)
            {
                text.Append(".initiatives[").Append(Initiative).Append(']');
            }

            if (WorkItem >= 0)
            {
                text.Append(".workItems[").Append(WorkItem).Append(']');
            }

            return text.ToString();
        }
    }
}
