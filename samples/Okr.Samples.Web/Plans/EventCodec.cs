using System.Text.Json;
using Okr.Core;
using Okr.Core.Sync;

namespace Okr.Samples.Web.Plans;

/// <summary>The JSON of the stored events: a check-in with its key result, and a batch of external updates.</summary>
internal static class EventCodec
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string CheckIn(string keyResultId, CheckIn checkIn) =>
        JsonSerializer.Serialize(new StoredCheckIn(keyResultId, checkIn.At, checkIn.Value, checkIn.Confidence, checkIn.Note, checkIn.Author, checkIn.Status, checkIn.Source), Options);

    public static (string KeyResultId, CheckIn CheckIn) ReadCheckIn(string json)
    {
        var stored = JsonSerializer.Deserialize<StoredCheckIn>(json, Options) ?? throw new InvalidDataException("A stored check-in is null.");
        return (stored.KeyResultId, new CheckIn(stored.At, stored.Value)
        {
            Confidence = stored.Confidence,
            Note = stored.Note,
            Author = stored.Author,
            Status = stored.Status,
            Source = stored.Source,
        });
    }

    public static string Sync(IReadOnlyList<ExternalUpdate> updates) => JsonSerializer.Serialize(updates, Options);

    public static IReadOnlyList<ExternalUpdate> ReadSync(string json) =>
        JsonSerializer.Deserialize<List<ExternalUpdate>>(json, Options) ?? throw new InvalidDataException("A stored sync batch is null.");

    private sealed record StoredCheckIn(string KeyResultId, DateTimeOffset At, decimal Value, decimal? Confidence, string? Note, string? Author, OkrStatus? Status, CheckInSource Source);
}
