using CsvHelper;

namespace Okr.Core.Integrations;

/// <summary>
/// A CSV input read record by record with CsvHelper: header columns matched case-insensitively (repeated names kept),
/// the physical line each record starts on, and malformed quoting flagged instead of thrown. Streams: only the current
/// record is held.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly CsvReader csv;
    private readonly Dictionary<string, List<int>> columns = new(StringComparer.OrdinalIgnoreCase);
    private CsvMalformedRecord? malformed;

    public CsvTable(Stream stream, char separator)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = record => malformed ??= record,
            MaxRecordSize = 16 * 1024 * 1024,
        };
        csv = CsvReader.Create(stream, options, true);
        try
        {
            csv.ReadHeader();
        }
        catch (CsvFormatException ex)
        {
            throw new ImportFormatException("line 1", "The header cannot be read as CSV: " + ex.Message, ex);
        }

        var header = csv.Headers;
        if (header.Count == 0)
        {
            throw new ImportFormatException("line 1", "The input is empty: a header row is required.");
        }

        HeaderCount = header.Count;

        for (int i = 0; i < header.Count; i++)
        {
            string name = header[i].Trim().TrimStart('\uFEFF');
            if (!columns.TryGetValue(name, out var list))
            {
                columns[name] = list = [];
            }

            list.Add(i);
        }

        malformed = null;
    }

    /// <summary>The line the current record starts on (1-based, header is line 1).</summary>
    public int Line { get; private set; }

    /// <summary>"line N" for the current record.</summary>
    public string Location => "line " + Line.ToString(CultureInfo.InvariantCulture);

    /// <summary>The quoting problem CsvHelper flagged in the current record (a stray quote…), or null.</summary>
    public string? BadData { get; private set; }

    /// <summary>The number of cells in the header.</summary>
    public int HeaderCount { get; private set; }

    /// <summary>The problem when the current record has fewer cells than the header, or null.</summary>
    public string? ShortRow => csv.FieldCount < HeaderCount
        ? string.Create(CultureInfo.InvariantCulture, $"The row has {csv.FieldCount} cell(s) where the header has {HeaderCount}: it was cut short (a lost line break or separator?)")
        : null;

    /// <summary>Reports a short current record: skipped (true, an error) or kept (false, a warning) per <paramref name="handling"/>.</summary>
    public bool SkipIfShort(ShortRowHandling handling, ImportCollector collector, string? key)
    {
        if (ShortRow is not { } reason)
        {
            return false;
        }

        if (handling == ShortRowHandling.Keep)
        {
            collector.Warn(Location, key, reason + "; imported with the missing cells empty.");
            return false;
        }

        collector.Skip(Location, key, reason + "; skipped, because its cells may be in the wrong columns (ShortRows = Keep imports it).");
        return true;
    }

    public bool Has(string column) => columns.ContainsKey(column.Trim());

    public void Require(params string[] names)
    {
        foreach (var name in names)
        {
            if (!Has(name))
            {
                throw new ImportFormatException("line 1", $"The header has no '{name}' column (columns are matched case-insensitively; name another column in the options).");
            }
        }
    }

    public bool Read()
    {
        malformed = null;
        bool read;
        try
        {
            read = csv.Read();
        }
        catch (CsvFormatException ex)
        {
            throw new ImportFormatException("line " + ex.LineNumber.ToString(CultureInfo.InvariantCulture), "The CSV cannot be read: " + ex.Message, ex);
        }

        if (!read)
        {
            return false;
        }

        Line = checked((int)csv.LineNumber);
        BadData = malformed is { } m ? m.Reason.ToString() : null;
        return true;
    }

    /// <summary>The trimmed value of the first column with the name, or null when absent or empty.</summary>
    public string? Get(string? column)
    {
        if (column is null || !columns.TryGetValue(column.Trim(), out var indexes))
        {
            return null;
        }

        return Cell(indexes[0]);
    }

    /// <summary>The non-empty values of every column with the name (repeated columns such as Jira's links).</summary>
    public IEnumerable<string> GetAll(string? column)
    {
        if (column is null || !columns.TryGetValue(column.Trim(), out var indexes))
        {
            yield break;
        }

        foreach (int i in indexes)
        {
            if (Cell(i) is { } value)
            {
                yield return value;
            }
        }
    }

    public void Dispose() => csv.Dispose();

    private string? Cell(int index)
    {
        if (index >= csv.FieldCount)
        {
            return null;
        }

        string value = (csv.GetString(index) ?? string.Empty).Trim();
        return value.Length == 0 ? null : value;
    }
}
