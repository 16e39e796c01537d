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

    protected LoadedPlan Load(TSettings settings) => Source.Load(settings.File);

    protected DateOnly AsOf(TSettings settings, LoadedPlan plan) => settings.AsOfDay ?? plan.DefaultAsOf(Services.Today);

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
