using System.Collections.Frozen;
using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <summary>
/// The property names and short enumerated values of the format, so the reader can turn a UTF-8 token into the
/// shared string instead of allocating one per property (a 100,000-item document has about a million names).
/// </summary>
internal static class KnownNames
{
    private const int MaxLength = 32;

    private static readonly FrozenSet<string> Names = Build();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The current string token (a property name or a string value) as a string: the shared instance when it is a known name.</summary>
    public static string GetString(ref Utf8JsonReader r)
    {
        int length = r.HasValueSequence ? (int)Math.Min(r.ValueSequence.Length, int.MaxValue) : r.ValueSpan.Length;
        if (length <= MaxLength)
        {
            Span<char> text = stackalloc char[MaxLength];
            int written = r.CopyString(text);
            return Lookup.TryGetValue(text[..written], out var known) ? known : new string(text[..written]);
        }

        return r.GetString()!;
    }

    private static FrozenSet<string> Build()
    {
        string[] names =
        [
            "activity", "alignment", "assignee", "at", "author", "binary", "boundary", "capChildrenAt", "cascaded-sum", "checkIns",
            "closedOn", "completedOn", "confidence", "contributes", "control-kpi", "day", "defaultRollup", "dependsOn", "description",
            "direction", "due", "effort", "end", "expectedValue", "fixedSharePercent", "floorChildrenAt", "id", "includeChildObjectives",
            "includeInitiatives", "initiatives", "key", "keyResultStatus", "keyResults", "kind", "lastSyncedAt", "linear", "link",
            "lower", "method", "milestones", "mode", "multiplier", "name", "note", "objectiveStatus", "objectives", "options", "owner",
            "parentKeyResultId", "percentComplete", "percentage", "period", "phasedTargets", "plannedCheckIns", "progress",
            "progressByKind", "progressOverride", "progressStrategy", "range", "reason", "riskThreshold", "rollup", "scale",
            "schemaVersion", "score", "scoreOverride", "scoring", "source", "start", "state", "status", "strategy", "system", "target",
            "targetCount", "targetId", "threshold", "title", "type", "unit", "upper", "url", "value", "weight", "weightByTargetSize",
            "whenStartEqualsTarget", "workItems", "baseline",
        ];
        var all = new HashSet<string>(names, StringComparer.Ordinal);
        Add<LinearDirection>(all);
        Add<ThresholdDirection>(all);
        Add<ThresholdBoundary>(all);
        Add<ControlKpiDirection>(all);
        Add<ControlKpiMethod>(all);
        Add<ActivityMethod>(all);
        Add<StartEqualsTargetRule>(all);
        return all.ToFrozenSet(StringComparer.Ordinal);
    }

    private static void Add<TEnum>(HashSet<string> names)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            names.Add(JsonText.EnumName(value));
        }
    }
}
