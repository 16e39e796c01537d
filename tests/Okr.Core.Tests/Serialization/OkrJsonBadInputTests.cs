using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Okr.Core.Serialization;
using Okr.Core.Tests.Generators;

namespace Okr.Core.Tests.Serialization;

public sealed class OkrJsonBadInputTests
{
    private const string Objective = """{"id":"o1","title":"T","period":{"start":"2026-04-01","end":"2026-06-30"}""";

    public static TheoryData<string, OkrJsonProblem, string> Cases => new()
    {
        { """{"schemaVersion":1,"objectives":[""", OkrJsonProblem.Malformed, "$.objectives" },
        { """{"schemaVersion":1,}""", OkrJsonProblem.Malformed, "$" },
        { """[1]""", OkrJsonProblem.WrongType, "$" },
        { """{"schemaVersion":1} x""", OkrJsonProblem.Malformed, "$" },
        { """{"schemaVersion":"1"}""", OkrJsonProblem.WrongType, "$.schemaVersion" },
        { """{"schemaVersion":2}""", OkrJsonProblem.UnsupportedVersion, "$.schemaVersion" },
        { """{"objectives":[]}""", OkrJsonProblem.MissingProperty, "$" },
        { """{"schemaVersion":1,"schemaVersion":1}""", OkrJsonProblem.DuplicateProperty, "$.schemaVersion" },
        { """{"schemaVersion":1,"objectives":[{"id":"o1","title":"T"}]}""", OkrJsonProblem.MissingProperty, "$.objectives[0]" },
        { """{"schemaVersion":1,"objectives":[{"id":"o1","title":5}]}""", OkrJsonProblem.WrongType, "$.objectives[0].title" },
        { """{"schemaVersion":1,"objectives":[{"id":" ","title":"x"}]}""", OkrJsonProblem.InvalidValue, "$.objectives[0].id" },
        { """{"schemaVersion":1,"objectives":[{"id":"o1","title":"T","period":{"start":"2026-02-30","end":"2026-06-30"}}]}""", OkrJsonProblem.InvalidValue, "$.objectives[0].period.start" },
        { """{"schemaVersion":1,"objectives":[""" + Objective + ""","keyResults":[{"id":"k","title":"K","kind":{"type":"sigmoid"}}]}]}""", OkrJsonProblem.UnknownKind, "$.objectives[0].keyResults[0].kind.type" },
        { """{"schemaVersion":1,"objectives":[""" + Objective + ""","keyResults":[{"id":"k","title":"K","kind":{"type":"linear","direction":"increase","start":5,"target":1}}]}]}""", OkrJsonProblem.InvalidValue, "$.objectives[0].keyResults[0].kind" },
        { """{"schemaVersion":1,"objectives":[""" + Objective + ""","keyResults":[{"id":"k","title":"K","kind":{"type":"range","lower":1e400,"upper":2}}]}]}""", OkrJsonProblem.NumberOutOfRange, "$.objectives[0].keyResults[0].kind.lower" },
        { """{"schemaVersion":1,"objectives":[""" + Objective + ""","keyResults":[{"id":"k","title":"K","kind":{"type":"range","lower":79228162514264337593543950336,"upper":2}}]}]}""", OkrJsonProblem.NumberOutOfRange, "$.objectives[0].keyResults[0].kind.lower" },
        { """{"schemaVersion":1,"objectives":[""" + Objective + ""","keyResults":[{"id":"k","title":"K","kind":{"type":"range","lower":1e-400,"upper":2}}]}]}""", OkrJsonProblem.NumberOutOfRange, "$.objectives[0].keyResults[0].kind.lower" },
        { """{"schemaVersion":1,"objectives":[""" + Objective + ""","keyResults":[{"id":"k","title":"K","kind":{"type":"range","lower":-0.000000000000000000000000000001,"upper":2}}]}]}""", OkrJsonProblem.NumberOutOfRange, "$.objectives[0].keyResults[0].kind.lower" },
        { """{"schemaVersion":1,"objectives":[""" + Objective + ""","keyResults":[{"id":"k","title":"K","kind":{"type":"range","lower":NaN,"upper":2}}]}]}""", OkrJsonProblem.Malformed, "$.objectives[0].keyResults[0].kind.lower" },
        { """{"schemaVersion":1,"objectives":[""" + Objective + ""","keyResults":[{"id":"k","title":"K","kind":{"type":"range","lower":"Infinity","upper":2}}]}]}""", OkrJsonProblem.WrongType, "$.objectives[0].keyResults[0].kind.lower" },
        { """{"schemaVersion":1,"objectives":[""" + Objective + ""","keyResults":[{"id":"k","title":"K","kind":{"type":"binary"},"checkIns":[{"at":"2026-04-02T10:00:00","value":1}]}]}]}""", OkrJsonProblem.InvalidValue, "$.objectives[0].keyResults[0].checkIns[0].at" },
        { """{"schemaVersion":1,"objectives":[""" + Objective + ""","keyResults":[{"id":"k","title":"K","kind":{"type":"binary"},"checkIns":[{"at":"2026-04-02T10:00:00Z","value":1,"confidence":1.5}]}]}]}""", OkrJsonProblem.InvalidValue, "$.objectives[0].keyResults[0].checkIns[0]" },
        { """{"schemaVersion":1,"scoring":{"rollup":{"name":"s-curve"}}}""", OkrJsonProblem.UnknownStrategy, "$.scoring.rollup" },
        { """{"schemaVersion":1,"scoring":{"rollup":{"name":"pace"}}}""", OkrJsonProblem.UnknownStrategy, "$.scoring.rollup" },
        { """{"schemaVersion":1,"scoring":{"score":{"name":"grade-bands","options":{"greenFrom":"lots"}}}}""", OkrJsonProblem.InvalidValue, "$.scoring.score" },
        { """{"schemaVersion":1,"objectives":[""" + Objective + "}," + Objective + "}]}", OkrJsonProblem.DuplicateId, "$.objectives[1].id" },
        { """{"schemaVersion":1,"objectives":[""" + Objective + ""","alignment":{"kind":"objective","targetId":"nope"}}]}""", OkrJsonProblem.DanglingReference, "$.objectives[0].alignment.targetId" },
        { """{"schemaVersion":1,"objectives":[""" + Objective + ""","alignment":{"kind":"objective","targetId":"o2"}},{"id":"o2","title":"T","period":{"start":"2026-04-01","end":"2026-06-30"},"alignment":{"kind":"objective","targetId":"o1"}}]}""", OkrJsonProblem.AlignmentCycle, "$.objectives[0].alignment.targetId" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Deserialize_BadInput_ThrowsOkrJsonExceptionWithPathAndProblem(string json, OkrJsonProblem problem, string path)
    {
        var e = Assert.Throws<OkrJsonException>(() => OkrJson.Deserialize(json));
        Assert.Equal(problem, e.Problem);
        Assert.Equal(path, e.Path);
        Assert.StartsWith(path + ": ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnknownStrategy_NamesTheStrategy()
    {
        var e = Assert.Throws<OkrJsonException>(() => OkrJson.Deserialize("""{"schemaVersion":1,"scoring":{"rollup":{"name":"s-curve"}}}"""));
        Assert.Contains("'s-curve'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DuplicateId_NamesTheId()
    {
        var e = Assert.Throws<OkrJsonException>(() => OkrJson.Deserialize("""{"schemaVersion":1,"objectives":[""" + Objective + "}," + Objective + "}]}"));
        Assert.Equal(["o1"], e.ItemIds.ToArray());
        Assert.IsType<InvalidPlanException>(e.InnerException);
    }

    [Fact]
    public void Deserialize_NestingBeyondMaxDepth_ThrowsTooDeep()
    {
        string deep = new string('[', 100) + new string(']', 100);
        var e = Assert.Throws<OkrJsonException>(() => OkrJson.Deserialize("""{"schemaVersion":1,"x":""" + deep + "}"));
        Assert.Equal(OkrJsonProblem.TooDeep, e.Problem);
    }

    [Fact]
    public void Deserialize_VeryDeepInput_ThrowsTooDeepWithoutStackOverflow()
    {
        string deep = new string('[', 1_000_000);
        var e = Assert.Throws<OkrJsonException>(() => OkrJson.Deserialize("{\"schemaVersion\":1,\"objectives\":[{\"x\":" + deep));
        Assert.Equal(OkrJsonProblem.TooDeep, e.Problem);
    }

    [Fact]
    public void Deserialize_StreamBeyondMaxDocumentBytes_ThrowsTooLarge()
    {
        var options = OkrJsonOptions.Default with { MaxDocumentBytes = 1000 };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"x\":\"" + new string('a', 5000) + "\"}"));
        var e = Assert.Throws<OkrJsonException>(() => OkrJson.Deserialize(stream, options));
        Assert.Equal(OkrJsonProblem.TooLarge, e.Problem);
    }

    [Fact]
    public async Task DeserializeAsync_StreamBeyondMaxDocumentBytes_ThrowsTooLarge()
    {
        var options = OkrJsonOptions.Default with { MaxDocumentBytes = 1000 };
        using var stream = new MemoryStream(new byte[200_000]);
        var e = await Assert.ThrowsAsync<OkrJsonException>(async () => await OkrJson.DeserializeAsync(stream, options));
        Assert.Equal(OkrJsonProblem.TooLarge, e.Problem);
    }

    [Fact]
    public void Deserialize_EmptyInput_ThrowsMalformed()
    {
        var e = Assert.Throws<OkrJsonException>(() => OkrJson.Deserialize(string.Empty));
        Assert.Equal(OkrJsonProblem.Malformed, e.Problem);
    }

    /// <summary>Random corruptions of valid documents: each either loads into a plan or throws OkrJsonException; nothing else escapes.</summary>
    [Property(MaxTest = 400)]
    public Property Deserialize_CorruptedDocument_LoadsOrThrowsOkrJsonException() =>
        Prop.ForAll(Corrupted.ToArbitrary(), text =>
        {
            try
            {
                var plan = OkrJson.Deserialize(text);
                return plan is not null;
            }
            catch (OkrJsonException)
            {
                return true;
            }
        });

    private static Gen<string> Corrupted { get; } =
        from plan in PlanGenerators.PlanOfSize(3)
        let text = OkrJson.Serialize(plan)
        from kind in Gen.Choose(0, 6)
        from a in Gen.Choose(0, Math.Max(0, text.Length - 1))
        from b in Gen.Choose(0, Math.Max(0, text.Length - 1))
        from c in Gen.Elements('"', '{', '}', '[', ']', ',', ':', '1', '-', 'e', 'x', 'n', '\\', '\u0000', '.')
        from wrong in Gen.Elements("\"s\"", "1", "-1e999", "true", "null", "{}", "[]", "79228162514264337593543950336", "0.1")
        select Corrupt(text, kind, Math.Min(a, b), Math.Max(a, b), c, wrong);

    private static string Corrupt(string text, int kind, int a, int b, char c, string wrong)
    {
        if (text.Length == 0)
        {
            return text;
        }

        switch (kind)
        {
            case 0: // truncation
                return text[..a];
            case 1: // character flip
                return text[..a] + c + text[(a + 1)..];
            case 2: // delete a span
                return text[..a] + text[b..];
            case 3: // duplicate a span (duplicated properties when it lands on one)
                return text[..b] + text[a..b] + text[b..];
            case 4: // delete a property value: replace the value after a colon with a wrong type
            {
                int colon = text.IndexOf(':', a);
                if (colon < 0)
                {
                    return text;
                }

                int end = colon + 1;
                int depth = 0;
                bool inString = false;
                for (; end < text.Length; end++)
                {
                    char ch = text[end];
                    if (inString)
                    {
                        if (ch == '\\') { end++; } else if (ch == '"') { inString = false; }
                        continue;
                    }

                    if (ch == '"') { inString = true; }
                    else if (ch is '{' or '[') { depth++; }
                    else if (ch is '}' or ']') { if (depth == 0) { break; } depth--; }
                    else if (ch == ',' && depth == 0) { break; }
                }

                return text[..(colon + 1)] + wrong + text[end..];
            }

            case 5: // delete a property
            {
                int comma = text.IndexOf(",\"", a, StringComparison.Ordinal);
                int next = comma < 0 ? -1 : text.IndexOf(",\"", comma + 1, StringComparison.Ordinal);
                return comma < 0 || next < 0 ? text : text[..comma] + text[next..];
            }

            default: // byte-level flip through UTF-8
            {
                byte[] bytes = Encoding.UTF8.GetBytes(text);
                bytes[a % bytes.Length] ^= (byte)(1 << (b % 8));
                return Encoding.UTF8.GetString(bytes);
            }
        }
    }
}
