namespace Okr.Core.Integrations;

public static partial class MondayJsonImporter
{
    /// <summary>Imports a monday.com GraphQL answer asynchronously: the input is never read synchronously (safe on an ASP.NET Core request body
    /// under Kestrel's default), is spooled to a temporary file deleted afterwards unless it is already a file or in memory,
    /// and is parsed with the same streaming reader as <see cref="Import"/>, so memory never holds the whole input.</summary>
    /// <param name="json">The input; read to the end, left open.</param>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Stops the copy and the parsing.</param>
    /// <returns>The same result as <see cref="Import"/> on the same input.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ImportFormatException">The input cannot be read as a whole (see <see cref="Import"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<ImportResult> ImportAsync(Stream json, MondayImportOptions options, CancellationToken cancellationToken = default) =>
        AsyncImport.RunAsync(json, options, Import, cancellationToken);
}
