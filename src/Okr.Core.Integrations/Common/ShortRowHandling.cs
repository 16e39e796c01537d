namespace Okr.Core.Integrations;

/// <summary>What a CSV importer does with a data row that has fewer cells than the header (a row cut short by a lost
/// line break or separator, or edited by hand). Either way the row is reported with its line number.</summary>
public enum ShortRowHandling
{
    /// <summary>The default: the row is skipped and reported as an <see cref="ImportProblemSeverity.Error"/>, because its
    /// cells may have shifted into the wrong columns.</summary>
    Skip = 0,

    /// <summary>The row is imported with its missing cells empty and reported as a <see cref="ImportProblemSeverity.Warning"/>.</summary>
    Keep = 1,
}
