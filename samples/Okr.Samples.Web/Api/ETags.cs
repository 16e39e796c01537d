namespace Okr.Samples.Web.Api;

/// <summary>Revisions as strong ETags (<c>"42"</c>) and If-Match headers read back.</summary>
internal static class ETags
{
    public static string Of(long revision) => "\"" + revision.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"";

    /// <summary>The revision an If-Match header names: null without the header or with <c>*</c>; -1 for an ETag that
    /// cannot be one of ours (it never matches).</summary>
    public static long? IfMatch(HttpRequest request)
    {
        string? header = request.Headers.IfMatch;
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return null;
        }

        string tag = header.Trim();
        return tag.Length > 2 && tag[0] == '"' && tag[^1] == '"' && long.TryParse(tag[1..^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long revision)
            ? revision
            : -1;
    }

    public static void Set(HttpResponse response, long revision) => response.Headers.ETag = Of(revision);
}
