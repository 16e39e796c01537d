using Okr.Core;
using Okr.Core.Problems;
using Okr.Core.Serialization;
using Okr.Core.Validation;
using Okr.Samples.Cli.Rendering.Report;
using Okr.Samples.Web.Plans;

namespace Okr.Samples.Web.Api;

/// <summary>Plans: create or replace, read, score, explain, and the dashboard.</summary>
internal static class PlanEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/plans/{planId}").WithTags("Plans");
        plans.MapPut("", PutAsync).WithName("PutPlan").WithSummary("Creates or replaces a plan (the library's JSON format); If-Match for optimistic concurrency.")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(OkrJsonOptions.Default.MaxDocumentBytes)) // the library's own limit answers 413
            .Accepts<object>("application/json").Produces<PlanWritten>(200).Produces<PlanWritten>(201)
            .ProducesProblem(400).ProducesProblem(412).ProducesProblem(413).ProducesProblem(422);
        plans.MapGet("", GetAsync).WithName("GetPlan").WithSummary("The plan in the library's JSON format, with its ETag.")
            .Produces<object>(200, "application/json").ProducesProblem(404);
        plans.MapGet("/scorecard", ScorecardAsync).WithName("GetScorecard").WithSummary("The library's scorecard JSON as of asOf (YYYY-MM-DD; today when omitted).")
            .Produces<object>(200, "application/json").ProducesProblem(400).ProducesProblem(404);
        plans.MapGet("/items/{itemId}/explanation", ExplainAsync).WithName("GetExplanation").WithSummary("Why an item has its numbers, as of asOf.")
            .Produces<ExplanationBody>(200).ProducesProblem(400).ProducesProblem(404);
        plans.MapGet("/dashboard", DashboardAsync).WithName("GetDashboard").WithSummary("The HTML report, live from the database.")
            .Produces<string>(200, "text/html").ProducesProblem(400).ProducesProblem(404);
    }

    private static async Task<IResult> PutAsync(string planId, HttpRequest request, PlanService plans, TimeProvider time, CancellationToken ct)
    {
        OkrPlan plan;
        try
        {
            plan = await OkrJson.DeserializeAsync(request.Body, cancellationToken: ct);
        }
        catch (OkrJsonException e)
        {
            return Problems.From(OkrProblemDetails.FromJsonException(e));
        }

        var validation = new OkrPlanValidator(new PlanValidationOptions { Clock = time }).Validate(plan);
        if (validation.HasBlockingErrors())
        {
            return Problems.From(validation.ToProblemDetails());
        }

        var outcome = await plans.PutAsync(planId, plan, ETags.IfMatch(request), ct);
        if (outcome.Status == WriteStatus.PreconditionFailed)
        {
            return Problems.PreconditionFailed(planId);
        }

        ETags.Set(request.HttpContext.Response, outcome.Revision);
        var body = new PlanWritten(planId, outcome.Revision, plan.ItemCount, Problems.Warnings(validation));
        return outcome.Status == WriteStatus.Created ? Results.Created($"/plans/{Uri.EscapeDataString(planId)}", body) : Results.Ok(body);
    }

    private static async Task<IResult> GetAsync(string planId, HttpResponse response, PlanService plans, CancellationToken ct)
    {
        var found = await plans.GetAsync(planId, ct);
        if (found is not { } f)
        {
            return Problems.PlanNotFound(planId);
        }

        ETags.Set(response, f.Revision);
        return Results.Bytes(OkrJson.SerializeToUtf8Bytes(f.Plan), "application/json");
    }

    private static async Task<IResult> ScorecardAsync(string planId, string? asOf, HttpResponse response, PlanService plans, CancellationToken ct)
    {
        if (!Days.TryRead(asOf, out var day, out var problem))
        {
            return problem!;
        }

        var found = await plans.ScorecardAsync(planId, day, ct);
        if (found is not { } f)
        {
            return Problems.PlanNotFound(planId);
        }

        ETags.Set(response, f.Revision);
        return Results.Bytes(OkrJson.SerializeToUtf8Bytes(f.Scorecard), "application/json");
    }

    private static async Task<IResult> ExplainAsync(string planId, string itemId, string? asOf, PlanService plans, CancellationToken ct)
    {
        if (!Days.TryRead(asOf, out var day, out var problem))
        {
            return problem!;
        }

        var found = await plans.ScorecardAsync(planId, day, ct);
        if (found is not { } f)
        {
            return Problems.PlanNotFound(planId);
        }

        if (!f.Scorecard.Plan.Contains(itemId))
        {
            return Problems.ItemNotFound(planId, itemId);
        }

        return Results.Ok(ExplanationBody.From(f.Scorecard.Explain(itemId), f.Scorecard.AsOf));
    }

    private static async Task<IResult> DashboardAsync(string planId, string? asOf, PlanService plans, CancellationToken ct)
    {
        if (!Days.TryRead(asOf, out var day, out var problem))
        {
            return problem!;
        }

        var found = await plans.ScorecardAsync(planId, day, ct);
        return found is { } f
            ? Results.Content(HtmlReport.Render(f.Scorecard, "OKR dashboard: " + planId), "text/html; charset=utf-8")
            : Problems.PlanNotFound(planId);
    }
}
