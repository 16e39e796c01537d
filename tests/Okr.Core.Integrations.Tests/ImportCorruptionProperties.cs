using System.Text;
using Okr.Core.Tests.Robustness;

namespace Okr.Core.Integrations.Tests;

/// <summary>
/// Corrupts valid exports of every importer (byte flips and truncation for all; type swaps, extreme numbers and dates,
/// duplicated and dangling ids for JSON) and checks that nothing escapes: each import either throws the documented
/// <see cref="ImportFormatException"/> with a location, or returns a result (bad rows reported as problems).
/// Seeded, so a failure names the seed that reproduces it.
/// </summary>
public sealed class ImportCorruptionProperties
{
    private const int CasesPerSeed = 120;

    public static TheoryData<string, string, int> Seeds()
    {
        var data = new TheoryData<string, string, int>();
        (string Tool, string File)[] inputs =
        [
            ("jira-json", "jira-search.json"), ("jira-json", "jira-webhook-updated.json"), ("jira-csv", "jira-cloud-export.csv"),
            ("asana-json", "asana-task-legacy.json"), ("asana-csv", "asana-export.csv"), ("clickup", "clickup-list-tasks.json"),
            ("monday", "monday-items-page.json"), ("msproject", "mspdi-relaunch.xml"),
        ];
        foreach (var (tool, file) in inputs)
        {
            for (int seed = 1; seed <= 2; seed++)
            {
                data.Add(tool, file, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CorruptedExport_IsRefusedWithALocationOrImportedWithProblems(string tool, string file, int seed)
    {
        string original = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", file));
        var random = new Random((file.Length * 1000) + seed);
        int refused = 0;
        for (int i = 0; i < CasesPerSeed; i++)
        {
            string what;
            byte[] corrupted = file.EndsWith(".json", StringComparison.Ordinal)
                ? JsonCorruptor.Corrupt(original, random, out what)
                : Text(original, random, out what);
            try
            {
                var result = Import(tool, new MemoryStream(corrupted));
                Assert.All(result.Report.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Location)));
                Assert.All(result.WorkItems, w => Assert.False(string.IsNullOrWhiteSpace(w.Id)));
            }
            catch (ImportFormatException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Location));
                refused++;
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"{file}, seed {seed}, case {i} ({what}): {e.GetType().Name}: {e.Message}\n{Excerpt(corrupted)}\n{e.StackTrace}");
            }
        }

        Assert.InRange(refused, 0, CasesPerSeed - 1);
    }

    /// <summary>Byte flips (including invalid UTF-8 and delimiters) or a truncation of a text export.</summary>
    private static byte[] Text(string text, Random random, out string what)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        if (random.Next(3) == 0)
        {
            int length = random.Next(bytes.Length);
            what = $"truncated at {length}";
            return bytes[..length];
        }

        int flips = 1 + random.Next(4);
        for (int i = 0; i < flips; i++)
        {
            bytes[random.Next(bytes.Length)] = random.Next(2) == 0 ? (byte)random.Next(256) : ",\"\n<>/&;-:0"u8[random.Next(11)];
        }

        what = $"{flips} byte flip(s)";
        return bytes;
    }

    private static ImportResult Import(string tool, Stream input) => tool switch
    {
        "jira-json" => JiraJsonImporter.Import(input, new JiraImportOptions { KeyResultId = "kr-1" }),
        "jira-csv" => JiraCsvImporter.Import(input, new JiraImportOptions { KeyResultId = "kr-1" }),
        "asana-json" => AsanaJsonImporter.Import(input, new AsanaImportOptions { KeyResultId = "kr-1" }),
        "asana-csv" => AsanaCsvImporter.Import(input, new AsanaImportOptions { KeyResultId = "kr-1" }),
        "clickup" => ClickUpJsonImporter.Import(input, new ClickUpImportOptions { KeyResultId = "kr-1" }),
        "monday" => MondayJsonImporter.Import(input, new MondayImportOptions { KeyResultId = "kr-1" }),
        "msproject" => MsProjectXmlImporter.Import(input, new MsProjectImportOptions { KeyResultId = "kr-1" }),
        _ => throw new ArgumentOutOfRangeException(nameof(tool)),
    };

    private static string Excerpt(byte[] corrupted)
    {
        string text = Encoding.UTF8.GetString(corrupted);
        return text.Length <= 3000 ? text : text[..3000] + "…";
    }
}
