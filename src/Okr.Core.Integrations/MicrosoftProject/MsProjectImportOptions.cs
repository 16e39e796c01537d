namespace Okr.Core.Integrations;

/// <summary>Options for <see cref="MsProjectXmlImporter"/>. Immutable.</summary>
/// <remarks>With <see cref="InitiativeGrouping.ByParent"/> (the default) each summary task at outline level 1 becomes
/// an initiative and the leaf tasks below it (at any depth) its work items; deeper summary tasks are structure only.</remarks>
public sealed record MsProjectImportOptions : ImportOptions
{
    /// <summary>Date-times that mean "no date" (Microsoft Project writes <c>1984-01-01T00:00:00</c>, Aspose
    /// <c>2000-01-01T00:00:00</c>). The default lists both.</summary>
    public ImmutableArray<DateTime> NoDateSentinels { get; init; } = [new DateTime(1984, 1, 1), new DateTime(2000, 1, 1)];

    /// <summary>Whether milestones are imported as work items. The default is <see langword="true"/>.</summary>
    public bool IncludeMilestones { get; init; } = true;

    internal static readonly string[] DefaultDateFormats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm"];
}
