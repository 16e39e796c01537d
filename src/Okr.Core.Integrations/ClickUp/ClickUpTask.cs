namespace Okr.Core.Integrations;

/// <summary>A task read from ClickUp JSON, kept until parents and reverse dependencies are known.</summary>
internal sealed record ClickUpTask(string Location, string Id, string Name, string? ParentId, string? TopParentId, string? ListId,
    string? ListName, WorkItem Item, List<string> DependsOn);
