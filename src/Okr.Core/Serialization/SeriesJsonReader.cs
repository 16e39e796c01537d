using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <summary>
/// Reads a series written by <see cref="SeriesJsonWriter"/> (docs/json-format.md, "Series") into a
/// <see cref="ScorecardSeries"/> without a plan. Every problem is an <see cref="OkrJsonException"/> naming the JSON path:
/// days must be ascending and distinct, every array must hold one entry per day, ids must be unique.
/// </summary>
internal static class SeriesJsonReader
{
    public static ScorecardSeries Read(ReadOnlySpan<byte> utf8Json, OkrJsonOptions options)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { MaxDepth = options.MaxDepth, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            throw new OkrJsonException(OkrJsonProblem.Malformed, "$", "the text is not well-formed JSON: " + e.Message, e);
        }

        using (document)
        {
            var root = document.RootElement;
            Expect(root, JsonValueKind.Object, "$");
            int version = Property(root, "schemaVersion", "$", JsonValueKind.Number).TryGetInt32(out int v) ? v : -1;
            if (version != JsonText.SchemaVersion)
            {
                throw new OkrJsonException(OkrJsonProblem.UnsupportedVersion, "$.schemaVersion", string.Create(CultureInfo.InvariantCulture, $"schema version {root.GetProperty("schemaVersion").GetRawText()} is not supported; this version of Okr.Core reads {JsonText.SchemaVersion}."));
            }

            var days = ReadDays(Property(root, "days", "$", JsonValueKind.Array));
            var items = Property(root, "items", "$", JsonValueKind.Array);
            int count = items.GetArrayLength();
            var ids = new string[count];
            var kinds = new OkrItemKind[count];
            var points = new SeriesPoint[count][];
            var seen = new HashSet<string>(count, StringComparer.Ordinal);
            int i = 0;
            foreach (var item in items.EnumerateArray())
            {
                string path = string.Create(CultureInfo.InvariantCulture, $"$.items[{i}]");
                Expect(item, JsonValueKind.Object, path);
                string id = Property(item, "id", path, JsonValueKind.String).GetString()!;
                if (string.IsNullOrWhiteSpace(id))
                {
                    throw new OkrJsonException(OkrJsonProblem.InvalidValue, path + ".id", "an id must not be blank.");
                }

                if (!seen.Add(id))
                {
                    throw new OkrJsonException(OkrJsonProblem.DuplicateId, path + ".id", $"the id '{id}' appears twice in the series.", itemIds: [id]);
                }

                ids[i] = id;
                kinds[i] = ParseEnum<OkrItemKind>(Property(item, "kind", path, JsonValueKind.String), path + ".kind");
                points[i++] = ReadPoints(item, path, days);
            }

            return new ScorecardSeries(days, ids, kinds, points);
        }
    }

    private static ImmutableArray<DateOnly> ReadDays(JsonElement array)
    {
        if (array.GetArrayLength() == 0)
        {
            throw new OkrJsonException(OkrJsonProblem.InvalidValue, "$.days", "a series has at least one day.");
        }

        var days = ImmutableArray.CreateBuilder<DateOnly>(array.GetArrayLength());
        foreach (var element in array.EnumerateArray())
        {
            string path = string.Create(CultureInfo.InvariantCulture, $"$.days[{days.Count}]");
            Expect(element, JsonValueKind.String, path);
            if (!DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw new OkrJsonException(OkrJsonProblem.InvalidValue, path, $"'{element.GetString()}' is not a day (yyyy-MM-dd).");
            }

            if (days.Count > 0 && day <= days[^1])
            {
                throw new OkrJsonException(OkrJsonProblem.InvalidValue, path, string.Create(CultureInfo.InvariantCulture, $"the days must be ascending and distinct: {day:yyyy-MM-dd} follows {days[^1]:yyyy-MM-dd}."));
            }

            days.Add(day);
        }

        return days.MoveToImmutable();
    }

    private static SeriesPoint[] ReadPoints(JsonElement item, string path, ImmutableArray<DateOnly> days)
    {
        var progress = Numbers(item, "progress", path, days.Length, required: true);
        var value = Numbers(item, "value", path, days.Length, required: false);
        var expected = Numbers(item, "expectedProgress", path, days.Length, required: false);
        var confidence = Numbers(item, "confidence", path, days.Length, required: false);
        var score = Numbers(item, "score", path, days.Length, required: true);
        var status = Array(item, "status", path, days.Length, required: true)!;
        var grade = Array(item, "grade", path, days.Length, required: true)!;
        var overridden = Array(item, "progressOverridden", path, days.Length, required: false);
        var points = new SeriesPoint[days.Length];
        for (int d = 0; d < days.Length; d++)
        {
            string at = string.Create(CultureInfo.InvariantCulture, $"[{d}]");
            bool isOverridden = false;
            if (overridden is { } flags)
            {
                var flag = flags[d];
                isOverridden = flag.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => throw new OkrJsonException(OkrJsonProblem.WrongType, path + ".progressOverridden" + at, $"expected true or false, found {Describe(flag.ValueKind)}."),
                };
            }

            if (score[d] is { } s && (s < 0m || s > 1m))
            {
                throw new OkrJsonException(OkrJsonProblem.InvalidValue, path + ".score" + at, string.Create(CultureInfo.InvariantCulture, $"a score is between 0 and 1; found {s}."));
            }

            points[d] = new SeriesPoint(
                days[d],
                progress[d] is { } p ? Progress.FromRatio(p) : null,
                value[d],
                expected[d] is { } e ? Progress.FromRatio(e) : null,
                ParseEnum<OkrStatus>(Expected(status[d], JsonValueKind.String, path + ".status" + at), path + ".status" + at),
                confidence[d],
                score[d],
                ParseEnum<Grade>(Expected(grade[d], JsonValueKind.String, path + ".grade" + at), path + ".grade" + at),
                isOverridden);
        }

        return points;
    }

    private static decimal?[] Numbers(JsonElement item, string name, string path, int days, bool required)
    {
        var numbers = new decimal?[days];
        if (Array(item, name, path, days, required) is not { } elements)
        {
            return numbers;
        }

        for (int d = 0; d < days; d++)
        {
            var element = elements[d];
            string at = string.Create(CultureInfo.InvariantCulture, $"{path}.{name}[{d}]");
            numbers[d] = element.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Number => element.TryGetDecimal(out decimal n) ? n : throw new OkrJsonException(OkrJsonProblem.NumberOutOfRange, at, $"{element.GetRawText()} is beyond the range of a decimal."),
                _ => throw new OkrJsonException(OkrJsonProblem.WrongType, at, $"expected a number or null, found {Describe(element.ValueKind)}."),
            };
        }

        return numbers;
    }

    private static JsonElement[]? Array(JsonElement item, string name, string path, int days, bool required)
    {
        if (!item.TryGetProperty(name, out var array))
        {
            return required ? throw new OkrJsonException(OkrJsonProblem.MissingProperty, path, $"the property '{name}' is missing.") : null;
        }

        Expect(array, JsonValueKind.Array, path + "." + name);
        if (array.GetArrayLength() != days)
        {
            throw new OkrJsonException(OkrJsonProblem.InvalidValue, path + "." + name, string.Create(CultureInfo.InvariantCulture, $"expected one entry per day ({days}), found {array.GetArrayLength()}."));
        }

        return [.. array.EnumerateArray()];
    }

    private static JsonElement Property(JsonElement owner, string name, string path, JsonValueKind kind)
    {
        if (!owner.TryGetProperty(name, out var value))
        {
            throw new OkrJsonException(OkrJsonProblem.MissingProperty, path, $"the property '{name}' is missing.");
        }

        return Expected(value, kind, path + "." + name);
    }

    private static JsonElement Expected(JsonElement element, JsonValueKind kind, string path)
    {
        Expect(element, kind, path);
        return element;
    }

    private static void Expect(JsonElement element, JsonValueKind kind, string path)
    {
        if (element.ValueKind != kind)
        {
            throw new OkrJsonException(OkrJsonProblem.WrongType, path, $"expected {Describe(kind)}, found {Describe(element.ValueKind)}.");
        }
    }

    private static TEnum ParseEnum<TEnum>(JsonElement element, string path)
        where TEnum : struct, Enum =>
        JsonText.TryParseEnum(element.GetString()!, out TEnum value) && JsonText.EnumName(value) == element.GetString()
            ? value
            : throw new OkrJsonException(OkrJsonProblem.InvalidValue, path, $"'{element.GetString()}' is not one of {JsonText.EnumNames<TEnum>()}.");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };
}
