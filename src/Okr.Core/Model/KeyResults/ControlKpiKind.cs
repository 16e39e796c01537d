namespace Okr.Core;

/// <summary>A control KPI (Profit.co): a value checked in repeatedly against a target per check-in: at least, at most,
/// or between two bounds (<see cref="Between"/>).</summary>
public sealed record ControlKpiKind : KeyResultKind
{
    /// <summary>Creates a control KPI kind.</summary>
    /// <param name="direction">At least or at most.</param>
    /// <param name="target">The target per check-in.</param>
    /// <param name="plannedCheckIns">How many check-ins the period plans. Methods that need it leave the key result
    /// not scored when it is not positive (the validation package reports it).</param>
    /// <param name="method">How to score. The default is <see cref="ControlKpiMethod.DistanceFromTarget"/>.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentOutOfRangeException">The direction or method is unknown, or the direction is
    /// <see cref="ControlKpiDirection.Between"/> (use <see cref="Between"/>, which takes both bounds).</exception>
    public ControlKpiKind(ControlKpiDirection direction, decimal target, int plannedCheckIns, ControlKpiMethod method = ControlKpiMethod.DistanceFromTarget, MetricUnit unit = default)
    {
        if (!Enum.IsDefined(direction) || direction == ControlKpiDirection.Between)
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction,
                direction == ControlKpiDirection.Between ? "A control KPI between two bounds is made with ControlKpiKind.Between(lower, upper, ...)." : "Unknown control KPI direction.");
        }

        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown control KPI method.");
        }

        Direction = direction;
        Target = target;
        PlannedCheckIns = plannedCheckIns;
        Method = method;
        Unit = unit;
    }

    private ControlKpiKind(decimal lower, decimal upper, int plannedCheckIns, ControlKpiMethod method, MetricUnit unit)
        : this(ControlKpiDirection.AtLeast, lower, plannedCheckIns, method, unit)
    {
        Direction = ControlKpiDirection.Between;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>
    /// A control KPI whose values should stay between two bounds, both included (Profit.co's "in between": "keep the
    /// customer engagement score between 4 and 5"). Every method applies: a check-in inside the bounds is successful; the
    /// distance from target is 1 inside the bounds, value / lower below them and 1 + (upper - value) / upper above them
    /// (the at-least and at-most distances against the nearer bound); the average and the sum (against the bounds times
    /// the planned check-ins) are measured the same way.
    /// </summary>
    /// <param name="lower">The lowest value that meets the target.</param>
    /// <param name="upper">The highest value that meets the target; at least <paramref name="lower"/>.</param>
    /// <param name="plannedCheckIns">How many check-ins the period plans (see the constructor).</param>
    /// <param name="method">How to score. The default is <see cref="ControlKpiMethod.DistanceFromTarget"/>.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The kind; its <see cref="Target"/> is <paramref name="lower"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="upper"/> is below <paramref name="lower"/>, or the method is unknown.</exception>
    public static ControlKpiKind Between(decimal lower, decimal upper, int plannedCheckIns, ControlKpiMethod method = ControlKpiMethod.DistanceFromTarget, MetricUnit unit = default) =>
        upper < lower
            ? throw new ArgumentOutOfRangeException(nameof(upper), upper, $"The upper bound is below the lower bound ({lower.ToString(CultureInfo.InvariantCulture)}).")
            : new ControlKpiKind(lower, upper, plannedCheckIns, method, unit);

    /// <inheritdoc/>
    public override string Discriminator => "control-kpi";

    /// <summary>For <see cref="ControlKpiDirection.Between"/>: the lowest value that meets the target; otherwise null.</summary>
    public decimal? Lower { get; }

    /// <summary>For <see cref="ControlKpiDirection.Between"/>: the highest value that meets the target; otherwise null.</summary>
    public decimal? Upper { get; }

    /// <summary>At least, at most or between.</summary>
    public ControlKpiDirection Direction { get; }

    /// <summary>The target per check-in (for <see cref="ControlKpiDirection.Between"/>, the lower bound).</summary>
    public decimal Target { get; }

    /// <summary>How many check-ins the period plans.</summary>
    public int PlannedCheckIns { get; }

    /// <summary>How the KPI is scored.</summary>
    public ControlKpiMethod Method { get; }

    /// <inheritdoc/>
    public override MetricUnit Unit { get; }
}
