using Spectre.Console;
using Spectre.Console.Rendering;

namespace Okr.Samples.Cli.Rendering;

/// <summary>
/// A table that fits the console's width without ever splitting a word, an id, a code or a number: each column gets
/// at least its longest word and wraps between words; when even that does not fit, the least important columns are
/// dropped; when the first column and the columns that must stay still do not fit, the rows are written as a list
/// (one block per row, one "column: value" line per cell). The width is the console's (<c>COLUMNS</c> when set).
/// </summary>
internal sealed class FitTable
{
    /// <summary>The importance of a column that is never dropped.</summary>
    public const int Always = int.MaxValue;

    private readonly List<FitColumn> columns = [];
    private readonly List<string[]> rows = [];

    /// <summary>The title above the table, as markup; null for none.</summary>
    public string? Title { get; init; }

    /// <summary>The border: rounded by default; <see cref="TableBorder.Simple"/> for explanations.</summary>
    public TableBorder Border { get; init; } = TableBorder.Rounded;

    /// <summary>The importance up to which a column may be dropped to give the first column room (see <see cref="FirstColumnFirst"/>).</summary>
    public const int Optional = 2;

    /// <summary>
    /// Whether to drop the optional columns (importance up to <see cref="Optional"/>) until the first column (titles) gets
    /// two fifths of the width, rather than wrapping every value: for tables whose first column is what people read.
    /// </summary>
    public bool FirstColumnFirst { get; init; }

    /// <summary>Adds a column. <paramref name="keep"/> orders dropping: the lowest goes first; <see cref="Always"/> never.</summary>
    public FitTable Column(string header, bool right = false, int keep = Always)
    {
        columns.Add(new FitColumn(header, right, keep));
        return this;
    }

    /// <summary>Adds a row of markup cells, one per column.</summary>
    public FitTable Row(params string[] cells)
    {
        if (cells.Length != columns.Count)
        {
            throw new ArgumentException($"A row has {cells.Length} cells for {columns.Count} columns.", nameof(cells));
        }

        rows.Add(cells);
        return this;
    }

    /// <summary>The table, or the list, that fits <paramref name="width"/> columns of text.</summary>
    public IRenderable Render(int width)
    {
        var natural = new int[columns.Count];
        var minimum = new int[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            var texts = rows.Select(r => Markup.Remove(r[c])).Prepend(columns[c].Header).ToList();
            natural[c] = texts.Max(t => t.Split('\n').Max(l => l.GetCellWidth()));
            minimum[c] = texts.Max(LongestWord);
        }

        var active = Enumerable.Range(0, columns.Count).ToList();
        while (Sum(active, minimum) + Overhead(active.Count) > width || (FirstColumnFirst && Cramped(active, natural, width) && active.Any(c => columns[c].Keep <= Optional)))
        {
            bool tooWide = Sum(active, minimum) + Overhead(active.Count) > width;
            var droppable = active.Where(c => columns[c].Keep != Always && (tooWide || columns[c].Keep <= Optional)).ToList();
            if (droppable.Count == 0)
            {
                return List();
            }

            active.Remove(droppable.OrderBy(c => columns[c].Keep).ThenByDescending(c => c).First());
        }

        return Table(active, Widths(active, natural, minimum, width));
    }

    private Table Table(List<int> active, Dictionary<int, int> widths)
    {
        var table = new Table().Border(Border);
        if (Title is not null)
        {
            table.Title(Title);
        }

        foreach (int c in active)
        {
            var column = new TableColumn(new Markup(Markup.Escape(columns[c].Header))) { Width = widths[c] };
            table.AddColumn(columns[c].Right ? column.RightAligned() : column);
        }

        foreach (var row in rows)
        {
            table.AddRow(active.Select(c => (IRenderable)new Markup(row[c])).ToArray());
        }

        return table;
    }

    private Rows List()
    {
        var lines = new List<IRenderable>();
        if (Title is not null)
        {
            lines.Add(new Markup(Title));
        }

        foreach (var row in rows)
        {
            lines.Add(new Markup(row[0]));
            for (int c = 1; c < columns.Count; c++)
            {
                if (Markup.Remove(row[c]).Trim().Length > 0)
                {
                    lines.Add(new Markup($"  [grey]{Markup.Escape(columns[c].Header)}:[/] {row[c].ReplaceLineEndings(" ")}"));
                }
            }
        }

        return new Rows(lines);
    }

    /// <summary>
    /// Each column at least its longest word. The first column (titles) is kept at two fifths of the table or its
    /// natural width if smaller; the room left goes to the other columns, narrowest need first, so that short values
    /// (numbers, statuses, bars) stay on one line; the first column takes what remains.
    /// </summary>
    private static Dictionary<int, int> Widths(List<int> active, int[] natural, int[] minimum, int width)
    {
        var widths = active.ToDictionary(c => c, c => natural[c]);
        if (Sum(active, natural) + Overhead(active.Count) <= width)
        {
            return widths;
        }

        int room = width - Overhead(active.Count) - Sum(active, minimum);
        foreach (int c in active)
        {
            widths[c] = minimum[c];
        }

        int first = active[0];
        int reserve = Math.Min(room, Math.Max(0, Math.Min(natural[first], (width - Overhead(active.Count)) * 2 / 5) - minimum[first]));
        widths[first] += reserve;
        room -= reserve;

        foreach (int c in active.Skip(1).OrderBy(c => natural[c] - minimum[c]))
        {
            int grow = Math.Min(room, natural[c] - minimum[c]);
            widths[c] += grow;
            room -= grow;
        }

        widths[active[0]] += room;
        return widths;
    }

    /// <summary>Whether the first column would get less than two fifths of the width (or its natural width, if smaller)
    /// once every other column has its natural width.</summary>
    private static bool Cramped(List<int> active, int[] natural, int width)
    {
        int room = width - Overhead(active.Count) - active.Skip(1).Sum(c => natural[c]);
        return room < Math.Min(natural[active[0]], (width - Overhead(active.Count)) * 2 / 5);
    }

    private static int Sum(List<int> active, int[] values) => active.Sum(c => values[c]);

    /// <summary>Borders and padding: one character on each side of every column plus one border between and around them.</summary>
    private static int Overhead(int count) => (3 * count) + 1;

    private static int LongestWord(string text) =>
        text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.GetCellWidth()).DefaultIfEmpty(0).Max();

    private sealed record FitColumn(string Header, bool Right, int Keep);
}
