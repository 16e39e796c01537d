using System.Text.Json;
using System.Text.Json.Serialization;

namespace Okr.Core.Testing.Baselines.Json;

// Plain DTO classes mirroring docs/json-format.md (schema version 1), the shape a team would write by hand to read
// and write the format with System.Text.Json: mutable classes, nullable members for optional values (left out when
// null), enums as camelCase strings, kind-specific properties flattened into one class. They hold the document as
// data; they do no validation and build no plan. The JSON benchmark's baseline (JsonBenchmarks) reads and writes them
// with the source-generated PlanDtoJsonContext; DtoBaselineAgreementTests checks they read a generated document into
// the same items and numbers as OkrJson and write it back to the same bytes.

/// <summary>The document: <c>schemaVersion</c>, <c>scoring</c>, <c>objectives</c>.</summary>
public sealed class PlanDocumentDto
{
    public int SchemaVersion { get; set; }

    public ScoringDto? Scoring { get; set; }

    public List<ObjectiveDto>? Objectives { get; set; }
}

public sealed class ScoringDto
{
    public StrategyDto? Progress { get; set; }

    public Dictionary<string, StrategyDto>? ProgressByKind { get; set; }

    public StrategyDto? Rollup { get; set; }

    public RollupSettingsDto? DefaultRollup { get; set; }

    public StrategyDto? KeyResultStatus { get; set; }

    public StrategyDto? ObjectiveStatus { get; set; }

    public StrategyDto? Score { get; set; }
}

public sealed class StrategyDto
{
    public string Name { get; set; } = string.Empty;

    public Dictionary<string, JsonElement>? Options { get; set; }
}

public sealed class RollupSettingsDto
{
    public StrategyDto? Strategy { get; set; }

    public bool? IncludeChildObjectives { get; set; }

    public bool? IncludeInitiatives { get; set; }

    public decimal? CapChildrenAt { get; set; }

    public decimal? FloorChildrenAt { get; set; }

    public bool? WeightByTargetSize { get; set; }
}

public sealed class ObjectiveDto
{
    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public PeriodDto Period { get; set; } = new();

    public string? Description { get; set; }

    public string? Owner { get; set; }

    public ObjectiveTypeDto? Type { get; set; }

    public AlignmentDto? Alignment { get; set; }

    public WeightDto? Weight { get; set; }

    public bool? Contributes { get; set; }

    public RollupSettingsDto? Rollup { get; set; }

    public ScaleDto? Scale { get; set; }

    public ProgressOverrideDto? ProgressOverride { get; set; }

    public ScoreOverrideDto? ScoreOverride { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public List<KeyResultDto>? KeyResults { get; set; }
}

public sealed class PeriodDto
{
    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }
}

public sealed class AlignmentDto
{
    public AlignmentKindDto Kind { get; set; }

    public string TargetId { get; set; } = string.Empty;
}

public sealed class WeightDto
{
    public decimal? Multiplier { get; set; }

    public decimal? FixedSharePercent { get; set; }
}

public sealed class ScaleDto
{
    public decimal Start { get; set; }

    public decimal Target { get; set; }

    public string? Unit { get; set; }
}

public sealed class ProgressOverrideDto
{
    public decimal Progress { get; set; }

    public OverrideModeDto? Mode { get; set; }

    public string Reason { get; set; } = string.Empty;

    public string Author { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}

public sealed class ScoreOverrideDto
{
    public decimal Score { get; set; }

    public string Reason { get; set; } = string.Empty;

    public string Author { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}

public sealed class KeyResultDto
{
    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public KindDto Kind { get; set; } = new();

    public string? Description { get; set; }

    public string? Owner { get; set; }

    public WeightDto? Weight { get; set; }

    public bool? Contributes { get; set; }

    public string? ParentKeyResultId { get; set; }

    public StrategyDto? ProgressStrategy { get; set; }

    public ProgressOverrideDto? ProgressOverride { get; set; }

    public ScoreOverrideDto? ScoreOverride { get; set; }

    public List<PhasedTargetDto>? PhasedTargets { get; set; }

    public List<CheckInDto>? CheckIns { get; set; }

    public List<InitiativeDto>? Initiatives { get; set; }
}

/// <summary>Every key-result kind in one class: <c>type</c> first, then the properties of all kinds (null when absent).</summary>
public sealed class KindDto
{
    public string Type { get; set; } = string.Empty;

    public string? Direction { get; set; }

    public decimal? Start { get; set; }

    public decimal? Target { get; set; }

    public decimal? Threshold { get; set; }

    public decimal? RiskThreshold { get; set; }

    public string? Boundary { get; set; }

    public decimal? Lower { get; set; }

    public decimal? Upper { get; set; }

    public int? PlannedCheckIns { get; set; }

    public string? Method { get; set; }

    public int? TargetCount { get; set; }

    public List<MilestoneDto>? Milestones { get; set; }

    public string? Unit { get; set; }

    public string? WhenStartEqualsTarget { get; set; }
}

public sealed class MilestoneDto
{
    public string Title { get; set; } = string.Empty;

    public decimal Weight { get; set; }
}

public sealed class PhasedTargetDto
{
    public DateOnly Day { get; set; }

    public decimal ExpectedValue { get; set; }
}

public sealed class CheckInDto
{
    public DateTimeOffset At { get; set; }

    public decimal Value { get; set; }

    public decimal? Confidence { get; set; }

    public StatusDto? Status { get; set; }

    public string? Note { get; set; }

    public string? Author { get; set; }

    public CheckInSourceDto? Source { get; set; }
}

public sealed class InitiativeDto
{
    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string? Owner { get; set; }

    public DateOnly? Start { get; set; }

    public DateOnly? Due { get; set; }

    public WeightDto? Weight { get; set; }

    public bool? Contributes { get; set; }

    public decimal? PercentComplete { get; set; }

    public LinkDto? Link { get; set; }

    public List<WorkItemDto>? WorkItems { get; set; }
}

public sealed class WorkItemDto
{
    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public WorkStateDto? State { get; set; }

    public decimal? PercentComplete { get; set; }

    public decimal? Effort { get; set; }

    public DateOnly? Start { get; set; }

    public DateOnly? Due { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public string? Assignee { get; set; }

    public List<string>? DependsOn { get; set; }

    public LinkDto? Link { get; set; }

    public DateTimeOffset? LastSyncedAt { get; set; }
}

public sealed class LinkDto
{
    public string System { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    public string? Url { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<ObjectiveTypeDto>))]
public enum ObjectiveTypeDto
{
    [JsonStringEnumMemberName("committed")] Committed,
    [JsonStringEnumMemberName("aspirational")] Aspirational,
}

[JsonConverter(typeof(JsonStringEnumConverter<AlignmentKindDto>))]
public enum AlignmentKindDto
{
    [JsonStringEnumMemberName("objective")] Objective,
    [JsonStringEnumMemberName("keyResult")] KeyResult,
}

[JsonConverter(typeof(JsonStringEnumConverter<OverrideModeDto>))]
public enum OverrideModeDto
{
    [JsonStringEnumMemberName("oneOff")] OneOff,
    [JsonStringEnumMemberName("sticky")] Sticky,
}

[JsonConverter(typeof(JsonStringEnumConverter<StatusDto>))]
public enum StatusDto
{
    [JsonStringEnumMemberName("notScored")] NotScored,
    [JsonStringEnumMemberName("notStarted")] NotStarted,
    [JsonStringEnumMemberName("onTrack")] OnTrack,
    [JsonStringEnumMemberName("behind")] Behind,
    [JsonStringEnumMemberName("atRisk")] AtRisk,
    [JsonStringEnumMemberName("achieved")] Achieved,
    [JsonStringEnumMemberName("closed")] Closed,
}

[JsonConverter(typeof(JsonStringEnumConverter<CheckInSourceDto>))]
public enum CheckInSourceDto
{
    [JsonStringEnumMemberName("person")] Person,
    [JsonStringEnumMemberName("rollup")] Rollup,
    [JsonStringEnumMemberName("integration")] Integration,
}

[JsonConverter(typeof(JsonStringEnumConverter<WorkStateDto>))]
public enum WorkStateDto
{
    [JsonStringEnumMemberName("notStarted")] NotStarted,
    [JsonStringEnumMemberName("inProgress")] InProgress,
    [JsonStringEnumMemberName("done")] Done,
    [JsonStringEnumMemberName("blocked")] Blocked,
    [JsonStringEnumMemberName("cancelled")] Cancelled,
}

/// <summary>The source-generated System.Text.Json context for the DTOs: camelCase, nulls left out, compact output.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(PlanDocumentDto))]
public sealed partial class PlanDtoJsonContext : JsonSerializerContext;
