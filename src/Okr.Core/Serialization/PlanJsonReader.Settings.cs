using System.Buffers;
using System.Text;
using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <content>Reads the small objects several items share: a strategy, roll-up settings, a weight, the two overrides, a link.</content>
internal sealed partial class PlanJsonReader
{
    private static readonly JsonNameSet StrategyShape = JsonNameSet.Of(JsonName.Name, JsonName.Options);

    private static readonly JsonNameSet RollupSettingsShape = JsonNameSet.Of(JsonName.Strategy, JsonName.IncludeChildObjectives, JsonName.IncludeInitiatives, JsonName.CapChildrenAt, JsonName.FloorChildrenAt, JsonName.WeightByTargetSize, JsonName.NotScoredChildren);

    private static readonly JsonNameSet WeightShape = JsonNameSet.Of(JsonName.Multiplier, JsonName.FixedSharePercent);

    private static readonly JsonNameSet ProgressOverrideShape = JsonNameSet.Of(JsonName.Progress, JsonName.Mode, JsonName.Reason, JsonName.Author, JsonName.At);

    private static readonly JsonNameSet ScoreOverrideShape = JsonNameSet.Of(JsonName.Score, JsonName.Reason, JsonName.Author, JsonName.At);

    private static readonly JsonNameSet LinkShape = JsonNameSet.Of(JsonName.System, JsonName.Key, JsonName.Url);

    private TStrategy ReadStrategy<TStrategy>(ref Utf8JsonReader r, int level, string scope)
        where TStrategy : ScoringStrategy
    {
        ExpectObject(ref r);
        var seen = default(JsonNameSet);
        string? name = null;
        var strategyOptions = StrategyOptions.Empty;
        while (NextProperty(ref r, StrategyShape, ref seen, out var property, out string propertyName))
        {
            switch (property)
            {
                case JsonName.Name: name = ReadString(ref r); break;
                case JsonName.Options:
                    ExpectObject(ref r);
                    while (NextEntry(ref r, out string option))
                    {
                        if (strategyOptions.TryGetValue(option, out _))
                        {
                            throw Error(OkrJsonProblem.DuplicateProperty, $"the option '{option}' appears twice.");
                        }

                        strategyOptions = strategyOptions.With(option, ReadOptionValue(ref r));
                        path.Pop();
                    }

                    break;
                default: AddUnknown(ref r, level, scope, propertyName); break;
            }

            path.Pop();
        }

        Require(name, JsonName.Name);
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
        var seen = default(JsonNameSet);
        var settings = RollupSettings.Default;
        while (NextProperty(ref r, RollupSettingsShape, ref seen, out var property, out string name))
        {
            switch (property)
            {
                case JsonName.Strategy: settings = settings with { Strategy = IsNull(ref r) ? null : ReadStrategy<RollupStrategy>(ref r, level, scope + ".strategy") }; break;
                case JsonName.IncludeChildObjectives: settings = settings with { IncludeChildObjectives = ReadBoolean(ref r) }; break;
                case JsonName.IncludeInitiatives: settings = settings with { IncludeInitiatives = ReadBoolean(ref r) }; break;
                case JsonName.CapChildrenAt: settings = settings with { CapChildrenAt = IsNull(ref r) ? null : ReadDecimal(ref r) }; break;
                case JsonName.FloorChildrenAt: settings = settings with { FloorChildrenAt = IsNull(ref r) ? null : ReadDecimal(ref r) }; break;
                case JsonName.WeightByTargetSize: settings = settings with { WeightByTargetSize = ReadBoolean(ref r) }; break;
                case JsonName.NotScoredChildren: settings = settings with { NotScoredChildren = ParseEnum<NotScoredChildRule>(ReadKnownString(ref r), null) }; break;
                default: AddUnknown(ref r, level, scope, name); break;
            }

            path.Pop();
        }

        return settings;
    }

    private ContributionWeight ReadWeight(ref Utf8JsonReader r, int level)
    {
        if (IsNull(ref r))
        {
            return ContributionWeight.Default;
        }

        ExpectObject(ref r);
        var seen = default(JsonNameSet);
        decimal? multiplier = null, share = null;
        while (NextProperty(ref r, WeightShape, ref seen, out var property, out string name))
        {
            switch (property)
            {
                case JsonName.Multiplier: multiplier = ReadDecimal(ref r); break;
                case JsonName.FixedSharePercent: share = ReadDecimal(ref r); break;
                default: AddUnknown(ref r, level, JsonName.Weight.Text, name); break;
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

    private ProgressOverride ReadProgressOverride(ref Utf8JsonReader r, int level)
    {
        ExpectObject(ref r);
        var seen = default(JsonNameSet);
        decimal? progress = null;
        var mode = OverrideMode.OneOff;
        string? reason = null, author = null;
        DateTimeOffset? at = null;
        while (NextProperty(ref r, ProgressOverrideShape, ref seen, out var property, out string name))
        {
            switch (property)
            {
                case JsonName.Progress: progress = ReadDecimal(ref r); break;
                case JsonName.Mode: mode = ReadEnum<OverrideMode>(ref r); break;
                case JsonName.Reason: reason = ReadString(ref r); break;
                case JsonName.Author: author = ReadString(ref r); break;
                case JsonName.At: at = ReadInstant(ref r); break;
                default: AddUnknown(ref r, level, JsonName.ProgressOverride.Text, name); break;
            }

            path.Pop();
        }

        Require(progress, JsonName.Progress);
        Require(reason, JsonName.Reason);
        Require(author, JsonName.Author);
        Require(at, JsonName.At);
        return new ProgressOverride(Progress.FromRatio(progress!.Value), mode, reason!, author!, at!.Value);
    }

    private ScoreOverride ReadScoreOverride(ref Utf8JsonReader r, int level)
    {
        ExpectObject(ref r);
        var seen = default(JsonNameSet);
        decimal? score = null;
        string? reason = null, author = null;
        DateTimeOffset? at = null;
        while (NextProperty(ref r, ScoreOverrideShape, ref seen, out var property, out string name))
        {
            switch (property)
            {
                case JsonName.Score: score = ReadDecimal(ref r); break;
                case JsonName.Reason: reason = ReadString(ref r); break;
                case JsonName.Author: author = ReadString(ref r); break;
                case JsonName.At: at = ReadInstant(ref r); break;
                default: AddUnknown(ref r, level, JsonName.ScoreOverride.Text, name); break;
            }

            path.Pop();
        }

        Require(score, JsonName.Score);
        Require(reason, JsonName.Reason);
        Require(author, JsonName.Author);
        Require(at, JsonName.At);
        return new ScoreOverride(score!.Value, reason!, author!, at!.Value);
    }

    private ExternalLink ReadLink(ref Utf8JsonReader r, int level)
    {
        ExpectObject(ref r);
        var seen = default(JsonNameSet);
        string? system = null, key = null, url = null;
        while (NextProperty(ref r, LinkShape, ref seen, out var property, out string name))
        {
            switch (property)
            {
                case JsonName.System: system = ReadString(ref r); break;
                case JsonName.Key: key = ReadString(ref r); break;
                case JsonName.Url: url = ReadOptionalString(ref r); break;
                default: AddUnknown(ref r, level, JsonName.Link.Text, name); break;
            }

            path.Pop();
        }

        Require(system, JsonName.System);
        Require(key, JsonName.Key);
        Uri? uri = null;
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out uri))
        {
            throw Error(OkrJsonProblem.InvalidValue, $"'{url}' is not an absolute URL.");
        }

        return new ExternalLink(system!, key!, uri);
    }
}
