using System.Text.RegularExpressions;

namespace Okr.Core.Tests.Docs;

/// <summary>Every C# block in README.md and docs/*.md is compiled code: it matches a snippet region in a test project.</summary>
public partial class DocumentationSnippetTests
{
    private static string Normalize(IEnumerable<string> lines)
    {
        var list = lines.Where(l => l.Trim().Length > 0 && !UsingDirective().IsMatch(l)).ToList();
        int indent = list.Count == 0 ? 0 : list.Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", list.Select(l => l[indent..].TrimEnd()));
    }

    private static Dictionary<string, string> Snippets()
    {
        var snippets = new Dictionary<string, string>();
        var testsRoot = Path.Combine(ReadmeTests.RepositoryRoot(), "tests");
        var sources = Directory.EnumerateFiles(testsRoot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var file in sources)
        {
            var lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                var match = BeginSnippet().Match(lines[i]);
                if (match.Success)
                {
                    var body = lines.Skip(i + 1).TakeWhile(l => !l.Contains("// end-snippet", StringComparison.Ordinal));
                    snippets[match.Groups[1].Value] = Normalize(body).Replace("console.WriteLine", "Console.WriteLine", StringComparison.Ordinal);
                }
            }
        }

        return snippets;
    }

    public static TheoryData<string> DocumentFiles()
    {
        string root = ReadmeTests.RepositoryRoot();
        var files = new TheoryData<string> { "README.md" };
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md"))
        {
            files.Add(Path.GetRelativePath(root, file));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(DocumentFiles))]
    public void CSharpBlocks_AreCompiledSnippets(string document)
    {
        var snippets = Snippets();
        string text = File.ReadAllText(Path.Combine(ReadmeTests.RepositoryRoot(), document)).Replace("\r\n", "\n");
        var blocks = CSharpBlock().Matches(text);
        foreach (Match block in blocks)
        {
            string code = Normalize(block.Groups[1].Value.Split('\n'));
            Assert.True(snippets.ContainsValue(code), $"{document}: this C# block is not a compiled snippet:\n{code}");
        }
    }

    [GeneratedRegex(@"^using [\w.]+;$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"// begin-snippet: ([\w-]+)")]
    private static partial Regex BeginSnippet();

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
