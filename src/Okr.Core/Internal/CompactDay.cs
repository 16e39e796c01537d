namespace Okr.Core.Internal;

/// <summary>Stores an optional day in four bytes (its day number, or -1 for none) to keep the model's records small.</summary>
internal static class CompactDay
{
    public const int None = -1;

    public static int From(DateOnly? day) => day?.DayNumber ?? None;

    public static DateOnly? To(int dayNumber) => dayNumber == None ? null : DateOnly.FromDayNumber(dayNumber);
}
