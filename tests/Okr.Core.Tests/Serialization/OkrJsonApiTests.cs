using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Okr.Core.Scoring;
using Okr.Core.Serialization;

namespace Okr.Core.Tests.Serialization;

public sealed class OkrJsonApiTests
{
    private const string Exact = """{"schemaVersion":1,"objectives":[{"id":"o","title":"T","period":{"start":"2026-04-01","end":"2026-06-30"},"keyResults":[{"id":"k","title":"K","kind":{"type":"range","lower":0.1,"upper":79228162514264337593543950335},"checkIns":[{"at":"2026-04-02T00:00:00+00:00","value":-79228162514264337593543950335},{"at":"2026-04-03T00:00:00+00:00","value":1.000}]}]}]}""";

    [Fact]
    public void Deserialize_Decimals_AreExact()
    {
        var keyResult = OkrJson.Deserialize(Exact).FindKeyResult("k")!;
        var kind = Assert.IsType<RangeKind>(keyResult.Kind);
        Assert.Equal(0.1m, kind.Lower);
        Assert.Equal(decimal.MaxValue, kind.Upper);
        Assert.Equal(decimal.MinValue, keyResult.CheckIns[0].Value);
        Assert.Equal("1.000", keyResult.CheckIns[1].Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Serialize_ExactDecimals_WritesTheSameText() =>
        Assert.Equal(Exact, OkrJson.Serialize(OkrJson.Deserialize(Exact)));

    [Fact]
    public async Task SerializeAsync_AndDeserializeAsync_RoundTripThroughAStream()
    {
        var plan = SamplePlans.Complete();
        using var stream = new MemoryStream();
        await OkrJson.SerializeAsync(stream, plan);
        stream.Position = 0;
        Assert.Equal(plan, await OkrJson.DeserializeAsync(stream));
    }

    [Fact]
    public void Serialize_AndDeserialize_RoundTripThroughAStreamAndBytes()
    {
        var plan = SamplePlans.Complete();
        using var stream = new MemoryStream();
        OkrJson.Serialize(stream, plan);
        Assert.Equal(OkrJson.SerializeToUtf8Bytes(plan), stream.ToArray());
        stream.Position = 0;
        Assert.Equal(plan, OkrJson.Deserialize(stream));
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. stream.ToArray()];
        Assert.Equal(plan, OkrJson.Deserialize(withBom));
    }

    [Fact]
    public void Deserialize_CustomStrategy_ComesBackAsTheUsersType()
    {
        var registry = StrategyRegistry.BuiltIn.With("half", o => new HalfRollup(o.GetDecimal("factor", 0.5m)));
        var plan = SamplePlans.Complete().WithScoring(ScoringConfiguration.Default with { Rollup = new HalfRollup(0.25m) });
        string json = OkrJson.Serialize(plan);
        Assert.Contains("\"name\":\"half\",\"options\":{\"factor\":0.25}", json, StringComparison.Ordinal);

        var copy = OkrJson.Deserialize(json, OkrJsonOptions.Default with { Strategies = registry });
        Assert.Equal(0.25m, Assert.IsType<HalfRollup>(copy.Scoring.Rollup).Factor);
        Assert.Equal(plan, copy);

        var e = Assert.Throws<OkrJsonException>(() => OkrJson.Deserialize(json));
        Assert.Equal(OkrJsonProblem.UnknownStrategy, e.Problem);
        Assert.Contains("'half'", e.Message, StringComparison.Ordinal);
        Assert.Equal("$.scoring.rollup", e.Path);
    }

    [Fact]
    public void Serialize_Scorecard_IncludesEveryItemsNumbers()
    {
        var scorecard = OkrScorer.Score(SamplePlans.Complete(), new DateOnly(2026, 7, 1));
        using var document = JsonDocument.Parse(OkrJson.Serialize(scorecard));
        var items = document.RootElement.GetProperty("items");
        Assert.Equal(scorecard.Count, items.GetArrayLength());
        var churn = items.EnumerateArray().Single(i => i.GetProperty("id").GetString() == "kr-churn");
        Assert.Equal(0.9m, churn.GetProperty("score").GetProperty("value").GetDecimal());
        Assert.Equal("cfo", churn.GetProperty("score").GetProperty("override").GetProperty("author").GetString());
        Assert.False(churn.TryGetProperty("explanation", out _));
    }

    [Fact]
    public void AddOkr_WithReflectionOptions_SerializesPlansInsideUserTypes()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() }.AddOkr();
        var envelope = new Envelope("sync", SamplePlans.Complete());
        string json = JsonSerializer.Serialize(envelope, options);
        Assert.Contains(OkrJson.Serialize(envelope.Plan), json, StringComparison.Ordinal);
        Assert.Equal(envelope.Plan, JsonSerializer.Deserialize<Envelope>(json, options)!.Plan);
    }

    [Fact]
    public void AddOkr_WithoutAnyReflectionResolver_SerializesPlansReflectionFree()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(EnvelopeContext.Default) }.AddOkr();
        var plan = SamplePlans.Complete();
        string json = JsonSerializer.Serialize(plan, options.GetTypeInfo(typeof(OkrPlan)));
        Assert.Equal(OkrJson.Serialize(plan), json);
        Assert.Equal(plan, JsonSerializer.Deserialize(json, (JsonTypeInfo<OkrPlan>)options.GetTypeInfo(typeof(OkrPlan))));
        string envelope = JsonSerializer.Serialize(new Envelope("e", plan), (JsonTypeInfo<Envelope>)options.GetTypeInfo(typeof(Envelope)));
        Assert.Contains(json, envelope, StringComparison.Ordinal);
    }

    [Fact]
    public void AddOkr_ReadingBadPlan_ThrowsOkrJsonException()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() }.AddOkr();
        Assert.Throws<OkrJsonException>(() => JsonSerializer.Deserialize<OkrPlan>("""{"schemaVersion":1,"objectives":{}}""", options));
    }

    [Fact]
    public void Serialize_WithStreamWriter_IsUtf8WithoutBom()
    {
        byte[] bytes = OkrJson.SerializeToUtf8Bytes(OkrPlan.Empty);
        Assert.Equal("{\"schemaVersion\":1}", Encoding.UTF8.GetString(bytes));
    }

    public sealed record Envelope(string Kind, OkrPlan Plan);

    private sealed class HalfRollup(decimal factor) : RollupStrategy("half", StrategyOptions.Empty.With("factor", factor))
    {
        public decimal Factor { get; } = factor;

        public override RollupResult Aggregate(in RollupArguments arguments) => RollupResult.NotScored("half");
    }
}

[JsonSerializable(typeof(OkrJsonApiTests.Envelope))]
internal sealed partial class EnvelopeContext : JsonSerializerContext;
