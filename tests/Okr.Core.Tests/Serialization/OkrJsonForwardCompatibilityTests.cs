using Okr.Core.Serialization;

namespace Okr.Core.Tests.Serialization;

public sealed class OkrJsonForwardCompatibilityTests
{
    private static readonly OkrJsonOptions Indented = OkrJsonOptions.Default with { WriteIndented = true };

    private static OkrPlan Load() => OkrJson.Deserialize(File.ReadAllBytes(RepositoryFiles.Golden("unknown-properties.json")));

    [Fact]
    public void Deserialize_UnknownPropertiesAtEveryLevel_KeepsThemOnTheRightItems()
    {
        var plan = Load();
        Assert.Equal(["x-tuning", "x-note", "x-scoring-extra", "x-document-extra"], plan.UnknownProperties.Select(p => p.Name));
        Assert.Equal(["scoring.rollup", "scoring.defaultRollup", "scoring", ""], plan.UnknownProperties.Select(p => p.Scope));
        Assert.Equal("""{"generator":"other-tool 3.1","nested":{"deep":[{"x":1}]}}""", plan.UnknownProperties[3].Json);

        var objective = plan.FindObjective("o1")!;
        Assert.Equal(["period", "alignment", "weight", "progressOverride", ""], objective.UnknownProperties.Select(p => p.Scope));
        var keyResult = plan.FindKeyResult("kr1")!;
        Assert.Equal(["kind.milestones[0]", "kind", "progressStrategy", "phasedTargets[0]", ""], keyResult.UnknownProperties.Select(p => p.Scope));
        Assert.Equal("x-source-system", Assert.Single(keyResult.CheckIns[0].UnknownProperties).Name);
        Assert.Equal(["link", ""], plan.FindInitiative("i1")!.UnknownProperties.Select(p => p.Scope));
        Assert.Equal("1000.50", plan.FindInitiative("i1")!.UnknownProperties[1].Json);
        Assert.Equal("""["a","b"]""", Assert.Single(plan.FindWorkItem("w1")!.UnknownProperties).Json);
    }

    [Fact]
    public void Serialize_AfterAnEditElsewhere_WritesUnknownPropertiesBack()
    {
        var plan = Load();
        var edited = plan.AddCheckIn("kr1", new CheckIn(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), 2m))
            .ReplaceWorkItem(plan.FindWorkItem("w1")! with { State = WorkItemState.Done });
        var reloaded = OkrJson.Deserialize(OkrJson.Serialize(edited, Indented));
        Assert.Equal(edited, reloaded);
        Assert.Equal(plan.UnknownProperties, reloaded.UnknownProperties);
        Assert.Equal(plan.FindWorkItem("w1")!.UnknownProperties, reloaded.FindWorkItem("w1")!.UnknownProperties);
    }

    [Fact]
    public void Equals_PlansDifferingOnlyInUnknownProperties_AreNotEqual()
    {
        var plan = Load();
        Assert.NotEqual(plan, plan.WithUnknownProperties(UnknownProperties.Empty));
        var objective = plan.FindObjective("o1")!;
        Assert.NotEqual(objective, objective with { UnknownProperties = objective.UnknownProperties.Add("x", "1") });
    }

    [Fact]
    public void Add_MalformedJson_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => UnknownProperties.Empty.Add("x", "{not json"));

    [Fact]
    public void Add_Value_IsStoredMinified() =>
        Assert.Equal("""{"a":[1,2]}""", UnknownProperties.Empty.Add("x", "{ \"a\" : [ 1, 2 ] }")[0].Json);
}
