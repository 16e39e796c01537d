using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Okr.Samples.Web.Tests;

/// <summary>Small helpers over HttpClient for the tests.</summary>
internal static class Api
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<HttpResponseMessage> PutPlanAsync(this HttpClient client, string planId, string json, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/plans/" + planId) { Content = Json(json) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> CheckInAsync(this HttpClient client, string planId, string keyResultId, string json, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/plans/{planId}/key-results/{keyResultId}/check-ins") { Content = Json(json) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    public static async Task<OkrPlan> GetPlanAsync(this HttpClient client, string planId)
    {
        using var response = await client.GetAsync("/plans/" + planId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return OkrJson.Deserialize(await response.Content.ReadAsByteArrayAsync());
    }

    public static string ETag(HttpResponseMessage response) => response.Headers.ETag?.Tag ?? throw new Xunit.Sdk.XunitException("No ETag.");

    /// <summary>Asserts an RFC 9457 answer with the status, and returns its document.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement.Clone();
        Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("detail").GetString()));
        return root;
    }

    public static IEnumerable<JsonElement> Errors(JsonElement problem) => problem.GetProperty("errors").EnumerateArray();

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static MediaTypeHeaderValue? ContentType(HttpResponseMessage response) => response.Content.Headers.ContentType;
}
