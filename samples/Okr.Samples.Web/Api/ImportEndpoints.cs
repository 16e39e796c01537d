using Microsoft.AspNetCore.Mvc;
using Okr.Core;
using Okr.Core.Integrations;
using Okr.Samples.Web.Plans;

namespace Okr.Samples.Web.Api;

/// <summary>
/// Uploads of a tool's export, streamed: the body goes through the importer's <c>ImportAsync</c>, which spools it to a
/// temporary file and parses it record by record, so a 100 MB upload never sits in memory whole. The imported
/// initiatives and tasks are attached to the key result and the plan is written as a new snapshot, all or nothing.
/// </summary>
internal static class ImportEndpoints
{
    private static readonly Dictionary<string, Func<Stream, string, CancellationToken, Task<ImportResult>>> Importers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jira-csv"] = (s, kr, ct) => JiraCsvImporter.ImportAsync(s, new JiraImportOptions { KeyResultId = kr }, ct),
        ["jira-json"] = (s, kr, ct) => JiraJsonImporter.ImportAsync(s, new JiraImportOptions { KeyResultId = kr }, ct),
        ["asana-csv"] = (s, kr, ct) => AsanaCsvImporter.ImportAsync(s, new AsanaImportOptions { KeyResultId = kr }, ct),
        ["asana-json"] = (s, kr, ct) => AsanaJsonImporter.ImportAsync(s, new AsanaImportOptions { KeyResultId = kr }, ct),
        ["clickup-json"] = (s, kr, ct) => ClickUpJsonImporter.ImportAsync(s, new ClickUpImportOptions { KeyResultId = kr }, ct),
        ["monday-json"] = (s, kr, ct) => MondayJsonImporter.ImportAsync(s, new MondayImportOptions { KeyResultId = kr }, ct),
        ["msproject"] = (s, kr, ct) => MsProjectXmlImporter.ImportAsync(s, new MsProjectImportOptions { KeyResultId = kr }, ct),
    };

    public static void Map(IEndpointRouteBuilder app, long maxImportBytes) =>
        app.MapPost("/plans/{planId}/imports", (string planId, string? from, string? keyResult, HttpRequest request, PlanService plans, CancellationToken ct) =>
                PostAsync(planId, from, keyResult, request, maxImportBytes, plans, ct)).WithTags("Imports").WithName("PostImport")
            .WithSummary("Imports an export (from=" + string.Join("|", Importers.Keys) + ") under a key result, streamed; answers with the import report.")
            .WithMetadata(new RequestSizeLimitAttribute(maxImportBytes))
            .Accepts<string>("text/csv", "application/json", "application/xml").Produces<ImportBody>(200)
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(413).ProducesProblem(422);

    private static async Task<IResult> PostAsync(string planId, string? from, string? keyResult, HttpRequest request, long maxBytes, PlanService plans, CancellationToken ct)
    {
        if (from is null || !Importers.TryGetValue(from, out var importer))
        {
            return Problems.Of(400, "import-unknown-format", "from", null, $"from must be one of {string.Join(", ", Importers.Keys)}; it is '{from}'.");
        }

        if (string.IsNullOrWhiteSpace(keyResult))
        {
            return Problems.Of(400, "import-key-result-missing", "keyResult", null, "keyResult must name the key result the imported work feeds.");
        }

        ImportResult import;
        try
        {
            if (request.ContentLength > maxBytes)
            {
                return TooLarge(maxBytes);
            }

            // Kestrel enforces the size limit too; this check holds on any server (and in the in-memory test server).
            await using var body = new LimitedReadStream(request.Body, maxBytes);
            import = await importer(body, keyResult, ct);
        }
        catch (ImportFormatException e)
        {
            return Problems.Of(400, "import-malformed", e.Location, null, e.Message);
        }
        catch (Exception e) when (e is LimitedReadStream.TooLargeException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            return TooLarge(maxBytes);
        }

        WriteOutcome outcome;
        try
        {
            outcome = await plans.AttachAsync(planId, import, ct);
        }
        catch (InvalidPlanException e)
        {
            return Problems.Of(422, "import-conflicts-with-plan", "body", e.ItemIds.FirstOrDefault(), e.Message);
        }

        return outcome.Status switch
        {
            WriteStatus.PlanNotFound => Problems.PlanNotFound(planId),
            WriteStatus.ItemNotFound => Problems.ItemNotFound(planId, keyResult),
            WriteStatus.PreconditionFailed => Problems.PreconditionFailed(planId),
            _ => Results.Ok(ImportBody.From(outcome.Revision, import)),
        };
    }

    private static IResult TooLarge(long maxBytes) =>
        Problems.Of(413, "import-too-large", "body", null, $"The upload is larger than the limit of {maxBytes} bytes (Storage:MaxImportBytes).");
}

/// <summary>The import report.</summary>
internal sealed record ImportBody(long Revision, string KeyResultId, int Initiatives, int RowsRead, int Imported, int Structural, int Skipped,
    IReadOnlyList<string> Problems, IReadOnlyList<string> UnknownStatuses)
{
    public static ImportBody From(long revision, ImportResult import) => new(
        revision, import.KeyResultId, import.Initiatives.Length, import.Report.RowsRead, import.Report.Imported, import.Report.Structural, import.Report.Skipped,
        [.. import.Report.Problems.Select(p => p.ToString())], import.Report.UnknownStatuses);
}
