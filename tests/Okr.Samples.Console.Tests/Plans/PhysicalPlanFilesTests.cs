using Okr.Samples.Cli.Plans;

namespace Okr.Samples.Cli.Tests.Plans;

public sealed class PhysicalPlanFilesTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("okr-files-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void WriteAllTextAtomic_NewFile_WritesText()
    {
        string path = Path.Combine(directory, "plan.json");

        new PhysicalPlanFiles().WriteAllTextAtomic(path, "{\"a\": \"é\"}");

        Assert.Equal("{\"a\": \"é\"}", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(directory));
    }

    [Fact]
    public void WriteAllTextAtomic_ExistingFile_ReplacesWholeContent()
    {
        string path = Path.Combine(directory, "plan.json");
        File.WriteAllText(path, new string('x', 5000));

        new PhysicalPlanFiles().WriteAllTextAtomic(path, "short");

        Assert.Equal("short", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(directory));
    }

    [Fact]
    public void WriteAllTextAtomic_FailureMidWrite_LeavesOriginalUntouchedAndNoTemporaryFile()
    {
        string path = Path.Combine(directory, "plan.json");
        const string original = "{\"objectives\": []}";
        File.WriteAllText(path, original);
        var files = new PhysicalPlanFiles(stream => new FailingStream(stream, limit: 10));

        Assert.Throws<IOException>(() => files.WriteAllTextAtomic(path, "{\"objectives\": [\"a much longer new content\"]}"));

        Assert.Equal(original, File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(directory));
    }

    [Fact]
    public void WriteAllTextAtomic_KeepsUnixPermissionsOfTheReplacedFile()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string path = Path.Combine(directory, "plan.json");
        File.WriteAllText(path, "old");
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, mode);

        new PhysicalPlanFiles().WriteAllTextAtomic(path, "new");

        Assert.Equal(mode, File.GetUnixFileMode(path));
    }

    [Fact]
    public void IsReadOnly_FileWithoutWritePermission_IsTrue()
    {
        string path = Path.Combine(directory, "plan.json");
        File.WriteAllText(path, "{}");
        Assert.False(new PhysicalPlanFiles().IsReadOnly(path));

        File.SetAttributes(path, FileAttributes.ReadOnly);

        Assert.True(new PhysicalPlanFiles().IsReadOnly(path));
        File.SetAttributes(path, FileAttributes.Normal);
    }
}
