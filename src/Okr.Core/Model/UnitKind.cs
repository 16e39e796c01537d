namespace Okr.Core;

/// <summary>What a key result's values measure.</summary>
public enum UnitKind
{
    /// <summary>A plain number (features launched, articles written, milliseconds).</summary>
    Number = 0,

    /// <summary>A percentage, typed as 0 to 100.</summary>
    Percent = 1,

    /// <summary>An amount of money in one ISO 4217 currency.</summary>
    Currency = 2,
}
