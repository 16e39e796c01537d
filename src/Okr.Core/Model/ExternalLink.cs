using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>A link to the same item in another tool: the system, the item's key there and an optional URL.</summary>
/// <remarks>Two links are equal when system (case-insensitive), key (ordinal) and URL are equal.</remarks>
public sealed class ExternalLink : IEquatable<ExternalLink>
{
    /// <summary>Creates a link.</summary>
    /// <param name="system">The tool, for example <c>jira</c>, <c>asana</c>, <c>monday</c>, <c>clickup</c> or <c>msproject</c>.</param>
    /// <param name="key">The item's key in that tool, for example <c>PROJ-42</c>.</param>
    /// <param name="url">An absolute URL to the item, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="system"/> or <paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="system"/> or <paramref name="key"/> is blank, or <paramref name="url"/> is not absolute.</exception>
    public ExternalLink(string system, string key, Uri? url = null)
    {
        System = Guard.NotBlank(system);
        Key = Guard.NotBlank(key);
        if (url is not null && !url.IsAbsoluteUri)
        {
            throw new ArgumentException($"The URL '{url}' must be absolute.", nameof(url));
        }

        Url = url;
    }

    /// <summary>The tool that holds the item.</summary>
    public string System { get; }

    /// <summary>The item's key in that tool.</summary>
    public string Key { get; }

    /// <summary>An absolute URL to the item, or null.</summary>
    public Uri? Url { get; }

    /// <inheritdoc/>
    public bool Equals(ExternalLink? other) =>
        other is not null
        && string.Equals(System, other.System, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Key, other.Key, StringComparison.Ordinal)
        && Equals(Url, other.Url);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExternalLink);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(System), Key, Url);

    /// <summary>The link as <c>system:key</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{System}:{Key}";
}
