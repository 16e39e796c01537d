namespace Okr.Core;

/// <summary>Profit.co's four ways to score a control KPI.</summary>
public enum ControlKpiMethod
{
    /// <summary>Successful check-ins (value on the right side of the target) over planned check-ins.</summary>
    SuccessfulCheckInShare = 0,

    /// <summary>Distance from target of the last value: last / target for at least; 1 + (target - last) / target for at most.</summary>
    DistanceFromTarget = 1,

    /// <summary>Average of the values over the target (mirrored for at most, as for <see cref="DistanceFromTarget"/>).</summary>
    AverageOverTarget = 2,

    /// <summary>Sum of the values over the sum of the planned targets (target times planned check-ins).</summary>
    SumOverTargets = 3,
}
