namespace Okr.Core.Integrations;

/// <summary>How imported tasks are grouped into initiatives.</summary>
public enum InitiativeGrouping
{
    /// <summary>One initiative per parent: a Jira epic (or the top-most parent in the file), an Asana project, a
    /// Microsoft Project summary task at outline level 1. Tasks without a parent go to the single initiative named by
    /// <see cref="ImportOptions.InitiativeId"/>.</summary>
    ByParent = 0,

    /// <summary>Every task goes to the single initiative named by <see cref="ImportOptions.InitiativeId"/>.</summary>
    Single = 1,
}
