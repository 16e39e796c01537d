namespace Okr.Core.Office;

/// <summary>
/// Ids made from titles, the same for the same workbook every time: a prefix and the title's letters and digits in
/// lower case joined by hyphens (at most 48 characters), <c>kr-grow-weekly-active-users</c>; a title with no Latin
/// letters or digits gets a hash of its text. A repeated id gets <c>-2</c>, <c>-3</c> in the order met. Ids given in
/// the sheet are reserved first.
/// </summary>
internal sealed class StableIds
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    /// <summary>Claims an id given in the sheet; false when it is already taken.</summary>
    public bool TryReserve(string id) => used.Add(id);

    public string For(string prefix, string title)
    {
        string slug = Slug(title);
        string id = prefix + (slug.Length > 0 ? slug : Hash(title));
        string candidate = id;
        for (int n = 2; !used.Add(candidate); n++)
        {
            candidate = id + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    internal static string Slug(string title)
    {
        var text = new System.Text.StringBuilder(Math.Min(title.Length, 48));
        bool hyphen = false;
        foreach (char raw in title.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (text.Length >= 48)
            {
                break;
            }

            char c = char.ToLowerInvariant(raw);
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (hyphen && text.Length > 0)
                {
                    text.Append('-');
                }

                text.Append(c);
                hyphen = false;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                hyphen = true;
            }
        }

        return text.ToString().TrimEnd('-');
    }

    private static string Hash(string title)
    {
        uint hash = 2166136261;
        foreach (char c in title)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
