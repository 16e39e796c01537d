using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Okr.Samples.Web.Tests;

/// <summary>
/// Bounded load on loopback against the sample's own process (Kestrel, SQLite): many clients checking in at once lose
/// nothing; and a check-in on a stored 100,000-item plan is an appended row, not a rewrite of the document. Latencies
/// are reported (test output and artifacts/web-load.txt), not asserted: timing belongs to measurements, not to tests.
/// </summary>
public sealed class LoadRunTests(ITestOutputHelper output)
{
    private const int Clients = 16;
    private const int CheckInsPerClient = 500;

    [Fact]
    public async Task SixteenClients_EightThousandCheckIns_NoneLost()
    {
        await using var app = await AppProcess.StartAsync();
        using var setup = app.Client();
        using (var put = await setup.PutPlanAsync("load", Plans.Small()))
        {
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }

        var latencies = new double[Clients * CheckInsPerClient];
        var failures = 0;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async c =>
        {
            using var client = app.Client();
            for (int i = 0; i < CheckInsPerClient; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.CheckInAsync("load", "k1", string.Create(CultureInfo.InvariantCulture, $"{{\"value\": {c}.{i:D3}}}"));
                latencies[(c * CheckInsPerClient) + i] = watch.Elapsed.TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        total.Stop();

        var stored = (await setup.GetPlanAsync("load")).FindKeyResult("k1")!.CheckIns;
        int lost = (Clients * CheckInsPerClient) - stored.Length;
        Report($"load run: {Clients} clients x {CheckInsPerClient} check-ins on one plan (SQLite, Kestrel, loopback): " +
            $"{stored.Length} stored, {lost} lost, {failures} failed, {Summary(latencies)}, {(Clients * CheckInsPerClient) / total.Elapsed.TotalSeconds:0} check-ins/s");
        Assert.Equal(0, failures);
        Assert.Equal(0, lost);
        Assert.Equal(Clients * CheckInsPerClient, stored.Select(s => s.Value).Distinct().Count());
    }

    [Fact]
    public async Task CheckIn_On100kItemPlan_AppendsARowAndLeavesTheDocument()
    {
        await using var app = await AppProcess.StartAsync();
        using var client = app.Client();
        var plan = LargePlan(2_000);
        string keyResultId = plan.KeyResults.First().Id;
        var put = Stopwatch.StartNew();
        using (var response = await client.PutAsync("/plans/big", new ByteArrayContent(OkrJson.SerializeToUtf8Bytes(plan)) { Headers = { ContentType = new("application/json") } }))
        {
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        put.Stop();
        long documentBefore = DocumentLength(app, "big");
        using (var warm = await client.CheckInAsync("big", keyResultId, "{\"value\": 1}"))
        {
            Assert.Equal(HttpStatusCode.Created, warm.StatusCode); // the first one after a write builds the scoring session
        }

        var latencies = new double[200];
        for (int i = 0; i < latencies.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.CheckInAsync("big", keyResultId, string.Create(CultureInfo.InvariantCulture, $"{{\"value\": {i + 2}}}"));
            latencies[i] = watch.Elapsed.TotalMilliseconds;
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        Report($"100,000-item plan ({plan.ItemCount} items): PUT {put.Elapsed.TotalSeconds:0.0} s; {latencies.Length} sequential check-ins: {Summary(latencies)}");
        Assert.Equal(documentBefore, DocumentLength(app, "big"));
        Assert.Equal(latencies.Length + 1, EventCount(app, "big"));
    }

    /// <summary>A valid plan of 51 items per objective: 5 linear key results, each with an initiative of 8 work items.</summary>
    private static OkrPlan LargePlan(int objectives)
    {
        var period = Period.Quarter(2026, 2);
        return new OkrPlan(Enumerable.Range(0, objectives).Select(o => new Objective
        {
            Id = $"o{o}",
            Title = $"Objective {o}",
            Period = period,
            Owner = "owner",
            KeyResults = [.. Enumerable.Range(0, 5).Select(k => new KeyResult
            {
                Id = $"k{o}-{k}",
                Title = $"Key result {o}-{k}",
                Owner = "owner",
                Kind = KeyResultKind.Increase(0m, 100m),
                Initiatives = [new Initiative
                {
                    Id = $"i{o}-{k}",
                    Title = $"Initiative {o}-{k}",
                    WorkItems = [.. Enumerable.Range(0, 8).Select(w => new WorkItem { Id = $"w{o}-{k}-{w}", Title = $"Task {w}" })],
                }],
            })],
        }));
    }

    private static long DocumentLength(AppProcess app, string planId) => Scalar(app, "SELECT length(document) FROM okr_documents WHERE plan_id = $id", planId);

    private static long EventCount(AppProcess app, string planId) => Scalar(app, "SELECT COUNT(*) FROM okr_events WHERE plan_id = $id", planId);

    private static long Scalar(AppProcess app, string sql, string planId)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = app.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", planId);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static string Summary(double[] latencies)
    {
        var sorted = latencies.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"p50 {At(0.50):0.0} ms, p99 {At(0.99):0.0} ms, max {sorted[^1]:0.0} ms");
    }

    private void Report(string line)
    {
        output.WriteLine(line);
        string? folder = Environment.GetEnvironmentVariable("OKR_ARTIFACTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            File.AppendAllText(Path.Combine(folder, "web-load.txt"), DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture) + " " + line + Environment.NewLine);
        }
    }
}
