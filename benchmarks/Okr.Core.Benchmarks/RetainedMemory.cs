using System.Globalization;
using Okr.Core.Scoring;
using Okr.Core.Testing;

namespace Okr.Core.Benchmarks;

/// <summary>Scenario 5: the bytes a loaded plan keeps alive, after one scoring, then with the compiled scoring tables its
/// explicit compile step (OkrPlan.CompileScoring) adds to it, then a scorecard, measured with full collections around each.</summary>
public static class RetainedMemory
{
    public static void Report(int items)
    {
        long baseline = Settle();
        var plan = CompanyPlanGenerator.Generate(items);
        long withPlan = Settle();
        OkrScorer.Score(plan, CompanyPlanGenerator.AsOf); // a plan scored without compiling keeps nothing
        long scoredOnce = Settle();
        plan.CompileScoring(); // the explicit compile step builds the plan's scoring tables
        long withTables = Settle();
        var scorecard = OkrScorer.Score(plan, CompanyPlanGenerator.AsOf);
        long withScorecard = Settle();
        GC.KeepAlive(plan);
        GC.KeepAlive(scorecard);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Plan of {items:N0} items: {withPlan - baseline:N0} bytes retained, {(withPlan - baseline) / (double)items:0.0} bytes per item."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"After one scoring: {(scoredOnce - baseline) / (double)items:0.0} bytes per item."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Its compiled scoring tables (kept by the plan from OkrPlan.CompileScoring on): {withTables - withPlan:N0} bytes, {(withTables - withPlan) / (double)items:0.0} bytes per item; plan and tables {(withTables - baseline) / (double)items:0.0} bytes per item."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"A scorecard: {withScorecard - withTables:N0} bytes retained, {(withScorecard - withTables) / (double)items:0.0} bytes per item."));
    }

    private static long Settle()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
