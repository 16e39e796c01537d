using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>
/// One entry of a key result's append-only history: a value measured at a moment, with the owner's confidence,
/// an optional status, a note, the author and where it came from. Back-dated check-ins are allowed.
/// </summary>
/// <param name="At">The moment the value was measured.</param>
/// <param name="Value">The measured value, in the key result's unit. For binary key results 1 is done and 0 not done;
/// for milestones, the number of milestones reached, in order.</param>
/// <remarks>
/// A check-in counts for scoring "as of" a day when <see cref="Day"/>, the calendar date of <see cref="At"/> read in its
/// own offset, is on or before that day. Equality is structural over every property.
/// </remarks>
public sealed record CheckIn(DateTimeOffset At, decimal Value)
{
    // Optional values are stored compactly (a plan holds millions of check-ins): the confidence with a presence flag,
    // the status as its value plus one (0 for none), the source as a byte, and the note, the author and unknown JSON
    // properties out of line (CheckInExtras, shared while empty).
    private readonly long atUtcTicks = At.UtcTicks;
    private readonly short atOffsetMinutes = (short)At.TotalOffsetMinutes;
    private readonly decimal confidence;
    private readonly bool hasConfidence;
    private readonly byte status;
    private readonly byte source;
    private readonly CheckInExtras extras = CheckInExtras.Empty;

    /// <summary>The moment the value was measured, with the offset it was given in.</summary>
    public DateTimeOffset At
    {
        get => new DateTimeOffset(atUtcTicks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(atOffsetMinutes));
        init
        {
            atUtcTicks = value.UtcTicks;
            atOffsetMinutes = (short)value.TotalOffsetMinutes;
        }
    }

    /// <summary>The calendar day of <see cref="At"/> in its own offset: the day used for "as of" filtering.</summary>
    public DateOnly Day => DateOnly.FromDayNumber(DayNumber);

    /// <summary><see cref="At"/>'s UTC ticks, without building the <see cref="DateTimeOffset"/>.</summary>
    internal long UtcTicks => atUtcTicks;

    /// <summary><see cref="Day"/>'s day number: the local clock time's ticks (UTC plus the offset) in whole days.</summary>
    internal int DayNumber => (int)((atUtcTicks + (atOffsetMinutes * TimeSpan.TicksPerMinute)) / TimeSpan.TicksPerDay);

    /// <summary>The owner's confidence that the target will be reached, from 0 to 1; null when not given.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value outside 0 to 1.</exception>
    public decimal? Confidence
    {
        get => hasConfidence ? confidence : null;
        init
        {
            confidence = value is { } c ? Guard.InRange(c, 0m, 1m, nameof(Confidence)) : 0m;
            hasConfidence = value is not null;
        }
    }

    /// <summary>A status the owner reported with the check-in; null when the status is left to the status strategy.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a defined status.</exception>
    public OkrStatus? Status
    {
        get => status == 0 ? null : (OkrStatus)(status - 1);
        init => status = value is not { } s ? (byte)0
            : Enum.IsDefined(s) ? (byte)((int)s + 1) : throw new ArgumentOutOfRangeException(nameof(Status), s, "Unknown status.");
    }

    /// <summary>A free-text note; null when none.</summary>
    public string? Note
    {
        get => Extras.Note;
        init => extras = value == Extras.Note ? Extras : Extras with { Note = value };
    }

    /// <summary>Who made the check-in; null when unknown.</summary>
    public string? Author
    {
        get => Extras.Author;
        init => extras = value == Extras.Author ? Extras : Extras with { Author = value };
    }

    /// <summary>Where the check-in came from. The default is <see cref="CheckInSource.Person"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a defined source.</exception>
    public CheckInSource Source
    {
        get => (CheckInSource)source;
        init => source = Enum.IsDefined(value) ? (byte)value : throw new ArgumentOutOfRangeException(nameof(Source), value, "Unknown check-in source.");
    }

    /// <summary>JSON properties this version of Okr.Core does not know, kept so a load and save loses nothing.
    /// <value>The default is <see cref="UnknownProperties.Empty"/>.</value></summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public UnknownProperties UnknownProperties
    {
        get => Extras.UnknownProperties;
        init => extras = Guard.NotNull(value, nameof(UnknownProperties)).IsEmpty && Extras.UnknownProperties.IsEmpty ? Extras : Extras with { UnknownProperties = value };
    }

    // Never null, even for an instance made without running its initializers.
    private CheckInExtras Extras => extras ?? CheckInExtras.Empty;
}
