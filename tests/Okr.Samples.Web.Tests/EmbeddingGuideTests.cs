using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Okr.Core.Integrations;
using Okr.Core.Problems;
using Okr.Core.Serialization;
using Okr.Core.Validation;

namespace Okr.Samples.Web.Tests;

/// <summary>The snippets of docs/embedding.md, compiled and run.</summary>
public sealed class EmbeddingGuideTests
{
    // begin-snippet: embedding-problem-mapping
    static IResult Problem(OkrProblemDetails p) => Results.Problem(p.Detail, null, p.Status, p.Title, p.Type, p.ToExtensions());
    // end-snippet

    private static async Task<IResult> PutAsync(HttpRequest request, TimeProvider time, CancellationToken ct)
    {
        // begin-snippet: embedding-problems
        OkrPlan plan;
        try
        {
            plan = await OkrJson.DeserializeAsync(request.Body, cancellationToken: ct);
        }
        catch (OkrJsonException e)
        {
            return Problem(OkrProblemDetails.FromJsonException(e)); // 400 naming the JSON path; 422 duplicate ids, dangling references, cycles; 413 too large
        }

        var validation = new OkrPlanValidator(new PlanValidationOptions { Clock = time }).Validate(plan);
        if (validation.HasBlockingErrors())
        {
            return Problem(validation.ToProblemDetails()); // 422 with every error and every warning
        }

        // validation.Warnings(): report them in the answer, never block on them.
        // end-snippet
        return Results.Ok(validation.Warnings().Length);
    }

    private static async Task<(int Objectives, int Tasks)> ReadAsync(HttpRequest request, JiraImportOptions options, CancellationToken ct)
    {
        // begin-snippet: embedding-async-reads
        OkrPlan plan = await OkrJson.DeserializeAsync(request.Body, cancellationToken: ct);           // plans
        ImportResult import = await JiraCsvImporter.ImportAsync(request.Body, options, ct);          // exports, webhooks
        // end-snippet
        return (plan.Objectives.Length, import.WorkItems.Count());
    }

    private static HttpRequest Request(string body)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return context.Request;
    }

    [Fact]
    public async Task Problems_MalformedInvalidAndWarningsOnly()
    {
        var malformed = Assert.IsType<ProblemHttpResult>(await PutAsync(Request("{\"objectives\": ["), TimeProvider.System, default));
        Assert.Equal(400, malformed.StatusCode);
        var invalid = Assert.IsType<ProblemHttpResult>(await PutAsync(Request(Plans.TwoErrorsOneWarning), TimeProvider.System, default));
        Assert.Equal(422, invalid.StatusCode);
        Assert.Equal(2, ((IEnumerable<OkrProblemEntry>)invalid.ProblemDetails.Extensions["errors"]!).Count());
        var accepted = Assert.IsType<Ok<int>>(await PutAsync(Request(Plans.WarningOnly), TimeProvider.System, default));
        Assert.Equal(1, accepted.Value);
    }

    [Fact]
    public async Task AsyncReads_PlanThenExport()
    {
        var request = Request(Plans.Small());
        var csv = "Issue key,Summary,Status\nWEB-1,Build,Done\n";
        var stream = new ConcatenatedBodies(request.Body, new MemoryStream(Encoding.UTF8.GetBytes(csv)));
        request.Body = stream;

        var (objectives, tasks) = await ReadAsync(request, new JiraImportOptions { KeyResultId = "k1" }, default);

        Assert.Equal((1, 1), (objectives, tasks));
    }

    /// <summary>A body that is first one stream, then, once that one ends, another (two requests' bodies in one test).</summary>
    private sealed class ConcatenatedBodies(Stream first, Stream second) : Stream
    {
        private bool firstDone;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!firstDone)
            {
                int n = await first.ReadAsync(buffer, cancellationToken);
                if (n > 0)
                {
                    return n;
                }

                firstDone = true;
                return 0; // the first body ends here
            }

            return await second.ReadAsync(buffer, cancellationToken);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
