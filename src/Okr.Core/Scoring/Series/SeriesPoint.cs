namespace Okr.Core.Scoring;

/// <summary>
/// One item's numbers on one day of a <see cref="ScorecardSeries"/>: what <see cref="OkrScorer.Score(OkrPlan, DateOnly)"/>
/// gives for the item as of that day (<see cref="ItemResult"/>), without its explanation and score details. "Not scored"
/// is a null <see cref="Progress"/>, never 0.
/// </summary>
public readonly struct SeriesPoint : IEquatable<SeriesPoint>
{
    /// <summary>Creates a point.</summary>
    /// <param name="day">The day.</param>
    /// <param name="progress">The progress, or null when not scored.</param>
    /// <param name="value">The value (key results; objectives with a scale), or null.</param>
    /// <param name="expectedProgress">The progress expected as of the day, or null where pace does not apply.</param>
    /// <param name="status">The status.</param>
    /// <param name="confidence">The confidence, or null.</param>
    /// <param name="score">The recorded score (<see cref="ScoreResult.Value"/>), or null when not scored.</param>
    /// <param name="grade">The grade of <paramref name="score"/>.</param>
    /// <param name="isProgressOverridden">Whether the progress comes from a manual override.</param>
    public SeriesPoint(DateOnly day, Progress? progress, decimal? value, Progress? expectedProgress, OkrStatus status, decimal? confidence, decimal? score, Grade grade, bool isProgressOverridden)
    {
        Day = day;
        Progress = progress;
        Value = value;
        ExpectedProgress = expectedProgress;
        Status = status;
        Confidence = confidence;
        Score = score;
        Grade = grade;
        IsProgressOverridden = isProgressOverridden;
    }

    /// <summary>Creates a point from an item's result on a day.</summary>
    /// <param name="day">The day.</param>
    /// <param name="result">The item's result as of <paramref name="day"/>.</param>
    public SeriesPoint(DateOnly day, ItemResult result)
        : this(day, result.Progress, result.Value, result.ExpectedProgress, result.Status, result.Confidence, result.Score.Value, result.Score.Grade, result.IsProgressOverridden)
    {
    }

    /// <summary>The day.</summary>
    public DateOnly Day { get; }

    /// <summary>The progress ratio, or null when not scored.</summary>
    public Progress? Progress { get; }

    /// <summary>For key results the value, for objectives with a scale the projected value; otherwise null.</summary>
    public decimal? Value { get; }

    /// <summary>The progress expected as of the day (linear over the period, or phased), or null where pace does not apply.</summary>
    public Progress? ExpectedProgress { get; }

    /// <summary>The status.</summary>
    public OkrStatus Status { get; }

    /// <summary>The confidence, 0 to 1, or null.</summary>
    public decimal? Confidence { get; }

    /// <summary>The recorded score, 0 to 1 (an override's when overridden), or null when not scored.</summary>
    public decimal? Score { get; }

    /// <summary>The grade of <see cref="Score"/>.</summary>
    public Grade Grade { get; }

    /// <summary>Whether <see cref="Progress"/> comes from a manual override.</summary>
    public bool IsProgressOverridden { get; }

    /// <summary>Whether two points are equal: the same day and the same numbers (numerically: 0.5 equals 0.50).</summary>
    /// <param name="other">The other point.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(SeriesPoint other) =>
        Day == other.Day && Progress == other.Progress && Value == other.Value && ExpectedProgress == other.ExpectedProgress
        && Status == other.Status && Confidence == other.Confidence && Score == other.Score && Grade == other.Grade
        && IsProgressOverridden == other.IsProgressOverridden;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SeriesPoint other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Day, Progress, Value, Status, Score);

    /// <summary>Whether two points are equal.</summary>
    /// <param name="left">A point.</param>
    /// <param name="right">Another point.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SeriesPoint left, SeriesPoint right) => left.Equals(right);

    /// <summary>Whether two points differ.</summary>
    /// <param name="left">A point.</param>
    /// <param name="right">Another point.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SeriesPoint left, SeriesPoint right) => !left.Equals(right);

    /// <summary>A one-line summary, for example <c>2026-05-04 50% OnTrack</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Day:yyyy-MM-dd} {Progress?.ToString() ?? "not scored"} {Status}");
}
