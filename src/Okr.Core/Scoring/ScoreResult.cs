namespace Okr.Core.Scoring;

/// <summary>An item's score: the computed one, the recorded one (after any override) and its grade.</summary>
public readonly struct ScoreResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="computed">The computed score, 0 to 1, or null when not scored.</param>
    /// <param name="grade">The grade of the computed score.</param>
    /// <param name="expected">The score expected for the item's type (1.0 committed, 0.7 aspirational by default).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="computed"/> or <paramref name="expected"/> is outside 0 to 1.</exception>
    public ScoreResult(decimal? computed, Grade grade, decimal expected)
    {
        if (computed is { } c)
        {
            Internal.Guard.InRange(c, 0m, 1m, nameof(computed));
        }

        Computed = computed;
        Value = computed;
        Grade = grade;
        Expected = Internal.Guard.InRange(expected, 0m, 1m);
    }

    private ScoreResult(ScoreResult computed, ScoreOverride scoreOverride, Grade grade)
    {
        Computed = computed.Computed;
        Expected = computed.Expected;
        Value = scoreOverride.Score;
        Grade = grade;
        Override = scoreOverride;
    }

    /// <summary>The recorded score: the override's when overridden, else the computed one; null when not scored.</summary>
    public decimal? Value { get; }

    /// <summary>The score computed from progress, kept even when overridden; null when not scored.</summary>
    public decimal? Computed { get; }

    /// <summary>The grade of <see cref="Value"/>.</summary>
    public Grade Grade { get; }

    /// <summary>The score expected for the item's type.</summary>
    public decimal Expected { get; }

    /// <summary>Whether <see cref="Value"/> reaches <see cref="Expected"/>; false when not scored.</summary>
    public bool MeetsExpectation => Value >= Expected;

    /// <summary>The override applied, with its reason and author, or null.</summary>
    public ScoreOverride? Override { get; }

    /// <summary>Returns this result with a person's recorded score applied; the computed score is kept.</summary>
    /// <param name="scoreOverride">The override.</param>
    /// <param name="grade">The grade of the overriding score.</param>
    /// <returns>The overridden result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scoreOverride"/> is null.</exception>
    public ScoreResult WithOverride(ScoreOverride scoreOverride, Grade grade)
    {
        ArgumentNullException.ThrowIfNull(scoreOverride);
        return new ScoreResult(this, scoreOverride, grade);
    }
}
