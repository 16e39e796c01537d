using System.Text.Json;

namespace Okr.Core.Integrations;

/// <summary>
/// Imports monday.com GraphQL API answers: <c>data.boards[].items_page.items[]</c> (API 2023-10 and later),
/// <c>data.boards[].items[]</c> (older versions), <c>data.items[]</c>, <c>data.next_items_page.items[]</c>, or a JSON
/// array of items. Items are read one at a time, but the <c>data</c> object is held in memory while it is read (an items
/// page holds at most 500 items); a root array of items is streamed.
/// </summary>
/// <remarks>
/// Fields read: <c>id</c> (a string since API 2023-10, a number before), <c>name</c>, <c>group.id</c>/<c>group.title</c>,
/// the board's (or the item's <c>board</c>) <c>id</c>/<c>name</c>, <c>updated_at</c>, <c>url</c>, <c>subitems[]</c>, and
/// <c>column_values[]</c> (<c>id</c>, <c>type</c>, <c>text</c>, <c>value</c> — a JSON string — and <c>is_done</c> or
/// <c>label_style.is_done</c> of a status) for the columns named in <see cref="MondayImportOptions.Columns"/>: the status
/// label (<c>text</c>, mapped by <see cref="StatusMapping.MondayCom"/>; its <c>changed_at</c> is the completion day of a
/// done item), the date (<c>value.date</c> or <c>text</c>), the timeline (<c>value.from</c>/<c>value.to</c> or
/// <c>text</c>), the people (the first name in <c>text</c>) and the dependencies (<c>value.linkedPulseIds[].linkedPulseId</c>
/// or <c>linked_item_ids</c>). GraphQL <c>errors</c> next to data are reported as warnings.
/// </remarks>
public static partial class MondayJsonImporter
{
    private static readonly HashSet<string> Streamed = new(StringComparer.Ordinal);

    /// <summary>Imports monday.com API JSON.</summary>
    /// <param name="json">The JSON (UTF-8, a BOM allowed); read to the end, left open.</param>
    /// <param name="options">The options.</param>
    /// <returns>The initiatives, tasks and report. A bad item is skipped and reported; the rest is imported.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ImportFormatException">The JSON is malformed or truncated, is an error answer without data
    /// (<c>errors</c>, <c>error_message</c>), holds no boards or items, or holds a string that is not valid UTF-8 text (the exception names its JSON path).</exception>
    public static ImportResult Import(Stream json, MondayImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(options);
        var reader = new Reader(options);
        JsonElement? data = null;
        var errors = new List<string>();
        string? errorMessage = null;
        var arrays = JsonValueStream.Read(json, Streamed, (property, index, value) =>
        {
            if (property.Length == 0 && index >= 0)
            {
                reader.Item(value, string.Create(CultureInfo.InvariantCulture, $"$[{index}]"), null, null);
            }
            else if (property == "data" && value.ValueKind == JsonValueKind.Object)
            {
                data = value.Clone();
            }
            else if (property == "errors" && value.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in value.EnumerateArray())
                {
                    errors.Add(((JsonElement?)error).Prop("message").Str() ?? error.GetRawText());
                }
            }
            else if (property is "error_message" or "error_code" && ((JsonElement?)value).Str() is { } message)
            {
                errorMessage = errorMessage is null ? message : errorMessage + " (" + message + ")";
            }
        });

        if (arrays.Contains(string.Empty))
        {
            return reader.Collector.Build();
        }

        if (data is not { } d)
        {
            string why = errors.Count > 0 ? string.Join(" ", errors) : errorMessage ?? "there is no 'data' object";
            throw new ImportFormatException(errors.Count > 0 ? "$.errors" : "$", $"The JSON is not a monday.com answer with data: {why}");
        }

        for (int i = 0; i < errors.Count; i++)
        {
            reader.Collector.Warn(string.Create(CultureInfo.InvariantCulture, $"$.errors[{i}]"), null, "monday.com reported an error: " + errors[i]);
        }

        reader.Data(d);
        return reader.Collector.Build();
    }

    /// <summary>Reads items; holds the options, the collector and the date reader.</summary>
    private sealed class Reader(MondayImportOptions options)
    {
        private readonly DateReader dates = new(options, MondayImportOptions.DefaultDateFormats);

        public ImportCollector Collector { get; } = new(options, "monday", "monday.com", StatusMapping.MondayCom);

        public void Data(JsonElement data)
        {
            bool any = false;
            if (data.Prop("boards") is { ValueKind: JsonValueKind.Array } boards)
            {
                any = true;
                int b = 0;
                foreach (var board in boards.EnumerateArray())
                {
                    string location = string.Create(CultureInfo.InvariantCulture, $"$.data.boards[{b++}]");
                    var boardRef = (JsonElement?)board;
                    string? boardId = boardRef.Prop("id").Str();
                    string? boardName = boardRef.Prop("name").Str();
                    if (boardRef.Prop("items_page").Prop("items") is { ValueKind: JsonValueKind.Array } page)
                    {
                        Items(page, location + ".items_page.items", boardId, boardName);
                    }
                    else if (boardRef.Prop("items") is { ValueKind: JsonValueKind.Array } items)
                    {
                        Items(items, location + ".items", boardId, boardName);
                    }
                    else
                    {
                        Collector.Warn(location, boardId, $"The board has no 'items_page.items' or 'items' ({location}.items_page.items); nothing was read from it.");
                    }
                }
            }

            if (data.Prop("items") is { ValueKind: JsonValueKind.Array } rootItems)
            {
                any = true;
                Items(rootItems, "$.data.items", null, null);
            }

            if (data.Prop("next_items_page").Prop("items") is { ValueKind: JsonValueKind.Array } next)
            {
                any = true;
                Items(next, "$.data.next_items_page.items", null, null);
            }

            if (!any)
            {
                throw new ImportFormatException("$.data", "The data holds no 'boards', 'items' or 'next_items_page.items' array.");
            }
        }

        private void Items(JsonElement items, string location, string? boardId, string? boardName)
        {
            int i = 0;
            foreach (var item in items.EnumerateArray())
            {
                Item(item, string.Create(CultureInfo.InvariantCulture, $"{location}[{i++}]"), boardId, boardName);
            }
        }

        /// <summary>Reads an item and its subitems (one level, as monday.com has; no recursion).</summary>
        public void Item(JsonElement item, string location, string? boardId, string? boardName)
        {
            var itemRef = (JsonElement?)item;
            boardId ??= itemRef.Prop("board").Prop("id").Str();
            boardName ??= itemRef.Prop("board").Prop("name").Str();
            var group = itemRef.Prop("group");
            string? groupId = group.Prop("id").Str();
            string? groupKey;
            string? groupTitle;
            if (options.GroupByBoard)
            {
                groupKey = boardId;
                groupTitle = boardName ?? boardId;
            }
            else
            {
                groupKey = groupId is null ? null : boardId is null ? groupId : boardId + "/" + groupId;
                groupTitle = group.Prop("title").Str() ?? groupId;
            }

            // Subitems are read even when their item is skipped: they are rows of their own, in the item's group.
            Add(item, location, groupKey, groupTitle);
            if (itemRef.Prop("subitems") is { ValueKind: JsonValueKind.Array } subitems)
            {
                int s = 0;
                foreach (var subitem in subitems.EnumerateArray())
                {
                    Add(subitem, string.Create(CultureInfo.InvariantCulture, $"{location}.subitems[{s++}]"), groupKey, groupTitle);
                }
            }
        }

        private void Add(JsonElement item, string location, string? groupKey, string? groupTitle)
        {
            Collector.RowRead();
            if (item.ValueKind != JsonValueKind.Object)
            {
                Collector.Skip(location, null, $"An item must be a JSON object, not {item.ValueKind}.");
                return;
            }

            var itemRef = (JsonElement?)item;
            string? id = itemRef.Prop("id").Str();
            if (id is null)
            {
                Collector.Skip(location, null, $"The item has no 'id' ({location}.id).");
                return;
            }

            string? name = itemRef.Prop("name").Str();
            if (string.IsNullOrWhiteSpace(name))
            {
                Collector.Skip(location, id, $"The item has no 'name' ({location}.name).");
                return;
            }

            var columns = new Columns(itemRef.Prop("column_values"), location);
            if (!columns.Present)
            {
                Collector.Warn(location, id, $"The item has no 'column_values' ({location}.column_values); its status, dates and assignee are unknown.");
            }

            var mapped = ReadStatus(columns, location, id, out var statusChanged);
            var state = mapped.State ?? WorkItemState.NotStarted;
            var (start, due) = ReadDays(columns, location, id);
            string? assignee = AssigneeOf(columns);
            var dependsOn = DependenciesOf(columns, id);
            var workItem = new WorkItem
            {
                Id = Collector.Prefix + id,
                Title = name,
                State = state,
                PercentComplete = mapped.PercentComplete,
                Start = start,
                Due = due,
                CompletedOn = state == WorkItemState.Done && statusChanged is { } changed ? DateOnly.FromDateTime(changed.DateTime) : null,
                Assignee = assignee,
                Link = new ExternalLink("monday", id, Uri.TryCreate(itemRef.Prop("url").Str(), UriKind.Absolute, out var url) ? url : null),
                LastSyncedAt = dates.Moment(itemRef.Prop("updated_at").Str(), "updated_at", Collector, location, id),
            };
            Collector.AddItem(location, id, groupKey, groupTitle, workItem, dependsOn);
        }

        /// <summary>The item's status (through the status mapping) and the moment it last changed.</summary>
        private MappedStatus ReadStatus(Columns columns, string location, string id, out DateTimeOffset? statusChanged)
        {
            statusChanged = null;
            if (columns.Find(options.Columns.Status, "status", "color") is { } s)
            {
                var element = (JsonElement?)s.Element;
                bool? isDone = element.Prop("is_done").Bool() ?? element.Prop("label_style").Prop("is_done").Bool();
                using var value = Value(s, id);
                statusChanged = dates.Moment(value?.RootElement.Prop("changed_at").Str(), s.Path + ".value.changed_at", Collector, location, id);
                return Collector.MapStatus(new ExternalStatus(element.Prop("text").Str() ?? string.Empty, Completed: isDone), location, id);
            }

            if (columns.Present)
            {
                Collector.Warn(location, id, $"The item has no status column '{options.Columns.Status}' in {location}.column_values; the task is {WorkItemState.NotStarted}.");
            }

            return new MappedStatus(null, null, true);
        }

        /// <summary>The start (from the timeline) and due day (from the date column, else the timeline's end).</summary>
        private (DateOnly? Start, DateOnly? Due) ReadDays(Columns columns, string location, string id)
        {
            DateOnly? due = null;
            if (columns.Find(options.Columns.Date, "date") is { } date)
            {
                using var value = Value(date, id);
                due = dates.Day(value?.RootElement.Prop("date").Str() ?? ((JsonElement?)date.Element).Prop("text").Str(), date.Path, Collector, location, id);
            }

            DateOnly? start = null;
            if (columns.Find(options.Columns.Timeline, "timeline") is { } timeline)
            {
                using var value = Value(timeline, id);
                string? text = ((JsonElement?)timeline.Element).Prop("text").Str();
                int dash = text?.IndexOf(" - ", StringComparison.Ordinal) ?? -1;
                string? from = value?.RootElement.Prop("from").Str() ?? (dash > 0 ? text![..dash] : null);
                string? to = value?.RootElement.Prop("to").Str() ?? (dash > 0 ? text![(dash + 3)..] : null);
                start = dates.Day(from, timeline.Path, Collector, location, id);
                var end = dates.Day(to, timeline.Path, Collector, location, id);
                due ??= end;
            }

            return (start, due);
        }

        /// <summary>The first person of the people column, or null.</summary>
        private string? AssigneeOf(Columns columns)
        {
            if (columns.Find(options.Columns.People, "people", "multiple-person") is { } people
                && ((JsonElement?)people.Element).Prop("text").Str() is { } names)
            {
                int comma = names.IndexOf(", ", StringComparison.Ordinal);
                string assignee = (comma > 0 ? names[..comma] : names).Trim();
                return assignee.Length == 0 ? null : assignee;
            }

            return null;
        }

        /// <summary>The ids of the items the dependency column links to.</summary>
        private List<string> DependenciesOf(Columns columns, string id)
        {
            var dependsOn = new List<string>();
            if (columns.Find(options.Columns.Dependency, "dependency") is { } dependency)
            {
                if (((JsonElement?)dependency.Element).Prop("linked_item_ids") is { ValueKind: JsonValueKind.Array } linked)
                {
                    dependsOn.AddRange(linked.EnumerateArray().Select(e => ((JsonElement?)e).Str()).OfType<string>());
                }
                else
                {
                    using var value = Value(dependency, id);
                    if (value?.RootElement.Prop("linkedPulseIds") is { ValueKind: JsonValueKind.Array } pulses)
                    {
                        dependsOn.AddRange(pulses.EnumerateArray().Select(e => ((JsonElement?)e).Prop("linkedPulseId").Str()).OfType<string>());
                    }
                }
            }

            return dependsOn;
        }

        /// <summary>Parses a column's <c>value</c> (a JSON string, or already an object); bad JSON gives a warning and null.</summary>
        private JsonDocument? Value(Column column, string key)
        {
            var value = ((JsonElement?)column.Element).Prop("value");
            try
            {
                return value switch
                {
                    { ValueKind: JsonValueKind.String } v when v.GetString() is { Length: > 0 } text => JsonDocument.Parse(text),
                    { ValueKind: JsonValueKind.Object } v => JsonDocument.Parse(v.GetRawText()),
                    _ => null,
                };
            }
            catch (JsonException)
            {
                Collector.Warn(column.Path + ".value", key, "The column's 'value' is not valid JSON; ignored.");
                return null;
            }
        }
    }

    /// <summary>A column value and its JSON path.</summary>
    private readonly record struct Column(JsonElement Element, string Path);

    /// <summary>An item's <c>column_values</c>, found by id, else by type when the item has exactly one column of that type.</summary>
    private readonly struct Columns(JsonElement? values, string location)
    {
        public bool Present => values is { ValueKind: JsonValueKind.Array };

        public Column? Find(string id, params string[] types)
        {
            if (values is not { ValueKind: JsonValueKind.Array } array)
            {
                return null;
            }

            Column? byType = null;
            int ofType = 0;
            int k = 0;
            foreach (var column in array.EnumerateArray())
            {
                string path = string.Create(CultureInfo.InvariantCulture, $"{location}.column_values[{k++}]");
                var c = (JsonElement?)column;
                if (string.Equals(c.Prop("id").Str(), id, StringComparison.Ordinal))
                {
                    return new Column(column, path);
                }

                if (c.Prop("type").Str() is { } type && types.Contains(type, StringComparer.OrdinalIgnoreCase) && ofType++ == 0)
                {
                    byType = new Column(column, path);
                }
            }

            return ofType == 1 ? byType : null;
        }
    }
}
