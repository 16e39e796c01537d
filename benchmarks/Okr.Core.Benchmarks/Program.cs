using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Okr.Core;
using Okr.Core.Benchmarks;
using Okr.Core.Scoring;
using Okr.Core.Testing;

// Extra arguments, handled here and removed before BenchmarkDotNet sees the rest:
//   --sizes 1000,100000   restrict the plan sizes (sets OKR_BENCH_SIZES for the benchmark processes)
//   --memory 1000000      print the bytes a loaded plan of that size retains (scenario 5) and exit
//   --office-memory 500000  peak working set and heap while a scorecard workbook of that plan is written and read (scenario 6)
//   --quick 100000        time a few full and incremental scorings with a stopwatch (a development aid) and exit
//   --quick-json 100000   the same for reading and writing JSON
//   --avg 1000000         the mean of 3 x 20 full scorings with the garbage collections they caused (a development aid)
//   --first 1000000       first, second and later scorings of a new plan and of new plan versions, with a stopwatch
//   --series-quick 100000 / --series-cpu 300000 / --series-loop 300000 / --series-memory 1000000
//                         the series (scenario 8): stopwatch; least process CPU time of 8 rounds (a loaded machine);
//                         the series alone for 20 s (to profile); bytes a series retains

// The aids that take a plan size, run and exit.
var sizedAids = new Dictionary<string, Action<int>>(StringComparer.Ordinal)
{
    ["--memory"] = RetainedMemory.Report,
    ["--series-memory"] = SeriesBenchmarks.ReportRetained,
    ["--series-cpu"] = SeriesBenchmarks.Cpu,
    ["--series-loop"] = SeriesBenchmarks.Loop,
    ["--series-quick"] = SeriesBenchmarks.Quick,
    ["--office-memory"] = OfficeMemory.Report,
    ["--quick-json"] = QuickJson,
    ["--first"] = FirstScoring,
    ["--quick"] = Quick,
};

var rest = new List<string>();
for (int i = 0; i < args.Length; i++)
{
    if (i + 1 < args.Length && sizedAids.TryGetValue(args[i], out var aid))
    {
        aid(int.Parse(args[i + 1], CultureInfo.InvariantCulture));
        return 0;
    }

    switch (args[i])
    {
        case "--sizes" when i + 1 < args.Length:
            Environment.SetEnvironmentVariable(Sizes.Variable, args[++i]);
            break;
        case "--loop" when i + 1 < args.Length:
            var loopPlan = CompanyPlanGenerator.Generate(int.Parse(args[++i], CultureInfo.InvariantCulture));
            var until = Stopwatch.StartNew();
            while (until.Elapsed < TimeSpan.FromSeconds(8))
            {
                OkrScorer.Score(loopPlan, CompanyPlanGenerator.AsOf);
            }

            return 0;
        case "--loop-read" when i + 1 < args.Length:
            var readBench = new JsonBenchmarks { N = int.Parse(args[++i], CultureInfo.InvariantCulture) };
            readBench.Setup();
            var readUntil = Stopwatch.StartNew();
            while (readUntil.Elapsed < TimeSpan.FromSeconds(8))
            {
                if (Environment.GetEnvironmentVariable("OKR_LOOP_CTOR") == "1")
                {
                    GC.KeepAlive(new Okr.Core.OkrPlan(readBench.Plan.Objectives));
                }
                else
                {
                    readBench.ReadPlan();
                }
            }

            return 0;
        case "--avg" when i + 1 < args.Length:
            var ap = CompanyPlanGenerator.Generate(int.Parse(args[++i], CultureInfo.InvariantCulture));
            OkrScorer.Score(ap, CompanyPlanGenerator.AsOf);
            for (int round = 0; round < 3; round++)
            {
                int a2 = GC.CollectionCount(2), a0 = GC.CollectionCount(0);
                var asw = Stopwatch.StartNew();
                for (int r = 0; r < 20; r++)
                {
                    OkrScorer.Score(ap, CompanyPlanGenerator.AsOf);
                }

                Console.WriteLine($"avg {asw.Elapsed.TotalMilliseconds / 20:0.0} ms gen0 {GC.CollectionCount(0) - a0} gen2 {GC.CollectionCount(2) - a2}");
            }

            return 0;
        default:
            rest.Add(args[i]);
            break;
    }
}

var config = DefaultConfig.Instance
    .AddColumn(PerItemColumn.Time, PerItemColumn.Allocated);
BenchmarkSwitcher.FromAssembly(typeof(ScoringBenchmarks).Assembly).Run(rest.ToArray(), config);
return 0;

static void Quick(int n)
{
    var plan = CompanyPlanGenerator.Generate(n).CompileScoring(); // steady state: compiled once, as a caller scoring repeatedly would
    var asOf = CompanyPlanGenerator.AsOf;
    var flat = Okr.Core.Testing.Baselines.FlatArrayScorer.Compile(plan);
    for (int round = 0; round < 3; round++)
    {
        Measure("flat", n, () => flat.Score(asOf));
        Measure("library", n, () => OkrScorer.Score(plan, asOf));
        Measure("recursive", n, () => Okr.Core.Testing.Baselines.RecursiveLinqScorer.Score(plan, asOf));
    }
}

static void FirstScoring(int n)
{
    // What a caller pays when every request makes a new plan version (a check-in) and fully scores it: the compiled
    // key-result tables are built again for each version (the work items' tables are shared).
    var plan = CompanyPlanGenerator.Generate(n).CompileScoring();
    OkrScorer.Score(plan, CompanyPlanGenerator.AsOf);
    var keyResult = plan.KeyResults.First(k => k.Kind is PercentageKind);
    for (int round = 0; round < 5; round++)
    {
        var updated = plan.AddCheckIn(keyResult.Id, new CheckIn(new DateTimeOffset(2026, 5, 10, 9, 0, 0, TimeSpan.Zero), 40 + round));
        GC.Collect();
        var first = Stopwatch.StartNew();
        OkrScorer.Score(updated, CompanyPlanGenerator.AsOf);
        double firstMs = first.Elapsed.TotalMilliseconds;
        var second = Stopwatch.StartNew();
        OkrScorer.Score(updated, CompanyPlanGenerator.AsOf);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"N={n}: first scoring of a new plan version {firstMs:0.0} ms, second {second.Elapsed.TotalMilliseconds:0.0} ms"));
    }

    for (int round = 0; round < 3; round++)
    {
        var w1 = Stopwatch.StartNew();
        Okr.Core.Internal.ScoringTables.Build(plan.Objectives, plan.Index);
        double work = w1.Elapsed.TotalMilliseconds;
        var w2 = Stopwatch.StartNew();
        Okr.Core.Internal.KeyResultTables.Build(plan.Objectives);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"N={n}: compiling the work items' tables {work:0.0} ms, the key results' {w2.Elapsed.TotalMilliseconds:0.0} ms"));
    }

    ScoringEngine.GeneralPathOnly = true;
    for (int round = 0; round < 3; round++)
    {
        var g = Stopwatch.StartNew();
        OkrScorer.Score(plan, CompanyPlanGenerator.AsOf);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"N={n}: general path {g.Elapsed.TotalMilliseconds:0.0} ms"));
    }

    ScoringEngine.GeneralPathOnly = false;
    var fresh = CompanyPlanGenerator.Generate(n, 2);
    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true); // not the generator's garbage
    GC.WaitForPendingFinalizers();
    var watch = Stopwatch.StartNew();
    OkrScorer.Score(fresh, CompanyPlanGenerator.AsOf);
    double once = watch.Elapsed.TotalMilliseconds;
    watch.Restart();
    fresh.CompileScoring();
    double compiling = watch.Elapsed.TotalMilliseconds;
    watch.Restart();
    OkrScorer.Score(fresh, CompanyPlanGenerator.AsOf);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"N={n}: a new plan's scoring from its records {once:0.0} ms, CompileScoring {compiling:0.0} ms, a scoring from the compiled tables {watch.Elapsed.TotalMilliseconds:0.0} ms"));
}

static void QuickJson(int n)
{
    var bench = new JsonBenchmarks { N = n };
    bench.Setup();
    for (int round = 0; round < 3; round++)
    {
        Measure("read dto", n, () => bench.ReadDto());
        Measure("read okr", n, () => bench.ReadPlan());
        Measure("plan ctor", n, () => new Okr.Core.OkrPlan(bench.Plan.Objectives));
        Measure("write dto", n, () => bench.WriteDto());
        Measure("write okr", n, () => bench.WritePlan());
    }
}

static void Measure(string name, int n, Action action)
{
    action();
    int repeat = Math.Max(1, 2_000_000 / n);
    long before = GC.GetAllocatedBytesForCurrentThread();
    var watch = Stopwatch.StartNew();
    for (int i = 0; i < repeat; i++)
    {
        action();
    }

    watch.Stop();
    long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-12} N={n,9}: {watch.Elapsed.TotalMilliseconds * 1e6 / repeat / n,8:0.0} ns/item {bytes / (double)repeat / n,8:0.0} B/item"));
}
