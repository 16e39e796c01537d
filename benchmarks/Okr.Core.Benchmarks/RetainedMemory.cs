using System.Globalization;
using Okr.Core.Scoring;
using Okr.Core.Testing;

namespace Okr.Core.Benchmarks;

/// <summary>Scenario 5: the bytes a loaded plan (and its scorecard) keeps alive, measured with full collections around it.</summary>
public static class RetainedMemory
{
    public static void Report(int items)
    {
        long baseline = Settle();
        var plan = CompanyPlanGenerator.Generate(items);
        long withPlan = Settle();
        var scorecard = OkrScorer.Score(plan, CompanyPlanGenerator.AsOf);
        long withScorecard = Settle();
        GC.KeepAlive(plan);
        GC.KeepAlive(scorecard);
        double planPerItem = (withPlan - baseline) / (double)items;
        double scorecardPerItem = (withScorecard - withPlan) / (double)items;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Plan of {items:N0} items: {withPlan - baseline:N0} bytes retained, {planPerItem:0.0} bytes per item."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Its scorecard: {withScorecard - withPlan:N0} bytes retained, {scorecardPerItem:0.0} bytes per item."));
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
