namespace Okr.Samples.Web.Tests;

/// <summary>One host and database per test class; each test uses plans of its own.</summary>
public sealed class HostFixture : IDisposable
{
    public HostFixture()
    {
        Host = new WebHost();
        Client = Host.CreateClient();
    }

    public WebHost Host { get; }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Host.Dispose();
        Host.DeleteDatabase();
    }
}
