using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <summary>
/// Reads the interchange format with a <see cref="Utf8JsonReader"/>, tracking the JSON path for error messages.
/// Recursion follows the format's fixed nesting (plan, objective, key result, initiative, work item), never user data;
/// unknown values are captured by <see cref="JsonDocument.ParseValue"/>, bounded by the reader's maximum depth.
/// Every failure surfaces as an <see cref="OkrJsonException"/>.
/// </summary>
/// <remarks>
/// One partial file per object of the format (as System.Text.Json splits its own reader): this one reads the plan and
/// its scoring configuration; <c>.Objective</c>, <c>.KeyResult</c>, <c>.Kind</c>, <c>.Initiative</c>, <c>.WorkItem</c>
/// read the items; <c>.Settings</c> the small objects several items share (strategy, roll-up settings, weight,
/// overrides, link); <c>.Values</c> the scalars; <c>.Structure</c> the walk over properties (where duplicates are
/// refused, from each object's <see cref="JsonNameSet"/> shape); <c>.Errors</c> the exceptions. Property names come
/// from <see cref="JsonName"/>, the vocabulary the writer uses too.
/// </remarks>
internal sealed partial class PlanJsonReader
{
    private const int PlanLevel = 0;
    private const int ObjectiveLevel = 1;
    private const int KeyResultLevel = 2;
    private const int LeafLevel = 3;
    private const int WorkItemLevel = 4;

    private static readonly JsonNameSet PlanShape = JsonNameSet.Of(JsonName.SchemaVersion, JsonName.Scoring, JsonName.Objectives);

    private static readonly JsonNameSet ScoringShape = JsonNameSet.Of(
        JsonName.Progress,
        JsonName.ProgressByKind,
        JsonName.Rollup,
        JsonName.DefaultRollup,
        JsonName.KeyResultStatus,
        JsonName.ObjectiveStatus,
        JsonName.Score,
        JsonName.Forecast,
        JsonName.StaleAfterDays);

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
        var seen = default(JsonNameSet);
        int? version = null;
        ScoringConfiguration? scoring = null;
        var objectives = ImmutableArray.CreateBuilder<Objective>();
        objectivesRead = objectives;
        while (NextProperty(ref r, PlanShape, ref seen, out var property, out string name))
        {
            switch (property)
            {
                case JsonName.SchemaVersion:
                    version = ReadInt(ref r);
                    if (version != JsonText.SchemaVersion)
                    {
                        throw Error(OkrJsonProblem.UnsupportedVersion, $"schema version {version} is not supported; this version of Okr.Core reads version {JsonText.SchemaVersion}.");
                    }

                    break;
                case JsonName.Scoring:
                    scoring = ReadScoring(ref r);
                    break;
                case JsonName.Objectives:
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
        var seen = default(JsonNameSet);
        var scoring = ScoringConfiguration.Default;
        while (NextProperty(ref r, ScoringShape, ref seen, out var property, out string name))
        {
            switch (property)
            {
                case JsonName.Progress: scoring = scoring with { Progress = ReadStrategy<ProgressStrategy>(ref r, PlanLevel, "scoring.progress") }; break;
                case JsonName.ProgressByKind: scoring = scoring with { ProgressByKind = ReadProgressByKind(ref r) }; break;
                case JsonName.Rollup: scoring = scoring with { Rollup = ReadStrategy<RollupStrategy>(ref r, PlanLevel, "scoring.rollup") }; break;
                case JsonName.DefaultRollup: scoring = scoring with { DefaultRollup = ReadRollupSettings(ref r, PlanLevel, "scoring.defaultRollup") }; break;
                case JsonName.KeyResultStatus: scoring = scoring with { KeyResultStatus = ReadStrategy<StatusStrategy>(ref r, PlanLevel, "scoring.keyResultStatus") }; break;
                case JsonName.ObjectiveStatus: scoring = scoring with { ObjectiveStatus = ReadStrategy<StatusStrategy>(ref r, PlanLevel, "scoring.objectiveStatus") }; break;
                case JsonName.Score: scoring = scoring with { Score = ReadStrategy<ScoreStrategy>(ref r, PlanLevel, "scoring.score") }; break;
                case JsonName.Forecast: scoring = scoring with { Forecast = ReadStrategy<ForecastStrategy>(ref r, PlanLevel, "scoring.forecast") }; break;
                case JsonName.StaleAfterDays: scoring = scoring with { StaleAfterDays = ReadStaleAfterDays(ref r) }; break;
                default: AddUnknown(ref r, PlanLevel, JsonName.Scoring.Text, name); break;
            }

            path.Pop();
        }

        return scoring;
    }

    private ImmutableDictionary<string, ProgressStrategy> ReadProgressByKind(ref Utf8JsonReader r)
    {
        ExpectObject(ref r);
        var byKind = ImmutableDictionary.CreateBuilder<string, ProgressStrategy>(StringComparer.Ordinal);
        while (NextEntry(ref r, out string kind))
        {
            if (byKind.ContainsKey(kind))
            {
                throw Error(OkrJsonProblem.DuplicateProperty, $"the kind '{kind}' appears twice.");
            }

            byKind[kind] = ReadStrategy<ProgressStrategy>(ref r, PlanLevel, "scoring.progressByKind." + kind);
            path.Pop();
        }

        return byKind.ToImmutable();
    }

    private int ReadStaleAfterDays(ref Utf8JsonReader r)
    {
        int days = ReadInt(ref r);
        return days >= 1 ? days : throw Error(OkrJsonProblem.NumberOutOfRange, $"staleAfterDays must be 1 or more, not {days}.");
    }
}
