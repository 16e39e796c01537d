using System.Text;
using Okr.Core.Scoring;
using Okr.Core.Serialization;

namespace Okr.Core.Tests.Serialization;

public sealed class OkrJsonGoldenTests
{
    private static readonly OkrJsonOptions Indented = OkrJsonOptions.Default with { WriteIndented = true };

    public static TheoryData<string> GoldenPlans => new() { "complete.json", "minimal.json", "unknown-properties.json" };

    [Fact]
    public void Serialize_CompleteSample_MatchesGoldenFile()
    {
        string actual = OkrJson.Serialize(SamplePlans.Complete(), Indented);
        Assert.Equal(RepositoryFiles.ReadGolden("complete.json", actual), actual);
    }

    [Fact]
    public void Serialize_Scorecard_MatchesGoldenFile()
    {
        var scorecard = OkrScorer.Score(SamplePlans.Complete(), new DateOnly(2026, 5, 15));
        string actual = OkrJson.Serialize(scorecard, Indented with { IncludeExplanations = true });
        Assert.Equal(RepositoryFiles.ReadGolden("scorecard.json", actual), actual);
    }

    [Theory]
    [MemberData(nameof(GoldenPlans))]
    public void Serialize_OfDeserializedGoldenFile_GivesTheSameBytes(string name)
    {
        byte[] golden = File.ReadAllBytes(RepositoryFiles.Golden(name));
        byte[] again = OkrJson.SerializeToUtf8Bytes(OkrJson.Deserialize(golden, Indented), Indented);
        Assert.Equal(Encoding.UTF8.GetString(golden), Encoding.UTF8.GetString(again));
    }

    [Fact]
    public void Deserialize_CompleteGoldenFile_EqualsTheSample() =>
        Assert.Equal(SamplePlans.Complete(), OkrJson.Deserialize(File.ReadAllBytes(RepositoryFiles.Golden("complete.json"))));
}
