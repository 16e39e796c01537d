namespace Okr.Core.Office;

/// <summary>A1 notation: column letters from a zero-based column index and back.</summary>
internal static class CellAddress
{
    /// <summary>The letters of a zero-based column: 0 is A, 25 is Z, 26 is AA.</summary>
    public static string Column(int index)
    {
        Span<char> letters = stackalloc char[4];
        int at = letters.Length;
        int n = index + 1;
        while (n > 0)
        {
            int remainder = (n - 1) % 26;
            letters[--at] = (char)('A' + remainder);
            n = (n - 1) / 26;
        }

        return new string(letters[at..]);
    }

    /// <summary>The cell reference, for example <c>C7</c> for column 2 of row 7.</summary>
    public static string Of(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The zero-based column index of a reference such as <c>AB12</c> or <c>AB</c>, or -1 when it has no letters.</summary>
    public static int ColumnIndex(ReadOnlySpan<char> reference)
    {
        int index = 0;
        int letters = 0;
        foreach (char c in reference)
        {
            char upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (upper - 'A' + 1);
            letters++;
            if (letters > 3)
            {
                return -1;
            }
        }

        return letters == 0 ? -1 : index - 1;
    }

    /// <summary>Whether the text is only column letters (one to three), such as <c>C</c> or <c>AB</c>.</summary>
    public static bool IsColumnLetters(string text) =>
        text.Length is >= 1 and <= 3 && text.All(char.IsAsciiLetter);
}
