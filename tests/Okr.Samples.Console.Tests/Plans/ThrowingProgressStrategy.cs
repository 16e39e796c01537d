using Okr.Core.Scoring;

namespace Okr.Samples.Cli.Tests.Plans;

/// <summary>
/// A user's progress strategy with a bug: it throws for a latest check-in above <see cref="Limit"/>. Loaded with
/// <c>--strategies</c> (the test assembly itself), it makes scoring fail only after a check-in, which is what a failing
/// command must survive without touching the plan file (issue 13, defect 8).
/// </summary>
public sealed class ThrowingProgressStrategy : ProgressStrategy
{
    /// <summary>The name plans use for this strategy.</summary>
    public const string StrategyName = "throws-above-limit";

    /// <summary>The highest check-in value the strategy scores.</summary>
    public const decimal Limit = 100m;

    private static readonly StandardProgressStrategy Standard = new();

    /// <summary>Creates the strategy.</summary>
    public ThrowingProgressStrategy()
        : base(StrategyName, StrategyOptions.Empty)
    {
    }

    /// <summary>Re-creates the strategy from a plan file's options (it has none).</summary>
    public static ThrowingProgressStrategy FromOptions(StrategyOptions options) => new();

    /// <inheritdoc/>
    public override ProgressResult Compute(in ProgressArguments arguments) =>
        arguments.LatestCheckIn is { Value: > Limit } checkIn
            ? throw new InvalidOperationException($"the strategy's bug: {checkIn.Value} is above {Limit}")
            : Standard.Compute(arguments);

    /// <inheritdoc/>
    public override string Explain(in ProgressArguments arguments, ProgressResult result) => Standard.Explain(arguments, result);
}
