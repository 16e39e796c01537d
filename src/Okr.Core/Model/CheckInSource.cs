namespace Okr.Core;

/// <summary>Where a check-in came from.</summary>
public enum CheckInSource
{
    /// <summary>Typed in by a person.</summary>
    Person = 0,

    /// <summary>Written by a roll-up from other items.</summary>
    Rollup = 1,

    /// <summary>Written by an integration with another tool (Jira, Asana, a data feed).</summary>
    Integration = 2,
}
