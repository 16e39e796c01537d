namespace Okr.Core.Validation.Internal;

/// <summary>A rule's stable code and severity.</summary>
internal sealed record OkrRule(string Code, Severity Severity);
