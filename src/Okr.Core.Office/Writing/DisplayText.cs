namespace Okr.Core.Office;

/// <summary>The words and numbers shown in the written files, culture-invariant.</summary>
internal static class DisplayText
{
    public static string Status(OkrStatus status) => status switch
    {
        OkrStatus.NotStarted => "Not started",
        OkrStatus.OnTrack => "On track",
        OkrStatus.Behind => "Behind",
        OkrStatus.AtRisk => "At risk",
        OkrStatus.Achieved => "Achieved",
        OkrStatus.Closed => "Closed",
        _ => "Not scored",
    };

    public static string State(WorkItemState state) => state switch
    {
        WorkItemState.InProgress => "In progress",
        WorkItemState.Done => "Done",
        WorkItemState.Blocked => "Blocked",
        WorkItemState.Cancelled => "Cancelled",
        _ => "Not started",
    };

    public static string Percent(Progress? progress) => progress?.ToString() ?? "not scored";

    public static string Number(decimal value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);

    /// <summary>A value in its unit: <c>45%</c>, <c>1,200 EUR</c>, <c>12</c>.</summary>
    public static string InUnit(decimal value, MetricUnit unit) => unit.Kind switch
    {
        UnitKind.Percent => Number(value) + "%",
        UnitKind.Currency => Number(value) + " " + unit.CurrencyCode,
        _ => Number(value),
    };

    /// <summary>The current value against the target, for example <c>62 / 80 EUR</c>, <c>done</c>, <c>45%</c>; the kind's
    /// name when it has no single target.</summary>
    public static string ValueAgainstTarget(KeyResult keyResult, decimal? value) => keyResult.Kind switch
    {
        LinearKind linear => $"{(value is { } v ? Number(v) : "–")} / {InUnit(linear.Target, linear.Unit)}" + (linear.Start != 0m ? $" (from {Number(linear.Start)})" : string.Empty),
        PercentageKind => value is { } p ? Number(p) + "% / 100%" : "– / 100%",
        BinaryKind => value is { } b ? (b >= 1m ? "done" : "not done") : "not done",
        _ => value is { } other ? $"{InUnit(other, keyResult.Kind.Unit)} ({keyResult.Kind.Discriminator})" : keyResult.Kind.Discriminator,
    };

    /// <summary>Whether a sheet carries the kind exactly (start, target and current, or a percentage, or done/not done).</summary>
    public static bool IsCarried(KeyResultKind kind) => kind is LinearKind or PercentageKind or BinaryKind;
}
