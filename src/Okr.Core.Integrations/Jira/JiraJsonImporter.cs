using System.Text.Json;

namespace Okr.Core.Integrations;

/// <summary>
/// Imports Jira REST issue JSON: a search response (the <c>issues</c> array of <c>/rest/api/2|3/search</c> or
/// <c>/rest/api/3/search/jql</c>), a <c>jira:issue_updated</c> (or created) webhook payload (its <c>issue</c> object),
/// a single issue, or a JSON array of issues. Issues are streamed one at a time.
/// </summary>
/// <remarks>
/// Fields read: <c>key</c>, <c>id</c>, <c>self</c>, <c>fields.summary</c>, <c>fields.status.name</c>,
/// <c>fields.status.statusCategory.key</c> (<c>new</c>/<c>indeterminate</c>/<c>done</c>; payloads without it map by name),
/// <c>fields.issuetype.name</c>, <c>fields.assignee.displayName</c> (or <c>name</c>), <c>fields.updated</c> (else the
/// webhook <c>timestamp</c>), <c>fields.resolutiondate</c>, <c>fields.duedate</c>, <c>fields.parent.key</c>,
/// <c>fields.parent.fields.summary</c>, story points (<see cref="JiraImportOptions.StoryPointsField"/>) or
/// <c>fields.timeoriginalestimate</c>, and <c>fields.issuelinks</c> of type <c>Blocks</c> (the inward issue blocks this one).
/// </remarks>
public static partial class JiraJsonImporter
{
    private static readonly HashSet<string> Streamed = new(StringComparer.Ordinal) { "issues" };

    /// <summary>Imports Jira REST JSON.</summary>
    /// <param name="json">The JSON (UTF-8, a BOM allowed); read to the end, left open.</param>
    /// <param name="options">The options (<see cref="JiraImportOptions.Columns"/> and <see cref="JiraImportOptions.Delimiter"/> are not used).</param>
    /// <returns>The initiatives, tasks and report. A bad issue is skipped and reported; the rest is imported.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ImportFormatException">The JSON is malformed or truncated, or holds a string that is not valid UTF-8 text (the exception names its JSON path).</exception>
    public static ImportResult Import(Stream json, JiraImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(options);
        var collector = new ImportCollector(options, "jira", "Jira", StatusMapping.Jira);
        var dates = new DateReader(options, JiraImportOptions.DefaultDateFormats);
        var issues = new List<JiraIssue>();
        var root = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

        JsonValueStream.Read(json, Streamed, (property, index, value) =>
        {
            if (property == "issues" && index >= 0)
            {
                Read(value, string.Create(CultureInfo.InvariantCulture, $"$.issues[{index}]"), null, options, dates, collector, issues);
            }
            else if (property.Length == 0 && index >= 0)
            {
                Read(value, string.Create(CultureInfo.InvariantCulture, $"$[{index}]"), null, options, dates, collector, issues);
            }
            else if (property is "issue" or "timestamp" or "key" or "id" or "self" or "fields")
            {
                root[property] = value.Clone();
            }
        });

        if (root.TryGetValue("issue", out var webhookIssue))
        {
            var timestamp = root.TryGetValue("timestamp", out var ts) ? WebhookTimestamp(ts, webhookIssue, collector) : null;
            Read(webhookIssue, "$.issue", timestamp, options, dates, collector, issues);
        }
        else if (root.ContainsKey("key") && root.ContainsKey("fields"))
        {
            // A single issue at the root: its parts were read one by one; put them back together.
            using var single = JsonValueStream.Assemble(root);
            Read(single.RootElement, "$", null, options, dates, collector, issues);
        }

        return JiraIssueGrouper.Build(issues, options, collector);
    }

    /// <summary>The webhook's <c>timestamp</c> (Unix milliseconds); one that is not a number of milliseconds within
    /// years 1 to 9999 is reported as a problem of the issue and ignored.</summary>
    private static DateTimeOffset? WebhookTimestamp(JsonElement timestamp, JsonElement issue, ImportCollector collector)
    {
        const long MinMilliseconds = -62_135_596_800_000;
        const long MaxMilliseconds = 253_402_300_799_999;
        if (timestamp.ValueKind == JsonValueKind.Number && timestamp.TryGetInt64(out long ms) && ms is >= MinMilliseconds and <= MaxMilliseconds)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(ms);
        }

        if (timestamp.ValueKind != JsonValueKind.Null)
        {
            string text = timestamp.ValueKind == JsonValueKind.Number ? timestamp.GetRawText() : timestamp.ValueKind.ToString().ToLowerInvariant();
            collector.Warn("$.timestamp", issue.Prop("key").Str(),
                $"The webhook timestamp ({(text.Length > 40 ? text[..40] + "…" : text)}) is not Unix milliseconds between the years 1 and 9999; ignored.");
        }

        return null;
    }

    private static void Read(JsonElement issue, string location, DateTimeOffset? timestamp, JiraImportOptions options, DateReader dates,
        ImportCollector collector, List<JiraIssue> issues)
    {
        collector.RowRead();
        if (issue.ValueKind != JsonValueKind.Object)
        {
            collector.Skip(location, null, $"An issue must be a JSON object, not {issue.ValueKind}.");
            return;
        }

        string? key = issue.Prop("key").Str();
        if (key is null)
        {
            collector.Skip(location, null, "The issue has no 'key'.");
            return;
        }

        var fields = issue.Prop("fields");
        string? summary = fields.Prop("summary").Str();
        if (fields is null || summary is null)
        {
            collector.Skip(location, key, "The issue has no 'fields.summary' (ask the API for the summary field).");
            return;
        }

        var statusElement = fields.Prop("status");
        var status = new ExternalStatus(statusElement.Prop("name").Str(), statusElement.Prop("statusCategory").Prop("key").Str());
        var mapped = collector.MapStatus(status, location, key);
        var state = JiraResolution.Apply(fields.Prop("resolution").Prop("name").Str(), mapped.State ?? WorkItemState.NotStarted, options, collector, location, key);
        var resolved = dates.Day(fields.Prop("resolutiondate").Str(), "resolutiondate", collector, location, key);
        decimal? effort = options.Effort switch
        {
            JiraEffort.StoryPoints => fields.Prop(options.StoryPointsField).Num() is { } sp && sp >= 0m ? sp : null,
            JiraEffort.OriginalEstimateHours => fields.Prop("timeoriginalestimate").Num() is { } s && s >= 0m ? s / 3600m : null,
            _ => null,
        };

        var blockedBy = new List<string>();
        if (fields.Prop("issuelinks") is { ValueKind: JsonValueKind.Array } links)
        {
            foreach (var link in links.EnumerateArray())
            {
                if (string.Equals(link.Prop("type").Prop("name").Str(), "Blocks", StringComparison.OrdinalIgnoreCase)
                    && link.Prop("inwardIssue").Prop("key").Str() is { } blocker)
                {
                    blockedBy.Add(blocker);
                }
            }
        }

        var item = new WorkItem
        {
            Id = collector.Prefix + key,
            Title = summary,
            State = state,
            PercentComplete = mapped.PercentComplete,
            Due = dates.Day(fields.Prop("duedate").Str(), "duedate", collector, location, key),
            CompletedOn = state == WorkItemState.Done ? resolved : null,
            Assignee = fields.Prop("assignee").Prop("displayName").Str() ?? fields.Prop("assignee").Prop("name").Str(),
            Effort = effort,
            Link = new ExternalLink("jira", key, BrowseUrl(options.Site, issue.Prop("self").Str(), key)),
            LastSyncedAt = dates.Moment(fields.Prop("updated").Str(), "updated", collector, location, key) ?? timestamp,
        };

        var parent = fields.Prop("parent");
        issues.Add(new JiraIssue(location, key, issue.Prop("id").Str(), summary, fields.Prop("issuetype").Prop("name").Str(),
            parent.Prop("key").Str(), null, parent.Prop("fields").Prop("summary").Str(), item, blockedBy));
    }

    private static Uri? BrowseUrl(Uri? site, string? self, string key)
    {
        if (site is not null)
        {
            return new Uri(site, "browse/" + Uri.EscapeDataString(key));
        }

        if (self is null || !Uri.TryCreate(self, UriKind.Absolute, out var selfUri))
        {
            return null;
        }

        int rest = selfUri.AbsoluteUri.IndexOf("/rest/api/", StringComparison.Ordinal);
        string baseUrl = rest > 0 ? selfUri.AbsoluteUri[..rest] : selfUri.GetLeftPart(UriPartial.Authority);
        return Uri.TryCreate(baseUrl + "/browse/" + Uri.EscapeDataString(key), UriKind.Absolute, out var url) ? url : null;
    }
}
