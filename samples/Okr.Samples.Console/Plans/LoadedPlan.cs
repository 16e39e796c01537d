using Okr.Core;

namespace Okr.Samples.Cli.Plans;

/// <summary>A plan read from a file (or the built-in example), with the path it came from.</summary>
internal sealed record LoadedPlan(string Path, OkrPlan Plan, bool IsExample)
{
    /// <summary>The day to score as of when the user gives none: the example's own day, else today.</summary>
    public DateOnly DefaultAsOf(DateOnly today) => IsExample ? ExamplePlan.AsOf : today;
}
