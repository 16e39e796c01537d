using System.Text;

namespace Okr.Core.Integrations.Tests;

/// <summary>Inputs a corruption run found escaping the importers' documented behaviour (issue 13, defects 2 to 4).</summary>
public sealed class ImporterDefectTests
{
    /// <summary>The text with the marker replaced by a byte sequence that is not UTF-8 (a lone continuation byte and an overlong form).</summary>
    private static MemoryStream WithInvalidUtf8(string text)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        int at = text.IndexOf('§', StringComparison.Ordinal);
        int byteAt = Encoding.UTF8.GetByteCount(text[..at]);
        byte[] bad = [0x80, 0xC0, 0xAF];
        return new MemoryStream([.. utf8[..byteAt], .. bad, .. utf8[(byteAt + 2)..]]);
    }

    public static TheoryData<string, string, string> InvalidUtf8Cases => new()
    {
        { "jira", """{"issues":[{"key":"A-1","fields":{"summary":"ok"}},{"key":"A-2","fields":{"summary":"bad §"}}]}""", "$.issues[1].fields.summary" },
        { "jira", """{"issues":[{"key":"A-1","fields":{"summary":"ok","labels":["x","§"]}}]}""", "$.issues[0].fields.labels[1]" },
        { "jira", """{"timestamp":1,"issue":{"key":"A-1","fie§":{"summary":"ok"}}}""", "$.issue (a property name)" },
        { "asana", """{"data":[{"gid":"11","name":"Design §"}]}""", "$.data[0].name" },
        { "clickup", """{"tasks":[{"id":"1","name":"§","status":{"status":"open"}}]}""", "$.tasks[0].name" },
        { "monday", """{"data":{"boards":[{"id":"1","name":"B","items_page":{"items":[{"id":"7","name":"§"}]}}]}}""", "$.data" },
        { "jira", """{"issues":[{"key":"A-1","fields":{"summary":"lone \ud800 surrogate"}}]}""", "$.issues[0].fields.summary" },
    };

    [Theory]
    [MemberData(nameof(InvalidUtf8Cases))]
    public void Import_InvalidUtf8InAString_ThrowsImportFormatExceptionNamingThePath(string tool, string json, string path)
    {
        using var input = json.Contains('§', StringComparison.Ordinal) ? WithInvalidUtf8(json) : new MemoryStream(Encoding.UTF8.GetBytes(json));

        var ex = Assert.Throws<ImportFormatException>(() => Import(tool, input));

        Assert.StartsWith(path, ex.Location, StringComparison.Ordinal);
        Assert.Contains("UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_EscapedSurrogatePair_IsReadAsText()
    {
        using var input = Fixture.FromText("""{"issues":[{"key":"A-1","fields":{"summary":"rocket \ud83d\ude80"}}]}""");

        var item = Assert.Single(JiraJsonImporter.Import(input, new JiraImportOptions { KeyResultId = "kr-1" }).WorkItems);

        Assert.Equal("rocket \U0001F680", item.Title);
    }

    [Theory]
    [InlineData("9223372036854775807")]
    [InlineData("-9223372036854775808")]
    [InlineData("253402300800000")]
    [InlineData("1e300")]
    [InlineData("\"yesterday\"")]
    public void Import_WebhookTimestampOutOfRange_IsAProblemOfTheIssue(string timestamp)
    {
        using var input = Fixture.FromText("{\"timestamp\":" + timestamp + ""","issue":{"key":"W-1","fields":{"summary":"Hook","status":{"name":"Done"}}}}""");

        var result = JiraJsonImporter.Import(input, new JiraImportOptions { KeyResultId = "kr-1" });

        var item = Assert.Single(result.WorkItems);
        Assert.Null(item.LastSyncedAt);
        var problem = Assert.Single(result.Report.Problems);
        Assert.Equal(("$.timestamp", "W-1", ImportProblemSeverity.Warning), (problem.Location, problem.Key, problem.Severity));
        Assert.Contains("timestamp", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WebhookTimestampAtTheEdges_IsRead()
    {
        using var input = Fixture.FromText("""{"timestamp":253402300799999,"issue":{"key":"W-1","fields":{"summary":"Hook"}}}""");

        var item = Assert.Single(JiraJsonImporter.Import(input, new JiraImportOptions { KeyResultId = "kr-1" }).WorkItems);

        Assert.Equal(DateTimeOffset.MaxValue.UtcTicks - 9_999, item.LastSyncedAt!.Value.UtcTicks);
    }

    [Fact]
    public void Import_MspdiTaskNestedAbsurdlyDeep_IsRefusedNamingTheTask()
    {
        const int Depth = 100_000;
        var xml = new StringBuilder("""<Project xmlns="http://schemas.microsoft.com/project"><Tasks><Task><UID>1</UID><Name>ok</Name></Task><Task><UID>2</UID>""");
        xml.Insert(xml.Length, "<x>", Depth).Append("deep").Insert(xml.Length, "</x>", Depth).Append("</Task></Tasks></Project>");
        using var input = Fixture.FromText(xml.ToString());

        var ex = Assert.Throws<ImportFormatException>(() => MsProjectXmlImporter.Import(input, new MsProjectImportOptions { KeyResultId = "kr-1" }));

        Assert.Equal("/Project/Tasks/Task[2]", ex.Location);
        Assert.Contains("64 levels", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MspdiTaskWithNestingWithinTheLimit_IsRead()
    {
        var xml = new StringBuilder("""<Project xmlns="http://schemas.microsoft.com/project"><Tasks><Task><UID>2</UID><Name>Nested</Name><ExtendedAttribute>""");
        xml.Insert(xml.Length, "<x>", 60).Append("v").Insert(xml.Length, "</x>", 60).Append("</ExtendedAttribute><PredecessorLink><PredecessorUID>9</PredecessorUID></PredecessorLink></Task></Tasks></Project>");
        using var input = Fixture.FromText(xml.ToString());

        var item = Assert.Single(MsProjectXmlImporter.Import(input, new MsProjectImportOptions { KeyResultId = "kr-1" }).WorkItems);

        Assert.Equal("Nested", item.Title);
    }

    private static ImportResult Import(string tool, Stream input) => tool switch
    {
        "jira" => JiraJsonImporter.Import(input, new JiraImportOptions { KeyResultId = "kr-1" }),
        "asana" => AsanaJsonImporter.Import(input, new AsanaImportOptions { KeyResultId = "kr-1" }),
        "clickup" => ClickUpJsonImporter.Import(input, new ClickUpImportOptions { KeyResultId = "kr-1" }),
        "monday" => MondayJsonImporter.Import(input, new MondayImportOptions { KeyResultId = "kr-1" }),
        _ => throw new ArgumentOutOfRangeException(nameof(tool)),
    };
}
