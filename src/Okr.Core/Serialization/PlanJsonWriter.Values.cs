using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <content>Writes the small values with defaults (left out when equal to them) and the unknown properties kept from reading.</content>
internal static partial class PlanJsonWriter
{
    private static void WriteUnit(Utf8JsonWriter w, MetricUnit unit)
    {
        if (unit != MetricUnit.Number)
        {
            w.WriteString(JsonName.Unit.Utf8, unit.ToString());
        }
    }

    private static void WriteNotScoredChildren(Utf8JsonWriter w, NotScoredChildRule rule)
    {
        if (rule != NotScoredChildRule.LeaveOut)
        {
            w.WriteString(JsonName.NotScoredChildren.Utf8, JsonText.EnumName(rule));
        }
    }

    private static void WriteStartEqualsTarget(Utf8JsonWriter w, StartEqualsTargetRule rule)
    {
        if (rule != StartEqualsTargetRule.NotScored)
        {
            w.WriteString(JsonName.WhenStartEqualsTarget.Utf8, JsonText.EnumName(rule));
        }
    }

    private static void WriteContributes(Utf8JsonWriter w, bool contributes)
    {
        if (!contributes)
        {
            w.WriteBoolean(JsonName.Contributes.Utf8, false);
        }
    }

    private static void WriteOptionalString(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteOptionalDay(Utf8JsonWriter w, JsonEncodedText name, DateOnly? day)
    {
        if (day is { } d)
        {
            JsonText.WriteDay(w, name, d);
        }
    }

    internal static string Indexed(string scope, int index) => string.Create(CultureInfo.InvariantCulture, $"{scope}[{index}]");

    private static bool HasScope(UnknownProperties u, string scope, bool prefix)
    {
        foreach (var p in u)
        {
            if (p.Scope == scope || (prefix && p.Scope.StartsWith(scope + ".", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    internal static void WriteUnknown(Utf8JsonWriter w, UnknownProperties u, string scope)
    {
        if (u.IsEmpty)
        {
            return;
        }

        foreach (var p in u)
        {
            if (!string.Equals(p.Scope, scope, StringComparison.Ordinal))
            {
                continue;
            }

            w.WritePropertyName(p.Name);
            using var document = JsonDocument.Parse(p.Json);
            document.RootElement.WriteTo(w);
        }
    }
}
