using Okr.Core;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Hosting;
using Okr.Samples.Cli.Plans;
using Spectre.Console.Cli;

namespace Okr.Samples.Cli.Commands;

/// <summary>The base of the commands that read a plan: loading, the as-of day and id checks with clear errors.</summary>
internal abstract class PlanCommand<TSettings>(CliServices services, PlanSource source) : Command<TSettings>
    where TSettings : PlanSettings
{
    protected CliServices Services { get; } = services;

    protected PlanSource Source { get; } = source;

    protected LoadedPlan Load(TSettings settings) => Source.Load(settings.File, Strategies(settings));

    /// <summary>The strategies plans may name: the built-in ones and those of <c>--strategies</c>.</summary>
    protected static Okr.Core.Scoring.StrategyRegistry Strategies(TSettings settings) => StrategyAssemblies.Load(settings.Strategies);

    /// <summary>
    /// The day to score as of: <c>--as-of</c>; else the example's own day; else today, unless today is past the end of
    /// every objective's period: then the last day of the latest period (a finished plan is shown as it ended, not as
    /// if everything were overdue), with a one-line note on standard error saying so.
    /// </summary>
    protected DateOnly AsOf(TSettings settings, LoadedPlan plan)
    {
        if (settings.AsOfDay is { } day)
        {
            return day;
        }

        var asOf = plan.DefaultAsOf(Services.Today);
        if (!plan.IsExample && LastPeriodEnd(plan.Plan) is { } end && asOf > end)
        {
            OkrApp.WriteLine(Services.Error, "note:", $"today ({Rendering.Display.Day(asOf)}) is past the plan's periods, which ended on {Rendering.Display.Day(end)}; "
                + $"scored as of {Rendering.Display.Day(end)}. Pass --as-of to score as of another day.");
            return end;
        }

        return asOf;
    }

    /// <summary>The last day of the latest objective period, or null for a plan without objectives.</summary>
    protected static DateOnly? LastPeriodEnd(OkrPlan plan) =>
        plan.Objectives.IsEmpty ? null : plan.Objectives.Max(o => o.Period.End);

    protected static void RequireItem(LoadedPlan plan, string id, OkrItemKind? kind = null)
    {
        var actual = plan.Plan.ItemKindOf(id);
        if (actual is null)
        {
            throw OkrInputException.ForFile(plan.Path, $"no item has the id '{id}'.");
        }

        if (kind is { } expected && actual != expected)
        {
            throw OkrInputException.ForFile(plan.Path, $"'{id}' is {Rendering.Display.KindWithArticle(actual.Value)}, not {Rendering.Display.KindWithArticle(expected)}.");
        }
    }

    protected static Dictionary<string, string> Titles(OkrPlan plan) =>
        PlanOutline.Build(plan).ToDictionary(r => r.Id, r => r.Title, StringComparer.Ordinal);
}
