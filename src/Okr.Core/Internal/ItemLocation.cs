using Okr.Core.Scoring;

namespace Okr.Core.Internal;

/// <summary>Where an item sits in the nested model: objective, key result, initiative and work item positions (-1 when not applicable).</summary>
internal readonly record struct ItemLocation(OkrItemKind Kind, int Objective, int KeyResult, int Initiative, int WorkItem);
