using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <summary>Adds Okr.Core's JSON format to a caller's <see cref="JsonSerializerOptions"/> (ASP.NET Core, message buses, own pipelines).</summary>
public static class JsonSerializerOptionsExtensions
{
    /// <summary>
    /// Adds the converters for <see cref="OkrPlan"/> (read and write) and <see cref="Scorecard"/> (write only). When the
    /// options already have a type-info resolver (a source-generated context, as trimmed and native AOT apps need), a
    /// reflection-free resolver for both types is also put first in <see cref="JsonSerializerOptions.TypeInfoResolverChain"/>,
    /// so they serialize without reflection and without being listed in the caller's context.
    /// The format is the one <see cref="OkrJson"/> writes; indentation and depth follow <paramref name="options"/>.
    /// </summary>
    /// <param name="options">The options to extend; not yet used for serialization (then they are read-only).</param>
    /// <param name="okrOptions">The strategy registry and scorecard settings; null for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> are read-only (already used).</exception>
    /// <example>
    /// <code>
    /// builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.AddOkr());
    /// </code>
    /// </example>
    public static JsonSerializerOptions AddOkr(this JsonSerializerOptions options, OkrJsonOptions? okrOptions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        okrOptions ??= OkrJsonOptions.Default;
        options.Converters.Add(new OkrPlanJsonConverter(okrOptions));
        options.Converters.Add(new ScorecardJsonConverter(okrOptions));
        if (options.TypeInfoResolver is not null)
        {
            options.TypeInfoResolverChain.Insert(0, new OkrJsonTypeInfoResolver(okrOptions));
        }

        return options;
    }
}
