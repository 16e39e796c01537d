using BenchmarkDotNet.Attributes;
using Okr.Core.Office;
using Okr.Core.Scoring;
using Okr.Core.Testing;

namespace Okr.Core.Benchmarks;

/// <summary>
/// Scenario 6: writing a scorecard workbook (.xlsx, streamed with OpenXmlWriter) and reading it back into a plan
/// (streamed with OpenXmlReader), against writing and reading the same plan as JSON (the baseline). N is the number of
/// plan items; the scorecard sheet has one row per objective and key result (20% of the items: 100,000 rows at
/// N = 500,000), the check-ins sheet one row per check-in, the initiatives sheet one per initiative and task.
/// </summary>
[MemoryDiagnoser]
public class OfficeBenchmarks
{
    private Scorecard scorecard = null!;
    private string workbookPath = string.Empty;
    private string outputPath = string.Empty;
    private byte[] json = [];

    /// <summary>The plan sizes: 500,000 items (100,000 scorecard rows) unless OKR_BENCH_SIZES says otherwise.</summary>
    public static IEnumerable<int> Sizes => Okr.Core.Benchmarks.Sizes.Office;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var plan = CompanyPlanGenerator.Generate(N);
        scorecard = OkrScorer.Score(plan, CompanyPlanGenerator.AsOf);
        workbookPath = Path.Combine(Path.GetTempPath(), $"okr-bench-{Guid.NewGuid():N}.xlsx");
        outputPath = Path.Combine(Path.GetTempPath(), $"okr-bench-out-{Guid.NewGuid():N}.xlsx");
        OkrWorkbook.Write(scorecard, workbookPath);
        json = OkrJson.SerializeToUtf8Bytes(plan);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(workbookPath);
        File.Delete(outputPath);
    }

    [Benchmark(Baseline = true)]
    public int WriteJson() => OkrJson.SerializeToUtf8Bytes(scorecard.Plan).Length;

    [Benchmark]
    public void WriteWorkbook() => OkrWorkbook.Write(scorecard, outputPath);

    [Benchmark]
    public int ReadJson() => OkrJson.Deserialize(json).ItemCount;

    [Benchmark]
    public int ReadWorkbook() => OkrWorkbook.Read(workbookPath).Plan.ItemCount;
}
