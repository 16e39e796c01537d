namespace Okr.Core.Scoring;

/// <summary>
/// The default score (<c>grade-bands</c>, Google): the progress clamped to 0..1, graded red below
/// <see cref="YellowFrom"/> (0.4), yellow below <see cref="GreenFrom"/> (0.7), green from there; committed items are
/// expected to reach <see cref="CommittedExpectation"/> (1.0), aspirational ones <see cref="AspirationalExpectation"/> (0.7).
/// </summary>
public sealed class GradeBandScore : ScoreStrategy
{
    /// <summary>The registered name: <c>grade-bands</c>.</summary>
    public const string StrategyName = "grade-bands";

    /// <summary>Creates the strategy with Google's bands and expectations.</summary>
    public GradeBandScore()
        : this(0.4m, 0.7m, 1.0m, 0.7m)
    {
    }

    /// <summary>Creates the strategy.</summary>
    /// <param name="yellowFrom">The score from which the grade is yellow. <value>The default is 0.4.</value></param>
    /// <param name="greenFrom">The score from which the grade is green. <value>The default is 0.7.</value></param>
    /// <param name="committedExpectation">The score a committed item is expected to reach. <value>The default is 1.0.</value></param>
    /// <param name="aspirationalExpectation">The score an aspirational item is expected to reach. <value>The default is 0.7.</value></param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside 0 to 1, or <paramref name="greenFrom"/> is below <paramref name="yellowFrom"/>.</exception>
    public GradeBandScore(decimal yellowFrom, decimal greenFrom, decimal committedExpectation, decimal aspirationalExpectation)
        : this(yellowFrom, greenFrom, committedExpectation, aspirationalExpectation, null)
    {
    }

    private GradeBandScore(decimal yellowFrom, decimal greenFrom, decimal committedExpectation, decimal aspirationalExpectation, StrategyOptions? options)
        : base(StrategyName, options ?? StrategyOptions.Empty.With("yellowFrom", yellowFrom).With("greenFrom", greenFrom).With("committedExpectation", committedExpectation).With("aspirationalExpectation", aspirationalExpectation))
    {
        YellowFrom = Internal.Guard.InRange(yellowFrom, 0m, 1m);
        GreenFrom = Internal.Guard.InRange(greenFrom, 0m, 1m);
        CommittedExpectation = Internal.Guard.InRange(committedExpectation, 0m, 1m);
        AspirationalExpectation = Internal.Guard.InRange(aspirationalExpectation, 0m, 1m);
        if (greenFrom < yellowFrom)
        {
            throw new ArgumentOutOfRangeException(nameof(greenFrom), greenFrom, "The green band must not start below the yellow band.");
        }
    }

    /// <summary>The score from which the grade is yellow.</summary>
    public decimal YellowFrom { get; }

    /// <summary>The score from which the grade is green.</summary>
    public decimal GreenFrom { get; }

    /// <summary>The score a committed item is expected to reach.</summary>
    public decimal CommittedExpectation { get; }

    /// <summary>The score an aspirational item is expected to reach.</summary>
    public decimal AspirationalExpectation { get; }

    /// <summary>Re-creates the strategy from its options, kept as given (unknown ones included).</summary>
    /// <param name="options">The options (<c>yellowFrom</c>, <c>greenFrom</c>, <c>committedExpectation</c>, <c>aspirationalExpectation</c>).</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="FormatException">An option is not a number.</exception>
    public static GradeBandScore FromOptions(StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new GradeBandScore(
            options.GetDecimal("yellowFrom", 0.4m),
            options.GetDecimal("greenFrom", 0.7m),
            options.GetDecimal("committedExpectation", 1.0m),
            options.GetDecimal("aspirationalExpectation", 0.7m),
            options);
    }

    /// <inheritdoc/>
    public override ScoreResult Evaluate(in ScoreArguments arguments)
    {
        decimal expected = arguments.Type == ObjectiveType.Aspirational ? AspirationalExpectation : CommittedExpectation;
        if (arguments.Progress is not { } progress)
        {
            return new ScoreResult(null, Grade.None, expected);
        }

        decimal score = Math.Clamp(progress.Ratio, 0m, 1m);
        return new ScoreResult(score, GradeOf(score), expected);
    }

    /// <inheritdoc/>
    public override Grade GradeOf(decimal score) => score >= GreenFrom ? Grade.Green : score >= YellowFrom ? Grade.Yellow : Grade.Red;
}
