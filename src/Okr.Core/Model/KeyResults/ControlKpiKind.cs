namespace Okr.Core;

/// <summary>A control KPI (Profit.co): a value checked in repeatedly against a target per check-in.</summary>
public sealed record ControlKpiKind : KeyResultKind
{
    /// <summary>Creates a control KPI kind.</summary>
    /// <param name="direction">At least or at most.</param>
    /// <param name="target">The target per check-in.</param>
    /// <param name="plannedCheckIns">How many check-ins the period plans. Methods that need it leave the key result
    /// not scored when it is not positive (the validation package reports it).</param>
    /// <param name="method">How to score. The default is <see cref="ControlKpiMethod.DistanceFromTarget"/>.</param>
    /// <param name="unit">The unit.</param>
    public ControlKpiKind(ControlKpiDirection direction, decimal target, int plannedCheckIns, ControlKpiMethod method = ControlKpiMethod.DistanceFromTarget, MetricUnit unit = default)
    {
        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown control KPI direction.");
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

    /// <inheritdoc/>
    public override string Discriminator => "control-kpi";

    /// <summary>At least or at most.</summary>
    public ControlKpiDirection Direction { get; }

    /// <summary>The target per check-in.</summary>
    public decimal Target { get; }

    /// <summary>How many check-ins the period plans.</summary>
    public int PlannedCheckIns { get; }

    /// <summary>How the KPI is scored.</summary>
    public ControlKpiMethod Method { get; }

    /// <inheritdoc/>
    public override MetricUnit Unit { get; }
}
