namespace Okr.Core.Scoring;

/// <summary>
/// Status from the worst child (<c>worst-child</c>, Viva Goals and Perdoo): the most severe status among the
/// contributing children (<see cref="OkrStatusExtensions.Severity(OkrStatus)"/>). Items without children fall back
/// to Viva Goals' pace bands.
/// </summary>
public sealed class WorstChildStatusStrategy : StatusStrategy
{
    /// <summary>The registered name: <c>worst-child</c>.</summary>
    public const string StrategyName = "worst-child";

    private static readonly PaceStatusStrategy Fallback = new();

    /// <summary>Creates the strategy. It has no options.</summary>
    public WorstChildStatusStrategy()
        : base(StrategyName)
    {
    }

    private WorstChildStatusStrategy(StrategyOptions options)
        : base(StrategyName, options)
    {
    }

    /// <summary>Re-creates the strategy from its options. It reads none, but keeps them as given, so options written by a
    /// newer version survive a round trip.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static WorstChildStatusStrategy FromOptions(StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new WorstChildStatusStrategy(options);
    }

    /// <inheritdoc/>
    public override StatusResult Evaluate(in StatusArguments arguments)
    {
        OkrStatus worst = OkrStatus.NotScored;
        string? worstId = null;
        foreach (var child in arguments.Children)
        {
            if (child.Weight > 0m && child.Status.Severity() > worst.Severity())
            {
                worst = child.Status;
                worstId = child.Id;
            }
        }

        if (worstId is null)
        {
            return Fallback.Evaluate(arguments);
        }

        var status = worst is OkrStatus.Achieved or OkrStatus.Closed or OkrStatus.NotStarted ? OkrStatus.OnTrack : worst;
        return new StatusResult(status, $"worst child: {worstId} is {worst}");
    }
}
