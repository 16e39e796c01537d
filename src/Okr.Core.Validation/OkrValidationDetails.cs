namespace Okr.Core.Validation;

/// <summary>
/// What a failure's <see cref="ValidationFailure.CustomState"/> holds: the item it concerns and the other items involved.
/// </summary>
/// <param name="ItemId">The id of the objective, key result, initiative or work item concerned (for a check-in, its key result); null when the item has no id.</param>
/// <param name="ItemKind">The kind of that item; null when unknown.</param>
/// <param name="RelatedIds">Other items involved: for a cycle, the ids along it with the first repeated at the end; for a reference, the target id. Never default.</param>
public sealed record OkrValidationDetails(string? ItemId, OkrItemKind? ItemKind, ImmutableArray<string> RelatedIds)
{
    /// <summary>The other items involved. Never default.</summary>
    public ImmutableArray<string> RelatedIds { get; init; } = RelatedIds.IsDefault ? ImmutableArray<string>.Empty : RelatedIds;
}
