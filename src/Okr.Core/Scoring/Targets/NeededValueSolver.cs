using Okr.Core.Internal;

namespace Okr.Core.Scoring;

/// <summary>Solves one key result's needed value with the scorer: the objective's progress as a function of the key
/// result's value is evaluated by re-scoring the plan with a hypothetical check-in (only the key result and its
/// ancestors are recomputed).</summary>
internal sealed class NeededValueSolver
{
    private const int Iterations = 96;
    private readonly Scorecard scorecard;
    private readonly string objectiveId;
    private readonly decimal target;

    public NeededValueSolver(Scorecard scorecard, string objectiveId, decimal target)
    {
        this.scorecard = scorecard;
        this.objectiveId = objectiveId;
        this.target = target;
    }

    public NeededValue Solve(Objective owner, KeyResult keyResult)
    {
        decimal? current = scorecard[keyResult.Id].Value;
        NeededValue Answer(decimal? value, NeededOutcome outcome, string text) =>
            new(keyResult.Id, owner.Id, current, value, value is { } v ? KeyResultProgressAt(keyResult, v) : null, outcome, text);

        if (!keyResult.Contributes || keyResult.Weight.IsZero)
        {
            return Answer(null, NeededOutcome.NotApplicable, "does not count in its objective's roll-up");
        }

        if (NeededKinds.Discrete(keyResult.Kind) is { } candidates)
        {
            for (int i = 0; i < candidates.Count; i++)
            {
                if (Reaches(keyResult, candidates[i]))
                {
                    return i == 0
                        ? Answer(candidates[i], NeededOutcome.AlreadyReached, "the objective reaches the target whatever this key result's outcome")
                        : Answer(candidates[i], NeededOutcome.Discrete, $"needs {ForecastText.Number(candidates[i])}: the first outcome with which the objective reaches {Progress.FromRatio(target)}");
                }
            }

            return Answer(null, NeededOutcome.NotReachable, "not reachable: even its best outcome leaves the objective below the target");
        }

        if (NeededKinds.Continuous(keyResult.Kind) is not { } range)
        {
            return Answer(null, NeededOutcome.NotApplicable, NeededKinds.WhyNoValue(keyResult.Kind));
        }

        return SolveContinuous(keyResult, range, Answer);
    }

    private NeededValue SolveContinuous(KeyResult keyResult, (decimal Worst, decimal Aim, decimal Best) range, Func<decimal?, NeededOutcome, string, NeededValue> answer)
    {
        var (worst, aim, best) = range;
        if (!Reaches(keyResult, best))
        {
            return answer(null, NeededOutcome.NotReachable, $"not reachable: even a value of {ForecastText.Number(best)} leaves the objective below {Progress.FromRatio(target)}");
        }

        if (Reaches(keyResult, worst))
        {
            return answer(worst, NeededOutcome.AlreadyReached, "the objective reaches the target even at this key result's start value");
        }

        if (ClosedForm(keyResult, worst, aim) is { } solved)
        {
            return answer(solved.Value, NeededOutcome.ClosedForm, solved.Text);
        }

        decimal low = worst, high = best;
        int steps = 0;
        for (; steps < Iterations; steps++)
        {
            decimal middle = low + ((high - low) / 2m);
            if (middle == low || middle == high)
            {
                break;
            }

            (low, high) = Reaches(keyResult, middle) ? (low, middle) : (middle, high);
        }

        return answer(high, NeededOutcome.Searched, $"needs {ForecastText.Number(high)}: found by bisection with the scorer ({steps} steps between {ForecastText.Number(worst)} and {ForecastText.Number(best)}); the objective does not move linearly with it");
    }

    /// <summary>The line through the objective's progress at the start and at the key result's own target, solved
    /// for the objective's target; accepted only when the scorer agrees: the value reaches, and the objective at the
    /// value halfway lies on the line (so the rule is linear over the range, to 1e-20).</summary>
    private (decimal Value, string Text)? ClosedForm(KeyResult keyResult, decimal worst, decimal aim)
    {
        if (ObjectiveAt(keyResult, worst) is not { } a || ObjectiveAt(keyResult, aim) is not { } b || a == b || aim == worst)
        {
            return null;
        }

        try
        {
            var slope = (ExactRational.From(b) - ExactRational.From(a)) / (ExactRational.From(aim) - ExactRational.From(worst));
            var solved = ExactRational.From(worst) + ((ExactRational.From(target) - ExactRational.From(a)) / slope);
            if (!solved.TryToDecimal(out decimal value) || !Reaches(keyResult, value))
            {
                return null;
            }

            decimal halfway = worst + ((value - worst) / 2m);
            var onLine = ExactRational.From(a) + (slope * (ExactRational.From(halfway) - ExactRational.From(worst)));
            if (ObjectiveAt(keyResult, halfway) is not { } h || !onLine.TryToDecimal(out decimal expected) || Math.Abs(h - expected) > 1e-20m)
            {
                return null;
            }

            _ = slope.TryToDecimal(out decimal perUnit);
            return (value, $"needs {ForecastText.Number(value)}: the objective moves {ForecastText.Signed(perUnit * 100m)} points per unit of this key result, from {Progress.FromRatio(a)} at {ForecastText.Number(worst)} (closed form, checked with the scorer)");
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private bool Reaches(KeyResult keyResult, decimal value) => ObjectiveAt(keyResult, value) >= target;

    private decimal? ObjectiveAt(KeyResult keyResult, decimal value)
    {
        var plan = scorecard.Plan.AddCheckIn(keyResult.Id, Hypothetical(value));
        return OkrScorer.Rescore(scorecard, plan, keyResult.Id)[objectiveId].Progress?.Ratio;
    }

    private Progress? KeyResultProgressAt(KeyResult keyResult, decimal value)
    {
        var plan = scorecard.Plan.AddCheckIn(keyResult.Id, Hypothetical(value));
        return OkrScorer.Rescore(scorecard, plan, keyResult.Id)[keyResult.Id].Progress;
    }

    /// <summary>The value checked in at the very end of the scoring day (UTC), so it is the latest check-in by then.</summary>
    private CheckIn Hypothetical(decimal value) =>
        new(new DateTimeOffset(scorecard.AsOf.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero), value) { Note = "needed", Source = CheckInSource.Person };
}
