using Okr.Core.Sync;
using Okr.Core.Integrations;
using Okr.Samples.Web.Plans;

namespace Okr.Samples.Web.Api;

/// <summary>
/// Webhooks from project-management tools, applied with <see cref="PlanSync"/>: the payload is read by the tool's JSON
/// importer into external updates, so a delivery replayed changes nothing and older data never wins. Jira posts its
/// <c>jira:issue_updated</c> payload; for Asana and ClickUp, whose webhooks carry only ids, the add-on posts the task
/// as their REST API returns it (Asana <c>{"data": task}</c>, ClickUp task JSON).
/// </summary>
internal static class WebhookEndpoints
{
    private const string AnyKeyResult = "webhook";

    public static void Map(IEndpointRouteBuilder app)
    {
        var hooks = app.MapGroup("/plans/{planId}/webhooks").WithTags("Webhooks");
        Map(hooks, "jira", (body, ct) => JiraJsonImporter.ImportAsync(body, new JiraImportOptions { KeyResultId = AnyKeyResult }, ct));
        Map(hooks, "asana", (body, ct) => AsanaJsonImporter.ImportAsync(body, new AsanaImportOptions { KeyResultId = AnyKeyResult }, ct));
        Map(hooks, "clickup", (body, ct) => ClickUpJsonImporter.ImportAsync(body, new ClickUpImportOptions { KeyResultId = AnyKeyResult }, ct));
    }

    private static void Map(RouteGroupBuilder hooks, string tool, Func<Stream, CancellationToken, Task<ImportResult>> read) =>
        hooks.MapPost("/" + tool, (string planId, HttpRequest request, PlanService plans, CancellationToken ct) => ApplyAsync(planId, tool, request, plans, read, ct))
            .WithName("Webhook" + char.ToUpperInvariant(tool[0]) + tool[1..])
            .WithSummary($"Applies a {tool} payload with PlanSync: idempotent, older data never wins.")
            .Accepts<object>("application/json").Produces<SyncBody>(200).ProducesProblem(400).ProducesProblem(404).ProducesProblem(422);

    private static async Task<IResult> ApplyAsync(string planId, string tool, HttpRequest request, PlanService plans,
        Func<Stream, CancellationToken, Task<ImportResult>> read, CancellationToken ct)
    {
        ImportResult import;
        try
        {
            import = await read(request.Body, ct);
        }
        catch (ImportFormatException e)
        {
            return Problems.Of(400, "webhook-malformed", e.Location, null, e.Message);
        }

        if (import.Updates.IsEmpty)
        {
            string reasons = string.Join("; ", import.Report.Problems.Select(p => p.ToString()));
            return Problems.Of(422, "webhook-no-update", "$", null, $"The {tool} payload holds no task or issue to apply{(reasons.Length > 0 ? ": " + reasons : ".")}");
        }

        var (outcome, report) = await plans.SyncAsync(planId, import.Updates, ct);
        if (outcome.Status == WriteStatus.PlanNotFound || report is null)
        {
            return Problems.PlanNotFound(planId);
        }

        ETags.Set(request.HttpContext.Response, outcome.Revision);
        return Results.Ok(SyncBody.From(outcome.Revision, report));
    }
}

/// <summary>What a webhook did.</summary>
internal sealed record SyncBody(long Revision, int UpdatesRead, int Applied, IReadOnlyList<SyncChangeBody> Changes, IReadOnlyList<SyncSkipBody> Skipped,
    IReadOnlyList<string> UnknownStatuses, IReadOnlyList<string> CheckIns)
{
    public static SyncBody From(long revision, SyncReport report) => new(
        revision, report.UpdatesRead, report.Applied,
        [.. report.Changes.Select(c => new SyncChangeBody(c.WorkItemId, c.Fields))],
        [.. report.Skipped.Select(s => new SyncSkipBody(s.Update.Key, s.WorkItemId, s.Reason.ToString(), s.Message))],
        [.. report.UnknownStatuses.Select(u => $"{u.Key}: {u.Status}")],
        [.. report.CheckIns.Select(c => c.KeyResultId)]);
}

/// <summary>A work item changed by a webhook.</summary>
internal sealed record SyncChangeBody(string WorkItemId, IReadOnlyList<string> Fields);

/// <summary>An update a webhook carried that was not applied, and why.</summary>
internal sealed record SyncSkipBody(string Key, string? WorkItemId, string Reason, string Message);
