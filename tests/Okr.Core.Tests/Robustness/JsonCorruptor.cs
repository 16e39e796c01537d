using System.Text;
using System.Text.Json.Nodes;

namespace Okr.Core.Tests.Robustness;

/// <summary>
/// Corrupts a valid JSON document, reproducibly from a <see cref="Random"/>: byte flips, truncation, type swaps, extreme
/// numbers and dates, duplicated and dangling ids, and alignment cycles. Used by the corruption properties of the plan
/// reader and of the importers.
/// </summary>
internal static class JsonCorruptor
{
    private static readonly string[] ExtremeNumbers =
    [
        "79228162514264337593543950335", "-79228162514264337593543950335", "7.9228162514264337593543950335", "0.0000000000000000000000000001",
        "1e28", "-1e28", "1e-28", "0", "-0", "-1", "1e400", "1e-400", "2147483648", "-2147483649", "12345678901234567890.123456789", "0.5",
    ];

    private static readonly string[] ExtremeDays = ["0001-01-01", "9999-12-31", "0001-01-02", "9999-12-30", "2026-02-29", "2028-02-29"];

    private static readonly string[] ExtremeMoments =
    [
        "0001-01-01T00:00:00+00:00", "9999-12-31T23:59:59+00:00", "0001-01-01T00:00:00-14:00", "9999-12-31T23:59:59+14:00",
        "0001-01-01T12:00:00+14:00", "9999-12-31T12:00:00-14:00",
    ];

    /// <summary>One corruption of <paramref name="json"/>; <paramref name="what"/> says which, for the failure message.</summary>
    public static byte[] Corrupt(string json, Random random, out string what)
    {
        switch (random.Next(9))
        {
            case 0:
                what = "byte flips";
                return FlipBytes(Encoding.UTF8.GetBytes(json), random);
            case 1:
                byte[] bytes = Encoding.UTF8.GetBytes(json);
                int length = random.Next(bytes.Length);
                what = $"truncated at {length}";
                return bytes[..length];
            default:
                var root = JsonNode.Parse(json)!;
                what = Structural(root, random);
                return Encoding.UTF8.GetBytes(root.ToJsonString());
        }
    }

    private static byte[] FlipBytes(byte[] bytes, Random random)
    {
        int flips = 1 + random.Next(4);
        for (int i = 0; i < flips; i++)
        {
            int at = random.Next(bytes.Length);
            bytes[at] = random.Next(3) switch
            {
                0 => (byte)random.Next(256),
                1 => (byte)(bytes[at] ^ (1 << random.Next(8))),
                _ => "{}[]\",:0-e.\\"u8[random.Next(12)],
            };
        }

        return bytes;
    }

    private static string Structural(JsonNode root, Random random)
    {
        var values = new List<JsonNode>();
        var stack = new Stack<JsonNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            values.Add(node);
            IEnumerable<JsonNode?> children = node switch
            {
                JsonObject o => o.Select(p => p.Value),
                JsonArray a => a,
                _ => [],
            };
            foreach (var child in children)
            {
                if (child is not null)
                {
                    stack.Push(child);
                }
            }
        }

        var strings = values.Where(v => v is JsonValue value && value.TryGetValue<string>(out _)).ToList();
        var numbers = values.Where(v => v is JsonValue value && !value.TryGetValue<string>(out _) && !value.TryGetValue<bool>(out _)).ToList();
        var ids = values.OfType<JsonObject>().Where(o => o["id"] is JsonValue).ToList();
        switch (random.Next(7))
        {
            case 0:
                return SwapType(values[random.Next(values.Count)], random);
            case 1 when numbers.Count > 0:
                var number = numbers[random.Next(numbers.Count)];
                string extreme = ExtremeNumbers[random.Next(ExtremeNumbers.Length)];
                Replace(number, JsonNode.Parse(extreme));
                return $"number at {number.GetPath()} -> {extreme}";
            case 2 when strings.Count > 0:
                var text = strings[random.Next(strings.Count)];
                string value = text.GetValue<string>();
                string replacement = value.Contains('T', StringComparison.Ordinal) && value.Length > 18 ? ExtremeMoments[random.Next(ExtremeMoments.Length)]
                    : value.Length == 10 && value[4] == '-' ? ExtremeDays[random.Next(ExtremeDays.Length)]
                    : random.Next(2) == 0 ? ExtremeMoments[random.Next(ExtremeMoments.Length)] : ExtremeDays[random.Next(ExtremeDays.Length)];
                Replace(text, JsonValue.Create(replacement));
                return $"string at {text.GetPath()} -> {replacement}";
            case 3 when ids.Count > 1:
                var (first, second) = (ids[random.Next(ids.Count)], ids[random.Next(ids.Count)]);
                second["id"] = first["id"]!.DeepClone();
                return $"id at {second.GetPath()} duplicated from {first.GetPath()}";
            case 4 when strings.Count > 0:
                var reference = strings.Where(s => s.GetPath().Contains("targetId", StringComparison.Ordinal) || s.GetPath().Contains("dependsOn", StringComparison.Ordinal) || s.GetPath().EndsWith(".id", StringComparison.Ordinal)).ToList();
                var dangling = reference.Count > 0 ? reference[random.Next(reference.Count)] : strings[random.Next(strings.Count)];
                Replace(dangling, JsonValue.Create("nowhere-" + random.Next(3)));
                return $"reference at {dangling.GetPath()} -> dangling";
            case 5 when ids.Count > 1:
                return Cycle(root, random);
            default:
                var target = values[random.Next(values.Count)];
                if (target.Parent is JsonObject parentObject)
                {
                    string name = target.GetPropertyName();
                    parentObject.Remove(name);
                    return $"removed {target.GetPath()}";
                }

                return SwapType(target, random);
        }
    }

    /// <summary>Aligns an objective to one of its own key results, or to an objective aligned below it.</summary>
    private static string Cycle(JsonNode root, Random random)
    {
        if (root["objectives"] is not JsonArray objectives || objectives.Count == 0 || objectives[random.Next(objectives.Count)] is not JsonObject objective)
        {
            return "no cycle possible";
        }

        string? target = objective["keyResults"] is JsonArray { Count: > 0 } keyResults && keyResults[0] is JsonObject kr && kr["id"] is JsonValue id
            ? id.ToString()
            : objective["id"]?.ToString();
        objective["alignment"] = new JsonObject { ["kind"] = target == objective["id"]?.ToString() ? "objective" : "keyResult", ["targetId"] = target };
        return $"cycle: {objective.GetPath()} aligned to {target}";
    }

    private static string SwapType(JsonNode node, Random random)
    {
        JsonNode? replacement = random.Next(6) switch
        {
            0 => JsonValue.Create("text"),
            1 => JsonValue.Create(42),
            2 => JsonValue.Create(true),
            3 => null,
            4 => new JsonObject(),
            _ => new JsonArray(),
        };
        string path = node.GetPath();
        if (node.Parent is null)
        {
            return "root kept";
        }

        Replace(node, replacement);
        return $"type swap at {path} -> {replacement?.ToJsonString() ?? "null"}";
    }

    private static void Replace(JsonNode node, JsonNode? replacement)
    {
        switch (node.Parent)
        {
            case JsonObject o:
                o[node.GetPropertyName()] = replacement;
                break;
            case JsonArray a:
                a[node.GetElementIndex()] = replacement;
                break;
        }
    }
}
