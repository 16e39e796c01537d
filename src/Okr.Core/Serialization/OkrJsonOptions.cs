using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <summary>
/// How Okr.Core reads and writes its JSON format: the strategy registry names resolve against, and the documented
/// limits. Immutable; use <c>with</c> to change a setting.
/// </summary>
/// <example>
/// <code>
/// var options = OkrJsonOptions.Default with { Strategies = StrategyRegistry.BuiltIn.With("s-curve", o => new SCurvePace(o)) };
/// OkrPlan plan = OkrJson.Deserialize(json, options);
/// </code>
/// </example>
public sealed record OkrJsonOptions
{
    /// <summary>The smallest allowed <see cref="MaxDepth"/>: the format itself nests this deep.</summary>
    public const int MinimumDepth = 16;

    /// <summary>The largest allowed <see cref="MaxDepth"/>.</summary>
    public const int MaximumDepth = 256;

    private readonly StrategyRegistry strategies = StrategyRegistry.BuiltIn;
    private readonly int maxDepth = 64;
    private readonly long maxDocumentBytes = 256L * 1024 * 1024;

    /// <summary>The default options: built-in strategies, depth 64, 256 MiB per stream, compact output.</summary>
    public static OkrJsonOptions Default { get; } = new();

    /// <summary>The registry strategy names are resolved against when reading; names not in it are an error
    /// (<see cref="OkrJsonProblem.UnknownStrategy"/>), never a silent fallback.
    /// <value>The default is <see cref="StrategyRegistry.BuiltIn"/>.</value></summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public StrategyRegistry Strategies { get => strategies; init => strategies = Internal.Guard.NotNull(value, nameof(Strategies)); }

    /// <summary>The deepest nesting of JSON objects and arrays accepted when reading and produced when writing,
    /// unknown properties' values included. <value>The default is 64.</value></summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside <see cref="MinimumDepth"/> to <see cref="MaximumDepth"/>.</exception>
    public int MaxDepth
    {
        get => maxDepth;
        init => maxDepth = value is >= MinimumDepth and <= MaximumDepth
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, $"The maximum depth must be between {MinimumDepth} and {MaximumDepth}.");
    }

    /// <summary>The most bytes read from a stream; a longer stream is an error (<see cref="OkrJsonProblem.TooLarge"/>)
    /// raised before more is buffered. Strings and byte spans are not limited: the caller already holds them.
    /// <value>The default is 256 MiB (268,435,456 bytes).</value></summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1 or above <see cref="Array.MaxLength"/>.</exception>
    public long MaxDocumentBytes
    {
        get => maxDocumentBytes;
        init => maxDocumentBytes = value >= 1 && value <= Array.MaxLength
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxDocumentBytes), value, $"The maximum document size must be between 1 and {Array.MaxLength} bytes.");
    }

    /// <summary>Whether output is indented (two spaces, one property per line). <value>The default is <see langword="false"/>.</value></summary>
    public bool WriteIndented { get; init; }

    /// <summary>Whether a serialized scorecard includes each item's explanation (rules, contributions, overrides).
    /// <value>The default is <see langword="false"/>.</value></summary>
    public bool IncludeExplanations { get; init; }

    /// <summary>Whether a serialized scorecard includes each objective's and key result's <c>forecast</c> (see
    /// <see cref="OkrForecaster"/>). <value>The default is <see langword="false"/>.</value></summary>
    public bool IncludeForecast { get; init; }

    /// <summary>Whether a serialized scorecard includes each key result's <c>daysSinceCheckIn</c> and <c>stale</c>, and
    /// each objective's <c>stale</c> and <c>staleKeyResults</c> (see <see cref="OkrStaleness"/>, with the plan's threshold).
    /// <value>The default is <see langword="false"/>.</value></summary>
    public bool IncludeStaleness { get; init; }
}
