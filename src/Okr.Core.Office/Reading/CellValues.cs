namespace Okr.Core.Office;

/// <summary>Turns stored cells into the values an OKR row holds: numbers (from numbers or text such as <c>1,200</c>,
/// <c>45%</c>, <c>$3.5</c>), percentages, days, statuses, weights and confidences. Each returns false (and a reason)
/// when the cell holds something else; an empty cell is "absent", not an error.</summary>
internal static partial class CellValues
{
    private static readonly string[] DayFormats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d", "dd.MM.yyyy", "d.M.yyyy", "d MMM yyyy", "d MMMM yyyy",
        "MMM d, yyyy", "MMMM d, yyyy", "MMM d yyyy", "d-MMM-yy", "d-MMM-yyyy", "yyyyMMdd",
    ];

    /// <summary>A number: a numeric cell (a percent-formatted one is its ratio, 0.45 for 45%), or text with optional
    /// thousands separators, currency sign or trailing % (then the number before the sign, 45 for "45%").</summary>
    public static bool TryNumber(SheetCell cell, out decimal value, out bool percent)
    {
        percent = cell.Style.IsPercent;
        value = 0m;
        switch (cell.Kind)
        {
            case CellKind.Number:
                value = cell.Number;
                return true;
            case CellKind.Text:
                string text = cell.Text!.Trim();
                if (text.EndsWith('%'))
                {
                    percent = true;
                    text = text[..^1].TrimEnd();
                    if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value))
                    {
                        value /= 100m;
                        return true;
                    }

                    return false;
                }

                text = text.TrimStart('$', '€', '£', '¥').Trim();
                return decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
            default:
                return false;
        }
    }

    /// <summary>A percentage as 0 to 100: a percent-formatted number or text with % (45% is 45), a plain number from 0 to
    /// 1 as a ratio (0.45 is 45, 1 is 100), a larger plain number as the percentage itself (45 is 45).</summary>
    public static bool TryPercent(SheetCell cell, out decimal percent)
    {
        if (!TryNumber(cell, out decimal value, out bool isPercent))
        {
            percent = 0m;
            return false;
        }

        percent = isPercent || (value >= 0m && value <= 1m) ? value * 100m : value;
        return true;
    }

    /// <summary>A confidence from 0 to 1: a percentage or a ratio, or a score out of 10 (7 is 0.7).</summary>
    public static bool TryConfidence(SheetCell cell, out decimal confidence)
    {
        confidence = 0m;
        if (!TryNumber(cell, out decimal value, out bool isPercent) || value < 0m)
        {
            return TryConfidenceWord(cell, out confidence);
        }

        confidence = isPercent || value <= 1m ? value : value <= 10m ? value / 10m : value <= 100m ? value / 100m : -1m;
        return confidence is >= 0m and <= 1m;
    }

    private static bool TryConfidenceWord(SheetCell cell, out decimal confidence)
    {
        confidence = HeaderNames.Normalize(cell.AsText()) switch
        {
            "high" => 0.9m,
            "medium" or "mid" => 0.5m,
            "low" => 0.2m,
            _ => -1m,
        };
        return confidence >= 0m;
    }

    /// <summary>A day: a date-formatted serial, a plain number in the serial range (on a date column), or text in ISO 8601
    /// or a common unambiguous form (2026-05-20, 20.05.2026, 20 May 2026, May 20, 2026).</summary>
    public static bool TryDay(SheetCell cell, out DateTimeOffset moment)
    {
        moment = default;
        switch (cell.Kind)
        {
            case CellKind.Number when ExcelDate.ToDateTime(cell.Number) is { } clock:
                moment = new DateTimeOffset(DateTime.SpecifyKind(clock, DateTimeKind.Unspecified), TimeSpan.Zero);
                return true;
            case CellKind.Text:
                string text = cell.Text!.Trim();
                if (DateTime.TryParseExact(text, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    moment = new DateTimeOffset(day, TimeSpan.Zero);
                    return true;
                }

                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out moment)
                    && (text.Contains('-') || text.Contains('T')))
                {
                    return true;
                }

                moment = default;
                return false;
            default:
                return false;
        }
    }

    /// <summary>A reported status from the usual words and traffic-light colours; null for "not scored".</summary>
    public static bool TryStatus(string text, out OkrStatus? status)
    {
        status = HeaderNames.Normalize(text) switch
        {
            "ontrack" or "green" or "good" or "ok" or "fine" or "progressing" => OkrStatus.OnTrack,
            "behind" or "yellow" or "amber" or "slightlybehind" or "needsattention" or "attention" or "delayed" => OkrStatus.Behind,
            "atrisk" or "red" or "offtrack" or "risk" or "critical" or "blocked" => OkrStatus.AtRisk,
            "achieved" or "done" or "complete" or "completed" or "met" or "reached" => OkrStatus.Achieved,
            "notstarted" or "new" or "todo" or "open" or "planned" => OkrStatus.NotStarted,
            "closed" => OkrStatus.Closed,
            "notscored" or "" => null,
            _ => (OkrStatus)(-1),
        };
        if (status == (OkrStatus)(-1))
        {
            status = null;
            return false;
        }

        return true;
    }

    /// <summary>A weight: a percent-formatted number or text with % is a fixed share (30% or "30% fixed"), a plain
    /// number or "2x" a multiplier.</summary>
    public static bool TryWeight(SheetCell cell, out ContributionWeight weight)
    {
        weight = ContributionWeight.Default;
        string text = cell.AsText().Trim();
        if (cell.Kind == CellKind.Text && text.EndsWith("fixed", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^5].Trim();
        }

        if (cell.Kind == CellKind.Text && text.EndsWith('x') && decimal.TryParse(text[..^1], NumberStyles.Number, CultureInfo.InvariantCulture, out decimal times) && times >= 0m)
        {
            weight = ContributionWeight.Times(times);
            return true;
        }

        var probe = cell.Kind == CellKind.Text ? cell with { Text = text } : cell;
        if (!TryNumber(probe, out decimal value, out bool percent) || value < 0m)
        {
            return false;
        }

        if (percent)
        {
            if (value > 1m)
            {
                return false;
            }

            weight = ContributionWeight.FixedShare(value * 100m);
            return true;
        }

        weight = ContributionWeight.Times(value);
        return true;
    }

    /// <summary>A unit: <c>number</c>, <c>percent</c> or <c>%</c>, an ISO currency code, or a currency sign.</summary>
    public static bool TryUnit(string text, out MetricUnit unit)
    {
        unit = MetricUnit.Number;
        string trimmed = text.Trim();
        switch (trimmed)
        {
            case "":
                return true;
            case "%":
                unit = MetricUnit.Percent;
                return true;
            case "$":
                unit = MetricUnit.Currency("USD");
                return true;
            case "€":
                unit = MetricUnit.Currency("EUR");
                return true;
            case "£":
                unit = MetricUnit.Currency("GBP");
                return true;
        }

        try
        {
            unit = MetricUnit.Parse(trimmed);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>A period: <c>yyyy-MM-dd..yyyy-MM-dd</c>, <c>2026-Q2</c>, <c>2026 Q2</c>, <c>Q2 2026</c>, <c>Q2-2026</c>,
    /// <c>Q2/26</c> or a year <c>2026</c>.</summary>
    public static bool TryPeriod(string text, out Period period)
    {
        period = default;
        string trimmed = text.Trim();
        if (trimmed.Contains("..", StringComparison.Ordinal))
        {
            try
            {
                period = Period.Parse(trimmed);
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        var match = QuarterPattern().Match(trimmed);
        if (match.Success)
        {
            string yearText = match.Groups["y1"].Success ? match.Groups["y1"].Value : match.Groups["y2"].Value;
            int quarter = int.Parse(match.Groups["q1"].Success ? match.Groups["q1"].Value : match.Groups["q2"].Value, CultureInfo.InvariantCulture);
            int year = int.Parse(yearText, CultureInfo.InvariantCulture);
            year = yearText.Length == 2 ? 2000 + year : year;
            if (quarter is >= 1 and <= 4 && year is >= 1 and <= 9999)
            {
                period = Period.Quarter(year, quarter);
                return true;
            }

            return false;
        }

        if (trimmed.Length == 4 && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out int wholeYear) && wholeYear >= 1)
        {
            period = Period.Year(wholeYear);
            return true;
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?<y1>\d{4})\s*[-/ ]?\s*Q(?<q1>\d)|Q(?<q2>\d)\s*[-/ ]?\s*(?:FY)?(?<y2>\d{4}|\d{2}))$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex QuarterPattern();
}
