using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Okr.Core.Benchmarks;

/// <summary>Mean time and allocated bytes divided by the plan size <c>N</c>, the numbers the linearity and 64-bytes targets are about.</summary>
public sealed class PerItemColumn : IColumn
{
    private readonly bool bytes;

    private PerItemColumn(bool bytes) => this.bytes = bytes;

    public static IColumn Time { get; } = new PerItemColumn(false);

    public static IColumn Allocated { get; } = new PerItemColumn(true);

    public string Id => bytes ? "AllocPerItem" : "TimePerItem";

    public string ColumnName => bytes ? "B/item" : "ns/item";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => bytes ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => bytes ? "Allocated bytes per operation divided by N" : "Mean time in nanoseconds divided by N";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var n = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "N")?.Value;
        var report = summary[benchmarkCase];
        if (n is not int items || report?.ResultStatistics is null)
        {
            return "-";
        }

        if (bytes)
        {
            long? allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return allocated is { } b ? (b / (double)items).ToString("0.##", CultureInfo.InvariantCulture) : "-";
        }

        return (report.ResultStatistics.Mean / items).ToString("0.###", CultureInfo.InvariantCulture);
    }
}
