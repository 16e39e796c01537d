namespace Okr.Core.Tests.Model;

/// <summary>A check-in keeps its note, author and unknown JSON properties out of line; setting, copying and comparing
/// them behaves as for any other property.</summary>
public class CheckInTests
{
    private static readonly DateTimeOffset At = new(2026, 5, 3, 10, 30, 0, TimeSpan.FromHours(-5));

    [Fact]
    public void With_ChangingTheNote_LeavesTheOriginalAndTheAuthor()
    {
        var original = new CheckIn(At, 12m) { Note = "first", Author = "ana", Confidence = 0.5m };
        var changed = original with { Note = "second" };

        Assert.Equal("first", original.Note);
        Assert.Equal("second", changed.Note);
        Assert.Equal("ana", changed.Author);
        Assert.Equal(0.5m, changed.Confidence);
        Assert.Equal(At, changed.At);
        Assert.Equal(At.Offset, changed.At.Offset);
    }

    [Fact]
    public void Equality_RareFieldsSetToTheirDefaults_EqualsACheckInWithoutThem()
    {
        var plain = new CheckIn(At, 12m);
        var explicitDefaults = new CheckIn(At, 12m) { Note = null, Author = null, UnknownProperties = UnknownProperties.Empty };

        Assert.Equal(plain, explicitDefaults);
        Assert.Equal(plain.GetHashCode(), explicitDefaults.GetHashCode());
        Assert.NotEqual(plain, plain with { Note = "n" });
        Assert.NotEqual(plain, plain with { Author = "a" });
        Assert.Equal(plain with { Note = "n", Author = "a" }, new CheckIn(At, 12m) { Author = "a", Note = "n" });
    }
}
