using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Okr.Core.Testing;
using Okr.Core.Testing.Baselines.Json;

namespace Okr.Core.Benchmarks;

/// <summary>
/// Scenario 3: reading and writing the generated plan's JSON document (the format of docs/json-format.md) with
/// <see cref="OkrJson"/>, against System.Text.Json reading and writing the same document into and from plain DTO
/// classes with a source-generated context (the baseline of each category). The baseline only fills DTOs; OkrJson
/// builds the validated, indexed <see cref="OkrPlan"/> (ids unique, references resolved, no cycles) and keeps unknown
/// properties. DtoBaselineAgreementTests checks that both read the same items and numbers and write the same bytes.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class JsonBenchmarks
{
    private OkrPlan plan = OkrPlan.Empty;
    private PlanDocumentDto dto = null!;
    private byte[] utf8 = [];

    /// <summary>The generated plan (for the development aid in Program.cs).</summary>
    public OkrPlan Plan => plan;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => Okr.Core.Benchmarks.Sizes.Json;

    [GlobalSetup]
    public void Setup()
    {
        plan = CompanyPlanGenerator.Generate(N);
        utf8 = OkrJson.SerializeToUtf8Bytes(plan);
        dto = JsonSerializer.Deserialize(utf8, PlanDtoJsonContext.Default.PlanDocumentDto)!;
    }

    [Benchmark(Baseline = true, Description = "STJ DTOs: Deserialize")]
    [BenchmarkCategory("read")]
    public PlanDocumentDto ReadDto() => JsonSerializer.Deserialize(utf8, PlanDtoJsonContext.Default.PlanDocumentDto)!;

    [Benchmark(Description = "OkrJson.Deserialize")]
    [BenchmarkCategory("read")]
    public OkrPlan ReadPlan() => OkrJson.Deserialize(utf8);

    [Benchmark(Baseline = true, Description = "STJ DTOs: SerializeToUtf8Bytes")]
    [BenchmarkCategory("write")]
    public byte[] WriteDto() => JsonSerializer.SerializeToUtf8Bytes(dto, PlanDtoJsonContext.Default.PlanDocumentDto);

    [Benchmark(Description = "OkrJson.SerializeToUtf8Bytes")]
    [BenchmarkCategory("write")]
    public byte[] WritePlan() => OkrJson.SerializeToUtf8Bytes(plan);
}
