using System.Diagnostics;
using System.Globalization;
using Okr.Core.Office;
using Okr.Core.Scoring;
using Okr.Core.Testing;

namespace Okr.Core.Benchmarks;

/// <summary>
/// Scenario 6's memory: the peak working set and peak managed heap while a scorecard workbook is written to a file and
/// read back, above what the process held before (the plan and its scorecard), sampled every 2 ms on a second thread;
/// JSON written and read the same way for comparison. Run at two sizes to see whether the peak grows with the rows.
/// </summary>
public static class OfficeMemory
{
    public static void Report(int items)
    {
        var plan = CompanyPlanGenerator.Generate(items);
        var scorecard = OkrScorer.Score(plan, CompanyPlanGenerator.AsOf);
        string workbook = Path.Combine(Path.GetTempPath(), $"okr-office-memory-{Guid.NewGuid():N}.xlsx");
        string json = Path.ChangeExtension(workbook, ".json");
        int rows = plan.Objectives.Length + plan.KeyResults.Count();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Plan of {items:N0} items: {rows:N0} scorecard rows, {plan.Initiatives.Count() + plan.WorkItems.Count():N0} initiative and task rows."));
        try
        {
            Measure("write workbook", () => OkrWorkbook.Write(scorecard, workbook));
            Measure("read workbook ", () => GC.KeepAlive(OkrWorkbook.Read(workbook).Plan));
            Measure("write JSON    ", () => File.WriteAllBytes(json, OkrJson.SerializeToUtf8Bytes(plan)));
            Measure("read JSON     ", () => GC.KeepAlive(OkrJson.Deserialize(File.ReadAllBytes(json))));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Files: workbook {new FileInfo(workbook).Length / 1048576.0:N1} MB, JSON {new FileInfo(json).Length / 1048576.0:N1} MB."));
        }
        finally
        {
            File.Delete(workbook);
            File.Delete(json);
        }

        GC.KeepAlive(scorecard);
    }

    private static void Measure(string what, Action action)
    {
        Settle();
        long workingSet = Environment.WorkingSet;
        long heap = GC.GetTotalMemory(false);
        long peakWorkingSet = workingSet;
        long peakHeap = heap;
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.Wait(2))
            {
                peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
            }
        }) { IsBackground = true };
        sampler.Start();
        var clock = Stopwatch.StartNew();
        action();
        clock.Stop();
        done.Set();
        sampler.Join();
        peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
        peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {clock.Elapsed.TotalSeconds,6:0.00} s, peak working set +{(peakWorkingSet - workingSet) / 1048576.0,7:N1} MB (from {workingSet / 1048576.0:N0} MB), peak managed heap +{(peakHeap - heap) / 1048576.0,7:N1} MB, allocated {allocated / 1048576.0,8:N1} MB"));
    }

    private static void Settle()
    {
        for (int i = 0; i < 2; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
    }
}
