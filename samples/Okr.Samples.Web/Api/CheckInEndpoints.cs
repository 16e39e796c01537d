using System.Text.Json;
using Okr.Core;
using Okr.Core.Validation;
using Okr.Samples.Web.Plans;

namespace Okr.Samples.Web.Api;

/// <summary>Check-ins: one small appended row each, never a rewrite of the plan.</summary>
internal static class CheckInEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/plans/{planId}/key-results/{keyResultId}/check-ins", PostAsync).WithTags("Check-ins").WithName("PostCheckIn")
            .WithSummary("Appends a check-in ({at, value, confidence, note}). With If-Match, only if the plan is still at that revision (else 412); without, concurrent check-ins are all kept.")
            .Accepts<CheckInRequest>("application/json").Produces<CheckInCreated>(201)
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(412).ProducesProblem(422);

    private static async Task<IResult> PostAsync(string planId, string keyResultId, HttpRequest request, PlanService plans, TimeProvider time, CancellationToken ct)
    {
        CheckInRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<CheckInRequest>(request.Body, Json, ct);
        }
        catch (JsonException e)
        {
            return Problems.Of(400, "json.malformed", e.Path ?? "$", null, $"{e.Path ?? "$"}: the check-in cannot be read: {e.Message}");
        }

        if (body?.Value is not { } value)
        {
            return Problems.Of(400, "json.missing-property", "$.value", keyResultId, "$.value: a check-in needs a value.");
        }

        CheckIn checkIn;
        try
        {
            checkIn = new CheckIn(body.At ?? time.GetUtcNow(), value) { Confidence = body.Confidence, Note = body.Note };
        }
        catch (ArgumentException e)
        {
            string path = "$." + JsonNamingPolicy.CamelCase.ConvertName(e.ParamName ?? "value");
            return Problems.Of(422, "invalid-check-in", path, keyResultId, $"{path}: {e.Message}");
        }

        var validation = new CheckInValidator(new PlanValidationOptions { Clock = time }).Validate(checkIn);
        if (validation.HasBlockingErrors())
        {
            return Problems.From(validation.ToProblemDetails());
        }

        var (outcome, score) = await plans.CheckInAsync(planId, keyResultId, checkIn, ETags.IfMatch(request), ct);
        switch (outcome.Status)
        {
            case WriteStatus.PlanNotFound:
                return Problems.PlanNotFound(planId);
            case WriteStatus.ItemNotFound:
                return Problems.ItemNotFound(planId, keyResultId);
            case WriteStatus.PreconditionFailed:
                return Problems.PreconditionFailed(planId);
        }

        ETags.Set(request.HttpContext.Response, outcome.Revision);
        var created = new CheckInCreated(planId, keyResultId, outcome.Revision, checkIn.At, checkIn.Value, score?.Progress?.Percent, score?.Status.ToString(), Problems.Warnings(validation));
        return Results.Created($"/plans/{Uri.EscapeDataString(planId)}/items/{Uri.EscapeDataString(keyResultId)}/explanation", created);
    }
}

/// <summary>A check-in as posted.</summary>
/// <param name="At">When (ISO 8601 with offset); now when omitted.</param>
/// <param name="Value">The measured value (required).</param>
/// <param name="Confidence">The owner's confidence, 0 to 1.</param>
/// <param name="Note">A note.</param>
internal sealed record CheckInRequest(DateTimeOffset? At, decimal? Value, decimal? Confidence, string? Note);

/// <summary>The answer to a check-in: the plan's new revision and the key result's numbers today.</summary>
internal sealed record CheckInCreated(
    string PlanId, string KeyResultId, long Revision, DateTimeOffset At, decimal Value, decimal? ProgressPercent, string? Status,
    IReadOnlyList<Okr.Core.Problems.OkrProblemEntry> Warnings);
