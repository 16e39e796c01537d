namespace Okr.Core;

/// <summary>How long a manual progress override lasts.</summary>
public enum OverrideMode
{
    /// <summary>Until the next automatic update: a check-in anywhere below the item dated after the override replaces it.</summary>
    OneOff = 0,

    /// <summary>Until switched back: automatic updates are ignored while it is set.</summary>
    Sticky = 1,
}
