using System.Globalization;

namespace Okr.Samples.Web.Api;

/// <summary>The <c>asOf</c> query parameter.</summary>
internal static class Days
{
    /// <summary>Reads <c>YYYY-MM-DD</c>; null when absent; a problem when malformed.</summary>
    public static bool TryRead(string? text, out DateOnly? day, out IResult? problem)
    {
        day = null;
        problem = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        problem = Problems.Of(400, "invalid-as-of", "asOf", null, $"asOf '{text}' is not a day in the form YYYY-MM-DD.");
        return false;
    }
}
