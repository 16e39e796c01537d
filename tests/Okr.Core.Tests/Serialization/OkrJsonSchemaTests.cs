using System.Text.Json.Nodes;
using FsCheck.Fluent;
using Json.Schema;
using Okr.Core.Serialization;
using Okr.Core.Tests.Generators;

namespace Okr.Core.Tests.Serialization;

public sealed class OkrJsonSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(RepositoryFiles.Schema));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    [Theory]
    [InlineData("complete.json")]
    [InlineData("minimal.json")]
    [InlineData("unknown-properties.json")]
    public void Schema_GoldenDocuments_Conform(string name) =>
        AssertValid(File.ReadAllText(RepositoryFiles.Golden(name)));

    [Fact]
    public void Schema_GeneratedDocuments_Conform()
    {
        foreach (var plan in PlanGenerators.PlanOfSize(6).Sample(10, 80))
        {
            AssertValid(OkrJson.Serialize(plan));
        }
    }

    [Theory]
    [InlineData("""{"objectives":[]}""")]
    [InlineData("""{"schemaVersion":1,"objectives":[{"id":"o","title":"T"}]}""")]
    [InlineData("""{"schemaVersion":1,"objectives":[{"id":"o","title":"T","period":{"start":"2026-04-01","end":"2026-06-30"},"keyResults":[{"id":"k","title":"K","kind":{"type":"linear","target":"10"}}]}]}""")]
    public void Schema_InvalidDocuments_DoNotConform(string json) =>
        Assert.False(Schema.Evaluate(JsonNode.Parse(json), Options).IsValid);

    private static void AssertValid(string json)
    {
        var result = Schema.Evaluate(JsonNode.Parse(json), Options);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10)));
    }
}
