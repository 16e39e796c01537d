using FluentValidation.Results;
using Okr.Core.Problems;
using Okr.Core.Validation;

namespace Okr.Samples.Web.Api;

/// <summary>Every error response: an RFC 9457 <c>application/problem+json</c> document naming the path or item and a code.</summary>
internal static class Problems
{
    public static IResult From(OkrProblemDetails problem) =>
        Results.Problem(problem.Detail, null, problem.Status, problem.Title, problem.Type, problem.ToExtensions());

    public static IResult Of(int status, string code, string path, string? itemId, string detail) => From(new OkrProblemDetails
    {
        Type = "urn:okr:problem:" + code,
        Title = status switch
        {
            404 => "Not found.",
            412 => "The plan changed since the given ETag.",
            413 => "The request body is too large.",
            422 => "The request is not valid.",
            _ => "The request cannot be read.",
        },
        Status = status,
        Detail = detail,
        Errors = [new OkrProblemEntry(code, path, itemId, detail)],
    });

    public static IResult PlanNotFound(string planId) => Of(404, "plan-not-found", "planId", planId, $"There is no plan '{planId}'.");

    public static IResult ItemNotFound(string planId, string itemId) =>
        Of(404, "item-not-found", "itemId", itemId, $"The plan '{planId}' has no item '{itemId}' of that kind.");

    public static IResult PreconditionFailed(string planId) =>
        Of(412, "precondition-failed", "If-Match", planId, $"The plan '{planId}' changed since the ETag in If-Match; GET it again and retry.");

    /// <summary>Warnings as the same entries the problems use, for a successful response.</summary>
    public static OkrProblemEntry[] Warnings(ValidationResult result) =>
        [.. result.Warnings().Select(w => new OkrProblemEntry(w.ErrorCode ?? "", w.PropertyName ?? "", (w.CustomState as OkrValidationDetails)?.ItemId, w.ErrorMessage ?? ""))];
}
