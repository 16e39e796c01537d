namespace Okr.Core.Office;

/// <summary>An objective being read: what its row (or its first key result's row) said, and its key results.</summary>
internal sealed class ObjectiveDraft
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Cell { get; init; }

    public string? Owner { get; set; }

    public Period? Period { get; set; }

    public string? AlignedTo { get; set; }

    public string? AlignedToCell { get; set; }

    public ContributionWeight Weight { get; set; }

    public DateOnly? Due { get; set; }

    public bool Contributes { get; set; } = true;

    public List<KeyResultDraft> KeyResults { get; } = [];
}

/// <summary>A key result being read.</summary>
internal sealed class KeyResultDraft
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required KeyResultKind Kind { get; init; }

    /// <summary>Whether the kind was named in a Kind column (and is one a sheet carries exactly), so check-ins from a
    /// check-ins sheet apply to it.</summary>
    public bool KindNamed { get; init; }

    public string? Owner { get; init; }

    public ContributionWeight Weight { get; init; }

    public bool Contributes { get; init; } = true;

    public List<CheckIn> CheckIns { get; } = [];

    public DateOnly? Due { get; init; }
}
