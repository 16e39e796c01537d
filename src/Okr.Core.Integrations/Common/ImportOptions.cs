namespace Okr.Core.Integrations;

/// <summary>Options every importer shares. Immutable; each vendor has a sealed subclass with its defaults.</summary>
public abstract record ImportOptions
{
    private readonly string keyResultId = string.Empty;

    /// <summary>The key result the imported initiatives belong to (used by <see cref="ImportResult.AttachTo"/>).</summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public required string KeyResultId
    {
        get => keyResultId;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(KeyResultId));
            keyResultId = value;
        }
    }

    /// <summary>How tasks are grouped into initiatives. The default is <see cref="InitiativeGrouping.ByParent"/>.</summary>
    public InitiativeGrouping Grouping { get; init; }

    /// <summary>The id of the single (or fallback) initiative; null for <c>{KeyResultId}/{system}</c>.</summary>
    public string? InitiativeId { get; init; }

    /// <summary>The title of the single (or fallback) initiative; null for a title naming the tool.</summary>
    public string? InitiativeTitle { get; init; }

    /// <summary>The prefix put before a tool's key to make plan ids (<c>jira:PROJ-1</c>); null for <c>{system}:</c>.</summary>
    public string? IdPrefix { get; init; }

    /// <summary>The status mapping; null for the vendor's preset.</summary>
    public StatusMapping? StatusMapping { get; init; }

    /// <summary>The culture dates are parsed with. The default is the invariant culture; set another only for exports
    /// whose month names are translated.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>Date formats tried in order (exact match) before the ISO 8601 forms; null or empty for the vendor's defaults.</summary>
    public ImmutableArray<string> DateFormats { get; init; }

    /// <summary>The UTC offset given to date-times written without one (CSV exports, MSPDI). The default is zero (UTC).</summary>
    public TimeSpan DefaultOffset { get; init; }
}
