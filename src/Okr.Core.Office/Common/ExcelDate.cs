namespace Okr.Core.Office;

/// <summary>Excel's date serial numbers (1900 date system): day 1 is 1900-01-01 and serial 60 the fictitious
/// 1900-02-29, so serials from 61 on are days since 1899-12-30.</summary>
internal static class ExcelDate
{
    private static readonly DateTime Epoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>The serial of a clock time (whole days plus the fraction of the day).</summary>
    public static decimal Serial(DateTime clock) => (decimal)(clock - Epoch).Ticks / TimeSpan.TicksPerDay;

    /// <summary>The serial of a day.</summary>
    public static int Serial(DateOnly day) => day.DayNumber - DateOnly.FromDateTime(Epoch).DayNumber;

    /// <summary>The clock time of a serial, or null when it is outside 1900-03-01 to 9999-12-31.</summary>
    public static DateTime? ToDateTime(decimal serial)
    {
        if (serial < 61m || serial >= 2958466m)
        {
            return null;
        }

        long ticks = (long)Math.Round(serial * TimeSpan.TicksPerDay / TimeSpan.TicksPerMillisecond, MidpointRounding.AwayFromZero) * TimeSpan.TicksPerMillisecond;
        return Epoch.AddTicks(ticks);
    }
}
