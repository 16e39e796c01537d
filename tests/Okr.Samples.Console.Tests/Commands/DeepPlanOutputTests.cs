using System.Globalization;
using System.Text;
using Okr.Samples.Cli.Plans;

namespace Okr.Samples.Cli.Tests.Commands;

/// <summary>Every console output stays linear in the plan's size on a deep alignment chain (issue 13, defect 6).</summary>
public sealed class DeepPlanOutputTests : IDisposable
{
    private const int Depth = 1_000;

    private readonly PlanFiles files = new();

    public void Dispose() => files.Dispose();

    /// <summary>A chain of objectives, each aligned to the previous one's key result, each with one key result.</summary>
    internal static string Chain(int depth)
    {
        var json = new StringBuilder("{\"schemaVersion\":1,\"objectives\":[");
        for (int i = 0; i < depth; i++)
        {
            string n = i.ToString(CultureInfo.InvariantCulture);
            json.Append(i == 0 ? "{" : ",{")
                .Append("\"id\":\"o").Append(n).Append("\",\"title\":\"Objective ").Append(n).Append("\",\"period\":{\"start\":\"2026-04-01\",\"end\":\"2026-06-30\"},")
                .Append(i == 0 ? string.Empty : "\"alignment\":{\"kind\":\"keyResult\",\"targetId\":\"k" + (i - 1).ToString(CultureInfo.InvariantCulture) + "\"},")
                .Append("\"keyResults\":[{\"id\":\"k").Append(n).Append("\",\"title\":\"Key result ").Append(n)
                .Append("\",\"kind\":{\"type\":\"percentage\"},\"checkIns\":[{\"at\":\"2026-05-01T00:00:00+00:00\",\"value\":")
                .Append((i % 100).ToString(CultureInfo.InvariantCulture)).Append("}]}]}");
        }

        return json.Append("]}").ToString();
    }

    [Theory]
    [InlineData("table")]
    [InlineData("markdown")]
    [InlineData("json")]
    public void Score_DeepChain_WritesOutputLinearInThePlanAndSaysWhatIsNotDrawn(string format)
    {
        string half = files.Write("half.json", Chain(Depth / 2));
        string full = files.Write("deep.json", Chain(Depth));

        var small = new CliHarness().Run("score", half, "--as-of", "2026-05-20", "--format", format);
        var run = new CliHarness().Run("score", full, "--as-of", "2026-05-20", "--format", format);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"o{Depth - 1}", run.Output, StringComparison.Ordinal);
        // Unbounded indentation wrote about 2 * depth characters per row (quadratic: twice the chain, four times the text);
        // capped, twice the chain writes twice the text.
        Assert.InRange((double)run.Output.Length / small.Output.Length, 1.8, 2.2);
        Assert.InRange(run.Output.Length, 2 * Depth * 20, 2 * Depth * 1_000);
        if (format != "json")
        {
            Assert.Contains($"{(2 * Depth) - PlanOutline.MaxDrawnDepth - 1} item(s) deeper than {PlanOutline.MaxDrawnDepth} levels (down to level {(2 * Depth) - 1})", run.Output.ReplaceLineEndings(" "), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("explain", "o0")]
    [InlineData("explain", "k999")]
    [InlineData("what-if", "k999")]
    [InlineData("gantt", null)]
    [InlineData("validate", null)]
    public void Commands_DeepChain_Succeed(string command, string? id)
    {
        string path = files.Write("deep.json", Chain(Depth));
        string[] args = command switch
        {
            "what-if" => [command, path, id!, "50", "--as-of", "2026-05-20"],
            "explain" => [command, path, id!, "--as-of", "2026-05-20"],
            _ => [command, path, "--as-of", "2026-05-20"],
        };

        var run = new CliHarness().Run(args);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.InRange(run.Output.Length, 1, command == "what-if" ? 4 * Depth * 200 : 200_000);
    }

    [Fact]
    public void Report_DeepChain_WritesAReportLinearInThePlan()
    {
        string path = files.Write("deep.json", Chain(Depth));
        string report = files.Path("report.html");

        var run = new CliHarness().Run("report", path, "--as-of", "2026-05-20", "--out", report);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.InRange(new FileInfo(report).Length, 2 * Depth * 50, 2 * Depth * 2_000);
    }

    [Fact]
    public void Outline_DeepChain_CapsTheDrawnDepthAndDrawsDeepItemsUnderTheAncestorAtTheCap()
    {
        var plan = Okr.Core.OkrJson.Deserialize(Chain(20));

        var rows = PlanOutline.Build(plan).ToDictionary(r => r.Id);

        Assert.Equal((15, 15, "o7"), (rows["k7"].Depth, rows["k7"].Level, rows["k7"].DrawnParentId));
        Assert.Equal((16, 16, "k7"), (rows["o8"].Depth, rows["o8"].Level, rows["o8"].DrawnParentId));
        Assert.Equal((16, 17, "k7"), (rows["k8"].Depth, rows["k8"].Level, rows["k8"].DrawnParentId));
        Assert.Equal((16, 39, "k7"), (rows["k19"].Depth, rows["k19"].Level, rows["k19"].DrawnParentId));
        Assert.Equal("o8", rows["k8"].ParentId);
    }
}
