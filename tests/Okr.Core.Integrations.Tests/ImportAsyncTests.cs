namespace Okr.Core.Integrations.Tests;

/// <summary>The async importers read their input only asynchronously (as on a Kestrel request body, where synchronous
/// reads throw) and give the same result as the synchronous ones.</summary>
public sealed class ImportAsyncTests
{
    private static Stream AsyncOnly(string fixture) => new AsyncOnlyStream(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture)));

    [Fact]
    public async Task JiraCsv_AsyncOnlyBody_SameResultAsImport()
    {
        var options = new JiraImportOptions { KeyResultId = "kr-1" };
        using var file = Fixture.Open("jira-cloud-export.csv");
        var expected = JiraCsvImporter.Import(file, options);

        await using var body = AsyncOnly("jira-cloud-export.csv");
        var actual = await JiraCsvImporter.ImportAsync(body, options);

        Assert.Equal(expected.Report.RowsRead, actual.Report.RowsRead);
        Assert.Equal(expected.WorkItems, actual.WorkItems);
        Assert.Equal(expected.Updates.Select(u => (u.Key, u.At, u.State, u.Title, u.Due, u.Effort, u.Assignee)), actual.Updates.Select(u => (u.Key, u.At, u.State, u.Title, u.Due, u.Effort, u.Assignee)));
        Assert.Equal(expected.Report.Problems.Select(p => p.ToString()), actual.Report.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task EveryImporter_AsyncOnlyBody_Imports()
    {
        Assert.NotEmpty((await JiraJsonImporter.ImportAsync(AsyncOnly("jira-webhook-updated.json"), new JiraImportOptions { KeyResultId = "kr" })).Updates);
        Assert.NotEmpty((await AsanaCsvImporter.ImportAsync(AsyncOnly("asana-export.csv"), new AsanaImportOptions { KeyResultId = "kr" })).Updates);
        Assert.NotEmpty((await ClickUpJsonImporter.ImportAsync(AsyncOnly("clickup-list-tasks.json"), new ClickUpImportOptions { KeyResultId = "kr" })).Updates);
        Assert.NotEmpty((await MondayJsonImporter.ImportAsync(AsyncOnly("monday-items-page.json"), new MondayImportOptions { KeyResultId = "kr" })).Updates);
        Assert.NotEmpty((await MsProjectXmlImporter.ImportAsync(AsyncOnly("mspdi-relaunch.xml"), new MsProjectImportOptions { KeyResultId = "kr" })).Updates);
        var asana = "{\"data\":{\"gid\":\"1\",\"name\":\"Write\",\"completed\":false,\"modified_at\":\"2026-04-01T10:00:00Z\"}}"u8.ToArray();
        Assert.NotEmpty((await AsanaJsonImporter.ImportAsync(new AsyncOnlyStream(asana), new AsanaImportOptions { KeyResultId = "kr" })).Updates);
    }

    [Fact]
    public async Task ImportAsync_CancelledToken_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            JiraCsvImporter.ImportAsync(AsyncOnly("jira-cloud-export.csv"), new JiraImportOptions { KeyResultId = "kr" }, cancelled.Token));
    }

    [Fact]
    public async Task ImportAsync_MalformedInput_SameFormatExceptionAsImport()
    {
        var bad = "{\"issues\": [ {\"key\": "u8.ToArray();
        var expected = Assert.Throws<ImportFormatException>(() => JiraJsonImporter.Import(new MemoryStream(bad), new JiraImportOptions { KeyResultId = "kr" }));
        var actual = await Assert.ThrowsAsync<ImportFormatException>(() => JiraJsonImporter.ImportAsync(new AsyncOnlyStream(bad), new JiraImportOptions { KeyResultId = "kr" }));
        Assert.Equal(expected.Message, actual.Message);
    }

    [Fact]
    public async Task ImportAsync_NullArguments_Throw()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => JiraCsvImporter.ImportAsync(null!, new JiraImportOptions { KeyResultId = "kr" }));
        await Assert.ThrowsAsync<ArgumentNullException>(() => JiraCsvImporter.ImportAsync(new MemoryStream(), null!));
    }

    /// <summary>A request body as Kestrel gives it by default: synchronous reads throw, asynchronous ones work.</summary>
    private sealed class AsyncOnlyStream(byte[] data) : Stream
    {
        private readonly MemoryStream inner = new(data);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) =>
            throw new InvalidOperationException("Synchronous operations are disallowed. Call ReadAsync or set AllowSynchronousIO to true instead.");

        public override int Read(Span<byte> buffer) => Read([], 0, 0);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
