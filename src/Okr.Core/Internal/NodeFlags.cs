namespace Okr.Core.Internal;

/// <summary>Which optional numbers of a <see cref="NodeResult"/> are present.</summary>
[Flags]
internal enum NodeFlags : byte
{
    None = 0,
    Scored = 1,
    HasValue = 2,
    HasConfidence = 4,
    Overridden = 8,
}
