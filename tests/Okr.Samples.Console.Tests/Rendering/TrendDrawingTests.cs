using Okr.Core;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Analysis;
using Okr.Samples.Cli.Rendering;

namespace Okr.Samples.Cli.Tests.Rendering;

/// <summary>The braille canvas and the trend chart's scale.</summary>
public sealed class TrendDrawingTests
{
    [Theory]
    [InlineData(0, 0, '\u2801')]
    [InlineData(0, 1, '\u2802')]
    [InlineData(0, 2, '\u2804')]
    [InlineData(0, 3, '\u2840')]
    [InlineData(1, 0, '\u2808')]
    [InlineData(1, 3, '\u2880')]
    public void Set_EachDotOfACell_IsItsBrailleBit(int x, int y, char expected)
    {
        var canvas = new BrailleCanvas(2, 1);

        canvas.Set(x, y, 1);

        Assert.Equal($"[red]{expected}[/] ", canvas.RowMarkup(0, ["red"]));
    }

    [Fact]
    public void Set_OutsideTheCanvas_IsIgnored()
    {
        var canvas = new BrailleCanvas(1, 1);

        canvas.Set(-1, 0, 1);
        canvas.Set(2, 0, 1);
        canvas.Set(0, 4, 1);

        Assert.False(canvas.IsSet(0, 0));
        Assert.Equal(" ", canvas.RowMarkup(0, ["red"]));
    }

    [Fact]
    public void Line_Solid_SetsEveryDotBetweenItsEnds()
    {
        var canvas = new BrailleCanvas(3, 2);

        canvas.Line(0, 0, 5, 0, 1);
        canvas.Line(0, 7, 0, 4, 1);

        Assert.Equal("[c]⠉⠉⠉[/]", canvas.RowMarkup(0, ["c"]));
        Assert.Equal("[c]⡇[/]  ", canvas.RowMarkup(1, ["c"]));
    }

    [Fact]
    public void Line_Dashed_SkipsDotsButKeepsBothEnds()
    {
        var canvas = new BrailleCanvas(4, 1);

        canvas.Line(0, 0, 7, 0, 1, on: 1, off: 2);

        // Dots 0, 3, 6 by the pattern and 7, the end: cells 0 (x0), 1 (x3), 3 (x6, x7); cell 2 stays empty.
        Assert.Equal("[c]⠁⠈[/] [c]⠉[/]", canvas.RowMarkup(0, ["c"]));
    }

    [Fact]
    public void RowMarkup_CellWithSeveralLayers_TakesTheHighestColour()
    {
        var canvas = new BrailleCanvas(2, 1);

        canvas.Set(0, 0, 1);
        canvas.Set(1, 0, 2);
        canvas.Set(2, 0, 1);

        Assert.Equal("[blue]⠉[/][grey]⠁[/]", canvas.RowMarkup(0, ["grey", "blue"]));
    }

    [Fact]
    public void Scale_MapsTheFirstAndLastDayAndTheRangeToTheEdges()
    {
        var trend = TrendOf(0m, 0.5m, 1.1m);

        var scale = TrendScale.For(trend, cells: 40, rows: 10);

        Assert.Equal(0m, scale.Bottom);
        Assert.Equal(1.25m, scale.Top);
        Assert.Equal(0, scale.X(trend.From));
        Assert.Equal(79, scale.X(trend.End));
        Assert.Equal(0, scale.X(trend.From.AddDays(-10)));
        Assert.Equal(0, scale.Y(1.25m));
        Assert.Equal(39, scale.Y(0m));
        Assert.Equal(39, scale.Y(-3m));
        Assert.Equal(new[] { "125%", "100%", "75%", "50%", "25%", "0%" }, scale.Labels().OrderBy(l => l.Key).Select(l => l.Value));
    }

    [Fact]
    public void Scale_NegativeAndLargeProgress_WidensInRoundSteps()
    {
        var scale = TrendScale.For(TrendOf(-0.3m, 7.9m), cells: 40, rows: 10);

        Assert.Equal(-0.5m, scale.Bottom);
        Assert.Equal(8m, scale.Top);
        Assert.Equal(new[] { "750%", "500%", "250%", "0%" }, scale.Labels().OrderBy(l => l.Key).Select(l => l.Value));
    }

    [Fact]
    public void Scale_NothingScored_IsZeroToOneHundredPercent()
    {
        var scale = TrendScale.For(TrendOf(), cells: 20, rows: 4);

        Assert.Equal(0m, scale.Bottom);
        Assert.Equal(1m, scale.Top);
    }

    private static Trend TrendOf(params decimal[] progress)
    {
        var start = new DateOnly(2026, 4, 1);
        var points = progress.Select((p, i) => new TrendPoint(start.AddDays(7 * i), Progress.FromRatio(p), null, null, OkrStatus.OnTrack)).ToList();
        if (points.Count == 0)
        {
            points.Add(new TrendPoint(start, null, null, null, OkrStatus.NotScored));
        }

        return new Trend("k", "K", OkrItemKind.KeyResult, Period.Quarter(2026, 2), points[^1].Day, start, points[^1].Day, 7, points, points[^1], null);
    }
}
