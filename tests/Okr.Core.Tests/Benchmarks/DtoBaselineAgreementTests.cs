using System.Text.Json;
using Okr.Core.Testing;
using Okr.Core.Testing.Baselines.Json;

namespace Okr.Core.Tests.Benchmarks;

/// <summary>
/// The JSON benchmark's baseline (System.Text.Json over plain DTOs) reads the same document into the same items and
/// numbers as <see cref="OkrJson"/> and writes it back to the same bytes, so the two do the same work on the same text.
/// </summary>
public sealed class DtoBaselineAgreementTests
{
    [Theory]
    [InlineData(2_000, 1)]
    [InlineData(5_000, 42)]
    public void DtoBaseline_GeneratedDocument_ReadsTheSameItemsAndNumbers(int items, int seed)
    {
        byte[] utf8 = OkrJson.SerializeToUtf8Bytes(CompanyPlanGenerator.Generate(items, seed));
        var plan = OkrJson.Deserialize(utf8);
        var dto = JsonSerializer.Deserialize(utf8, PlanDtoJsonContext.Default.PlanDocumentDto)!;

        var objectives = dto.Objectives!;
        var keyResults = objectives.SelectMany(o => o.KeyResults ?? []).ToList();
        var initiatives = keyResults.SelectMany(k => k.Initiatives ?? []).ToList();
        var workItems = initiatives.SelectMany(i => i.WorkItems ?? []).ToList();
        var checkIns = keyResults.SelectMany(k => k.CheckIns ?? []).ToList();

        Assert.Equal(1, dto.SchemaVersion);
        Assert.Equal(items, objectives.Count + keyResults.Count + initiatives.Count + workItems.Count);
        Assert.Equal(plan.ItemCount, objectives.Count + keyResults.Count + initiatives.Count + workItems.Count);
        Assert.Equal(plan.Objectives.Select(o => o.Id), objectives.Select(o => o.Id));
        Assert.Equal(plan.KeyResults.Select(k => k.Id), keyResults.Select(k => k.Id));
        Assert.Equal(plan.Initiatives.Select(i => i.Id), initiatives.Select(i => i.Id));
        Assert.Equal(plan.WorkItems.Select(t => t.Id), workItems.Select(t => t.Id));
        Assert.Equal(plan.Objectives.Select(o => o.Alignment.TargetId), objectives.Select(o => o.Alignment?.TargetId));
        Assert.Equal(plan.Objectives.Select(o => o.Weight.Multiplier), objectives.Select(o => o.Weight?.Multiplier ?? 1m));
        Assert.Equal(plan.KeyResults.Select(k => k.Kind.Discriminator), keyResults.Select(k => k.Kind.Type));
        Assert.Equal(plan.KeyResults.Select(k => k.Weight.Multiplier), keyResults.Select(k => k.Weight?.Multiplier ?? 1m));
        Assert.Equal(plan.KeyResults.Select(k => k.Contributes), keyResults.Select(k => k.Contributes ?? true));

        var planCheckIns = plan.KeyResults.SelectMany(k => k.CheckIns).ToList();
        Assert.NotEmpty(planCheckIns);
        Assert.Equal(planCheckIns.Select(c => c.At), checkIns.Select(c => c.At));
        Assert.Equal(planCheckIns.Select(c => c.Value), checkIns.Select(c => c.Value));
        Assert.Equal(planCheckIns.Select(c => c.Confidence), checkIns.Select(c => c.Confidence));

        Assert.Equal(plan.WorkItems.Select(t => t.State.ToString()), workItems.Select(t => (t.State ?? WorkStateDto.NotStarted).ToString()));
        Assert.Equal(plan.WorkItems.Select(t => t.PercentComplete), workItems.Select(t => t.PercentComplete));
        Assert.Equal(plan.WorkItems.Select(t => t.Effort), workItems.Select(t => t.Effort));
        Assert.Equal(plan.WorkItems.Select(t => t.Due), workItems.Select(t => t.Due));
        Assert.Equal(plan.WorkItems.Select(t => t.CompletedOn), workItems.Select(t => t.CompletedOn));
        Assert.Equal(plan.Initiatives.Select(i => i.Start), initiatives.Select(i => i.Start));
    }

    [Theory]
    [InlineData(2_000, 1)]
    [InlineData(5_000, 42)]
    public void DtoBaseline_GeneratedDocument_WritesTheSameBytes(int items, int seed)
    {
        byte[] utf8 = OkrJson.SerializeToUtf8Bytes(CompanyPlanGenerator.Generate(items, seed));
        var dto = JsonSerializer.Deserialize(utf8, PlanDtoJsonContext.Default.PlanDocumentDto)!;

        byte[] written = JsonSerializer.SerializeToUtf8Bytes(dto, PlanDtoJsonContext.Default.PlanDocumentDto);

        Assert.Equal(System.Text.Encoding.UTF8.GetString(utf8), System.Text.Encoding.UTF8.GetString(written));
    }
}
