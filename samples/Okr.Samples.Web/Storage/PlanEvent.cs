namespace Okr.Samples.Web.Storage;

/// <summary>One change after a snapshot.</summary>
/// <param name="Revision">Its revision.</param>
/// <param name="Kind">What it is: <see cref="CheckIn"/> or <see cref="Sync"/>.</param>
/// <param name="Payload">Its JSON.</param>
public sealed record PlanEvent(long Revision, string Kind, string Payload)
{
    /// <summary>A check-in on a key result.</summary>
    public const string CheckIn = "check-in";

    /// <summary>A batch of external updates applied with <c>PlanSync</c>.</summary>
    public const string Sync = "sync";
}
