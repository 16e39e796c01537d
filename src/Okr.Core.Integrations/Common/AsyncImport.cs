namespace Okr.Core.Integrations;

/// <summary>
/// The one way every importer's <c>ImportAsync</c> runs: the input is read asynchronously (never a synchronous read on
/// it, so a request body under Kestrel's default works) into a temporary file deleted on close, then parsed from that
/// file with the importer's streaming reader. Memory holds a copy buffer and the imported items, never the input.
/// An input already in memory or in a file is parsed directly. The token is checked while copying and before every
/// buffer the parser reads.
/// </summary>
internal static class AsyncImport
{
    private const int BufferSize = 81920;

    public static async Task<ImportResult> RunAsync<TOptions>(Stream input, TOptions options, Func<Stream, TOptions, ImportResult> import, CancellationToken cancellationToken)
        where TOptions : ImportOptions
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();
        if (input is MemoryStream or UnmanagedMemoryStream or FileStream)
        {
            return Parse(input, options, import, cancellationToken);
        }

        string path = Path.Combine(Path.GetTempPath(), "okr-import-" + Guid.NewGuid().ToString("N") + ".tmp");
        var spool = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await using (spool.ConfigureAwait(false))
        {
            await input.CopyToAsync(spool, BufferSize, cancellationToken).ConfigureAwait(false);
            spool.Position = 0;
            return Parse(spool, options, import, cancellationToken);
        }
    }

    private static ImportResult Parse<TOptions>(Stream input, TOptions options, Func<Stream, TOptions, ImportResult> import, CancellationToken cancellationToken)
    {
        using var reader = new CancellableReadStream(input, cancellationToken);
        try
        {
            return import(reader, options);
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested && e is not OperationCanceledException)
        {
            // A parser may wrap the cancellation in its own exception: the caller asked to stop, so say that.
            throw new OperationCanceledException("The import was cancelled.", e, cancellationToken);
        }
    }
}
