using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace Okr.Samples.Web.Tests;

/// <summary>The web sample as users run it: its own process on Kestrel, on a free loopback port, over an SQLite file of its own.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string folder;

    private AppProcess(Process process, string folder, Uri address)
    {
        this.process = process;
        this.folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public string DatabasePath => Path.Combine(folder, "okr.db");

    public static async Task<AppProcess> StartAsync()
    {
        int port = FreePort();
        string folder = Path.Combine(Path.GetTempPath(), "okr-web-app-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string dll = Path.Combine(AppContext.BaseDirectory, "Okr.Samples.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", $"http://127.0.0.1:{port}", "--Storage:SqlitePath", Path.Combine(folder, "okr.db"), "--Logging:LogLevel:Default", "Warning" },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, folder, new Uri($"http://127.0.0.1:{port}"));
        await app.WaitUntilHealthyAsync();
        return app;
    }

    public HttpClient Client() => new() { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = Client();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The web sample exited with code {process.ExitCode}.");
            }

            try
            {
                using var response = await client.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The web sample did not answer /health within 90 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
