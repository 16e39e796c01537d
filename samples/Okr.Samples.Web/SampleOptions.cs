namespace Okr.Samples.Web;

/// <summary>The <c>Storage</c> section of the configuration.</summary>
internal sealed class SampleOptions
{
    /// <summary><c>sqlite</c> (the default) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>The SQLite file, relative to the application's folder (next to its DLL) unless absolute; created with its folder on first run.</summary>
    public string SqlitePath { get; set; } = "App_Data/okr.db";

    /// <summary>The Npgsql connection string when <see cref="Provider"/> is <c>postgres</c>.</summary>
    public string PostgresConnectionString { get; set; } = "";

    /// <summary>Whether to store the built-in example plan <c>ai-coding</c> when it is absent.</summary>
    public bool SeedExample { get; set; } = true;

    /// <summary>The largest upload an import accepts, in bytes.</summary>
    public long MaxImportBytes { get; set; } = 512L * 1024 * 1024;
}
