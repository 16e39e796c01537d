using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <content>Writes the small objects several items share: a strategy, roll-up settings, a weight, the two overrides, a link.</content>
internal static partial class PlanJsonWriter
{
    private static void WriteRollupSettings(Utf8JsonWriter w, RollupSettings s, UnknownProperties u, string scope)
    {
        w.WriteStartObject();
        if (s.Strategy is { } strategy)
        {
            WriteStrategy(w, JsonName.Strategy, strategy, u, scope + ".strategy");
        }

        if (!s.IncludeChildObjectives)
        {
            w.WriteBoolean(JsonName.IncludeChildObjectives.Utf8, false);
        }

        if (s.IncludeInitiatives)
        {
            w.WriteBoolean(JsonName.IncludeInitiatives.Utf8, true);
        }

        if (s.CapChildrenAt is { } cap)
        {
            w.WriteNumber(JsonName.CapChildrenAt.Utf8, cap);
        }

        if (s.FloorChildrenAt is { } floor)
        {
            w.WriteNumber(JsonName.FloorChildrenAt.Utf8, floor);
        }

        if (s.WeightByTargetSize)
        {
            w.WriteBoolean(JsonName.WeightByTargetSize.Utf8, true);
        }

        WriteNotScoredChildren(w, s.NotScoredChildren);

        WriteUnknown(w, u, scope);
        w.WriteEndObject();
    }

    /// <summary>Writes <c>{ "name": ..., "options": { ... } }</c>. An option value that is a canonical decimal is written
    /// as a JSON number, <c>true</c>/<c>false</c> as a JSON Boolean, anything else as a string; reading gives back the
    /// same text, so options round-trip exactly.</summary>
    private static void WriteStrategy(Utf8JsonWriter w, JsonName property, ScoringStrategy strategy, UnknownProperties u, string scope)
    {
        w.WriteStartObject(property.Utf8);
        WriteStrategyBody(w, strategy, u, scope);
    }

    /// <summary>Writes a strategy under a name that is data (a key-result kind in <c>progressByKind</c>).</summary>
    private static void WriteStrategy(Utf8JsonWriter w, string propertyName, ScoringStrategy strategy, UnknownProperties u, string scope)
    {
        w.WriteStartObject(propertyName);
        WriteStrategyBody(w, strategy, u, scope);
    }

    private static void WriteStrategyBody(Utf8JsonWriter w, ScoringStrategy strategy, UnknownProperties u, string scope)
    {
        w.WriteString(JsonName.Name.Utf8, strategy.Name);
        if (strategy.Options.Count > 0)
        {
            w.WriteStartObject(JsonName.Options.Utf8);
            foreach (var option in strategy.Options)
            {
                if (option.Value is "true" or "false")
                {
                    w.WriteBoolean(option.Key, option.Value == "true");
                }
                else if (IsCanonicalNumber(option.Value, out decimal number))
                {
                    w.WriteNumber(option.Key, number);
                }
                else
                {
                    w.WriteString(option.Key, option.Value);
                }
            }

            w.WriteEndObject();
        }

        WriteUnknown(w, u, scope);
        w.WriteEndObject();
    }

    internal static bool IsCanonicalNumber(string text, out decimal number) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)
        && number.ToString(CultureInfo.InvariantCulture) == text;

    private static void WriteWeight(Utf8JsonWriter w, ContributionWeight weight, UnknownProperties u)
    {
        if (weight == ContributionWeight.Default && !HasScope(u, JsonName.Weight.Text, prefix: false))
        {
            return;
        }

        w.WriteStartObject(JsonName.Weight.Utf8);
        if (weight.IsFixedShare)
        {
            w.WriteNumber(JsonName.FixedSharePercent.Utf8, weight.FixedSharePercent);
        }
        else
        {
            w.WriteNumber(JsonName.Multiplier.Utf8, weight.Multiplier);
        }

        WriteUnknown(w, u, JsonName.Weight.Text);
        w.WriteEndObject();
    }

    private static void WriteProgressOverride(Utf8JsonWriter w, ProgressOverride? o, UnknownProperties u)
    {
        if (o is null)
        {
            return;
        }

        w.WriteStartObject(JsonName.ProgressOverride.Utf8);
        w.WriteNumber(JsonName.Progress.Utf8, o.Progress.Ratio);
        if (o.Mode != OverrideMode.OneOff)
        {
            w.WriteString(JsonName.Mode.Utf8, JsonText.EnumName(o.Mode));
        }

        w.WriteString(JsonName.Reason.Utf8, o.Reason);
        w.WriteString(JsonName.Author.Utf8, o.Author);
        w.WriteString(JsonName.At.Utf8, o.At);
        WriteUnknown(w, u, JsonName.ProgressOverride.Text);
        w.WriteEndObject();
    }

    private static void WriteScoreOverride(Utf8JsonWriter w, ScoreOverride? o, UnknownProperties u)
    {
        if (o is null)
        {
            return;
        }

        w.WriteStartObject(JsonName.ScoreOverride.Utf8);
        WriteScoreOverrideBody(w, o);
        WriteUnknown(w, u, JsonName.ScoreOverride.Text);
        w.WriteEndObject();
    }

    internal static void WriteScoreOverrideBody(Utf8JsonWriter w, ScoreOverride o)
    {
        w.WriteNumber(JsonName.Score.Utf8, o.Score);
        w.WriteString(JsonName.Reason.Utf8, o.Reason);
        w.WriteString(JsonName.Author.Utf8, o.Author);
        w.WriteString(JsonName.At.Utf8, o.At);
    }

    private static void WriteLink(Utf8JsonWriter w, ExternalLink? link, UnknownProperties u)
    {
        if (link is null)
        {
            return;
        }

        w.WriteStartObject(JsonName.Link.Utf8);
        w.WriteString(JsonName.System.Utf8, link.System);
        w.WriteString(JsonName.Key.Utf8, link.Key);
        if (link.Url is { } url)
        {
            w.WriteString(JsonName.Url.Utf8, url.OriginalString);
        }

        WriteUnknown(w, u, JsonName.Link.Text);
        w.WriteEndObject();
    }
}
