using System.Text;
using Spectre.Console;

namespace Okr.Samples.Cli.Rendering;

/// <summary>
/// A drawing surface of terminal cells, each holding 2 x 4 dots as one Unicode braille character (U+2800 to U+28FF), so
/// a 60 x 16 cell chart has 120 x 64 dots. Lines are drawn in layers; a cell takes the colour of the highest layer with a
/// dot in it. A dash pattern (dots on, dots off) tells lines apart without colour.
/// </summary>
internal sealed class BrailleCanvas
{
    /// <summary>The dot bit of each (column, row) of a cell, in the braille block's numbering.</summary>
    private static readonly int[,] Bits = { { 0x01, 0x02, 0x04, 0x40 }, { 0x08, 0x10, 0x20, 0x80 } };

    private readonly int[,] dots;
    private readonly int[,] layer;

    /// <summary>Creates a canvas of <paramref name="width"/> x <paramref name="height"/> cells.</summary>
    public BrailleCanvas(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        Width = width;
        Height = height;
        dots = new int[height, width];
        layer = new int[height, width];
    }

    /// <summary>The width in cells.</summary>
    public int Width { get; }

    /// <summary>The height in cells.</summary>
    public int Height { get; }

    /// <summary>The width in dots.</summary>
    public int DotWidth => 2 * Width;

    /// <summary>The height in dots.</summary>
    public int DotHeight => 4 * Height;

    /// <summary>Sets the dot at (<paramref name="x"/>, <paramref name="y"/>) (y down from the top) on
    /// <paramref name="layerIndex"/> (1 and up); dots outside the canvas are ignored.</summary>
    public void Set(int x, int y, int layerIndex)
    {
        if (x < 0 || y < 0 || x >= DotWidth || y >= DotHeight)
        {
            return;
        }

        int row = y / 4, column = x / 2;
        dots[row, column] |= Bits[x % 2, y % 4];
        layer[row, column] = Math.Max(layer[row, column], layerIndex);
    }

    /// <summary>Draws a line between two dots, every dot of it or only those the dash pattern keeps
    /// (<paramref name="on"/> dots drawn, <paramref name="off"/> skipped, counted along the line; both ends are always drawn).</summary>
    public void Line(int x0, int y0, int x1, int y1, int layerIndex, int on = 1, int off = 0)
    {
        int dx = Math.Abs(x1 - x0), dy = -Math.Abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1;
        int error = dx + dy;
        for (int step = 0; ; step++)
        {
            bool last = x0 == x1 && y0 == y1;
            if (off == 0 || last || step % (on + off) < on)
            {
                Set(x0, y0, layerIndex);
            }

            if (last)
            {
                return;
            }

            int twice = 2 * error;
            if (twice >= dy)
            {
                error += dy;
                x0 += sx;
            }

            if (twice <= dx)
            {
                error += dx;
                y0 += sy;
            }
        }
    }

    /// <summary>Whether any dot of the cell at (<paramref name="column"/>, <paramref name="row"/>) is set.</summary>
    public bool IsSet(int column, int row) => dots[row, column] != 0;

    /// <summary>One row of cells as markup, each run of cells in the colour of its top layer
    /// (<paramref name="colours"/>[layer - 1]); empty cells are spaces.</summary>
    public string RowMarkup(int row, IReadOnlyList<string> colours)
    {
        var text = new StringBuilder();
        int column = 0;
        while (column < Width)
        {
            int top = layer[row, column];
            var run = new StringBuilder();
            while (column < Width && layer[row, column] == top)
            {
                run.Append(dots[row, column] == 0 ? ' ' : (char)(0x2800 + dots[row, column]));
                column++;
            }

            text.Append(top == 0 ? run.ToString() : $"[{colours[top - 1]}]{Markup.Escape(run.ToString())}[/]");
        }

        return text.ToString();
    }
}
