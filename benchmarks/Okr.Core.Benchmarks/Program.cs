using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Okr.Core.Benchmarks;
using Okr.Core.Scoring;
using Okr.Core.Testing;

// Extra arguments, handled here and removed before BenchmarkDotNet sees the rest:
//   --sizes 1000,100000   restrict the plan sizes (sets OKR_BENCH_SIZES for the benchmark processes)
//   --memory 1000000      print the bytes a loaded plan of that size retains (scenario 5) and exit
//   --quick 100000        time a few full and incremental scorings with a stopwatch (a development aid) and exit
//   --quick-json 100000   the same for reading and writing JSON
//   --avg 1000000         the mean of 3 x 20 full scorings with the garbage collections they caused (a development aid)
var rest = new List<string>();
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--sizes" when i + 1 < args.Length:
            Environment.SetEnvironmentVariable(Sizes.Variable, args[++i]);
            break;
        case "--memory" when i + 1 < args.Length:
            RetainedMemory.Report(int.Parse(args[++i], CultureInfo.InvariantCulture));
            return 0;
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
        case "--quick-json" when i + 1 < args.Length:
            QuickJson(int.Parse(args[++i], CultureInfo.InvariantCulture));
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
        case "--quick" when i + 1 < args.Length:
            Quick(int.Parse(args[++i], CultureInfo.InvariantCulture));
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
    var plan = CompanyPlanGenerator.Generate(n);
    var asOf = CompanyPlanGenerator.AsOf;
    var flat = Okr.Core.Testing.Baselines.FlatArrayScorer.Compile(plan);
    for (int round = 0; round < 3; round++)
    {
        Measure("flat", n, () => flat.Score(asOf));
        Measure("library", n, () => OkrScorer.Score(plan, asOf));
        Measure("recursive", n, () => Okr.Core.Testing.Baselines.RecursiveLinqScorer.Score(plan, asOf));
    }
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
