using BenchmarkDotNet.Attributes;
using Okr.Core.Scoring;
using Okr.Core.Testing;

namespace Okr.Core.Benchmarks;

/// <summary>
/// Scenario 8 (issue 17): 13 weekly days of the quarter (every Monday, 2026-04-06 to 2026-06-29). The baseline is one
/// full scoring; the naive history scores each of the 13 days in full; <see cref="OkrScorer.ScoreSeries"/> scores the
/// first day in full and advances each later day from the one before. The target: the series in at most 4x the
/// baseline, and at most 16 bytes per item per day kept (<c>--series-memory N</c> measures what it retains).
/// </summary>
[MemoryDiagnoser]
public class SeriesBenchmarks
{
    private static readonly DateOnly[] Days = [.. SeriesDays.Every(new DateOnly(2026, 4, 6), new DateOnly(2026, 6, 29), 7)];

    private OkrPlan plan = OkrPlan.Empty;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => Okr.Core.Benchmarks.Sizes.Scoring;

    [GlobalSetup]
    public void Setup() => plan = CompanyPlanGenerator.Generate(N).CompileScoring();

    [Benchmark(Baseline = true, Description = "one full scoring: OkrScorer.Score")]
    public Scorecard OneScoring() => OkrScorer.Score(plan, CompanyPlanGenerator.AsOf);

    [Benchmark(Description = "naive: Score for each of 13 weekly days")]
    public int Naive()
    {
        int count = 0;
        foreach (var day in Days)
        {
            count += OkrScorer.Score(plan, day).Count;
        }

        return count;
    }

    [Benchmark(Description = "OkrScorer.ScoreSeries, 13 weekly days")]
    public ScorecardSeries Series() => OkrScorer.ScoreSeries(plan, Days);

    /// <summary>The bytes a series of the 13 days keeps alive, per item and day (full collections around it).</summary>
    public static void ReportRetained(int items)
    {
        var compiled = CompanyPlanGenerator.Generate(items).CompileScoring();
        long before = Settle();
        var series = OkrScorer.ScoreSeries(compiled, Days);
        long after = Settle();
        GC.KeepAlive(series);
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A series of {Days.Length} days of {items:N0} items: {after - before:N0} bytes retained, {(after - before) / (double)items / Days.Length:0.00} bytes per item per day ({series.StoredBytes / (double)items / Days.Length:0.00} in its arrays)."));
    }

    /// <summary>A stopwatch development aid (not a measurement): one scoring, the naive 13 days and the series, 3 rounds.</summary>
    public static void Quick(int items)
    {
        var bench = new SeriesBenchmarks { N = items };
        bench.Setup();
        for (int round = 0; round < 3; round++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            bench.OneScoring();
            var one = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            bench.Naive();
            var naive = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var built = bench.Series();
            var series = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            OkrScorer.ScoreSeries(bench.plan, Days.Take(2));
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"two days {watch.Elapsed.TotalMilliseconds:0.0} ms; stored {built.StoredBytes / (double)items / Days.Length:0.00} B/item/day"));
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"one {one:0.0} ms, naive {naive:0.0} ms ({naive / one:0.00}x), series {series:0.0} ms ({series / one:0.00}x)"));
        }
    }

    /// <summary>A profiling aid: the series alone, over and over for 20 seconds (or <c>OKR_LOOP_SECONDS</c>), to run under
    /// <c>dotnet-trace collect</c>.</summary>
    public static void Loop(int items)
    {
        var bench = new SeriesBenchmarks { N = items };
        bench.Setup();
        var seconds = double.Parse(Environment.GetEnvironmentVariable("OKR_LOOP_SECONDS") ?? "20", System.Globalization.CultureInfo.InvariantCulture);
        var until = System.Diagnostics.Stopwatch.StartNew();
        int runs = 0;
        while (until.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            GC.KeepAlive(bench.Series());
            runs++;
        }

        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{runs} series in {until.Elapsed.TotalSeconds:0.0} s"));
    }

    /// <summary>A development aid for a loaded machine (not a measurement for the README): the process CPU time of one
    /// scoring, the naive 13 days and the series, each the least of 8 rounds, which other processes disturb less than
    /// the time on the clock.</summary>
    public static void Cpu(int items)
    {
        var bench = new SeriesBenchmarks { N = items };
        bench.Setup();
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        double Time(Action action, int times)
        {
            action();
            process.Refresh();
            var start = process.TotalProcessorTime;
            for (int i = 0; i < times; i++)
            {
                action();
            }

            process.Refresh();
            return (process.TotalProcessorTime - start).TotalMilliseconds / times;
        }

        double one = double.MaxValue, naive = double.MaxValue, series = double.MaxValue;
        for (int round = 0; round < 8; round++)
        {
            one = Math.Min(one, Time(() => bench.OneScoring(), 3));
            series = Math.Min(series, Time(() => bench.Series(), 1));
            if (round % 4 == 0)
            {
                naive = Math.Min(naive, Time(() => bench.Naive(), 1));
            }
        }

        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"CPU time, least of 8: one {one:0.0} ms, naive {naive:0.0} ms ({naive / one:0.00}x), series {series:0.0} ms ({series / one:0.00}x)"));
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
