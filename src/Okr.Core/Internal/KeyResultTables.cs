namespace Okr.Core.Internal;

/// <summary>
/// A plan's key results compiled for the full scoring pass, in plan order: how each is computed
/// (<see cref="CompiledKind"/>), its numbers, its weight in its objective and, for the compiled kinds, its check-ins'
/// days, moments, values, confidences and statuses, so the pass scores it without reading the key result, its kind,
/// array. Part of <see cref="ScoringTables"/>. About 44 bytes per key result and 20 per check-in of a compiled one.
/// </summary>
internal sealed class KeyResultTables
{
    /// <summary>The value of <see cref="WeightOf"/> for a key result whose weight is not in <see cref="Weights"/>.</summary>
    public const ushort WeightNotTabled = ushort.MaxValue;

    /// <summary>Flag: the key result contributes to its objective.</summary>
    public const byte Contributes = 1;

    /// <summary>Flag (thresholds): stay above (otherwise below).</summary>
    public const byte StayAbove = 2;

    /// <summary>Flag (thresholds): a value exactly on the threshold passes.</summary>
    public const byte OnThresholdPasses = 4;

    /// <summary>Flag (thresholds): <see cref="Second"/> holds a usable risk threshold.</summary>
    public const byte HasRiskThreshold = 8;

    /// <summary>The value of <see cref="CheckInConfidence"/> for a check-in without a confidence.</summary>
    public const int NoConfidence = -1;

    private KeyResultTables(CompiledKind[] kind, Scoring.Rules.KeyResultStatusTraits[] statusTraits, byte[] flags, int[] initiatives, decimal[] first, decimal[] second, ushort[] weightOf, ContributionWeight[] weights, int[] checkInStart, int[] checkInDay, long[] checkInTicks, decimal[] checkInValue, int[] checkInConfidence, byte[] checkInStatus, decimal[] confidences, int[] milestoneStart, decimal[] milestoneWeights)
    {
        Kind = kind;
        StatusTraits = statusTraits;
        Flags = flags;
        Initiatives = initiatives;
        First = first;
        Second = second;
        WeightOf = weightOf;
        Weights = weights;
        CheckInStart = checkInStart;
        CheckInDay = checkInDay;
        CheckInTicks = checkInTicks;
        CheckInValue = checkInValue;
        CheckInConfidence = checkInConfidence;
        CheckInStatus = checkInStatus;
        Confidences = confidences;
        MilestoneStart = milestoneStart;
        MilestoneWeights = milestoneWeights;
    }

    /// <summary>How each key result is computed.</summary>
    public CompiledKind[] Kind { get; }

    /// <summary>Per key result: its kind's status traits, computed by the status rule itself (<see cref="Scoring.Rules.KeyResultStatusRules.TraitsOf"/>).</summary>
    public Scoring.Rules.KeyResultStatusTraits[] StatusTraits { get; }

    /// <summary>Each key result's flags (<see cref="Contributes"/>, and for thresholds their direction, boundary and risk threshold).</summary>
    public byte[] Flags { get; }

    /// <summary>Each key result's number of initiatives.</summary>
    public int[] Initiatives { get; }

    /// <summary>The start (linear) or the threshold.</summary>
    public decimal[] First { get; }

    /// <summary>The target (linear) or the risk threshold.</summary>
    public decimal[] Second { get; }

    /// <summary>Each key result's position in <see cref="Weights"/>, or <see cref="WeightNotTabled"/>.</summary>
    public ushort[] WeightOf { get; }

    /// <summary>The distinct weights.</summary>
    public ContributionWeight[] Weights { get; }

    /// <summary>The check-ins of key result k are [CheckInStart[k], CheckInStart[k + 1]) (none for general ones).</summary>
    public int[] CheckInStart { get; }

    /// <summary>Each check-in's <see cref="CheckIn.Day"/> as a day number.</summary>
    public int[] CheckInDay { get; }

    /// <summary>Each check-in's moment in UTC ticks.</summary>
    public long[] CheckInTicks { get; }

    /// <summary>Each check-in's value.</summary>
    public decimal[] CheckInValue { get; }

    /// <summary>Each check-in's position in <see cref="Confidences"/>, or <see cref="NoConfidence"/>.</summary>
    public int[] CheckInConfidence { get; }

    /// <summary>Each check-in's reported status plus one; 0 when none.</summary>
    public byte[] CheckInStatus { get; }

    /// <summary>The distinct confidences (by their exact numbers).</summary>
    public decimal[] Confidences { get; }

    /// <summary>The milestone weights of key result k are MilestoneWeights[MilestoneStart[k] .. MilestoneStart[k + 1]).</summary>
    public int[] MilestoneStart { get; }

    /// <summary>The milestones' weights, in order.</summary>
    public decimal[] MilestoneWeights { get; }

    /// <summary>Compiles the key results of a plan.</summary>
    public static KeyResultTables Build(ImmutableArray<Objective> objectives)
    {
        int count = 0;
        foreach (var objective in objectives)
        {
            count += objective.KeyResults.Length;
        }

        // The check-in and milestone columns grow as they are filled (one read of every record, not two).
        int checkIns = count * 4;
        int milestones = 16;
        var kind = new CompiledKind[count];
        var statusTraits = new Scoring.Rules.KeyResultStatusTraits[count];
        var flags = new byte[count];
        var initiatives = new int[count];
        var first = new decimal[count];
        var second = new decimal[count];
        var weightOf = new ushort[count];
        var weights = new List<ContributionWeight>();
        // Keyed by the exact bits the engine reads (1 and 1.0 are equal weights but not the same numbers).
        var weightPosition = new Dictionary<(bool, Int128, Int128), ushort>();
        var checkInStart = new int[count + 1];
        var checkInDay = new int[checkIns];
        var checkInTicks = new long[checkIns];
        var checkInValue = new decimal[checkIns];
        var checkInConfidence = new int[checkIns];
        var checkInStatus = new byte[checkIns];
        var confidences = new DistinctDecimals(int.MaxValue);
        var lastWeightKey = (false, Int128.Zero, Int128.Zero);
        ushort lastWeight = WeightNotTabled;
        var milestoneStart = new int[count + 1];
        var milestoneWeights = new decimal[milestones];
        int k = 0;
        int c = 0;
        int m = 0;
        foreach (var objective in objectives)
        {
            foreach (var keyResult in objective.KeyResults)
            {
                var compiled = Scoring.CompiledScoring.KindOf(keyResult);
                kind[k] = compiled;
                statusTraits[k] = Scoring.Rules.KeyResultStatusRules.TraitsOf(keyResult.Kind);
                initiatives[k] = keyResult.Initiatives.Length;
                byte flag = keyResult.Contributes ? Contributes : (byte)0;
                switch (keyResult.Kind)
                {
                    case LinearKind linear when compiled == CompiledKind.Linear:
                        (first[k], second[k]) = (linear.Start, linear.Target);
                        break;
                    case ThresholdKind threshold when compiled == CompiledKind.Threshold:
                        first[k] = threshold.Threshold;
                        flag |= threshold.Direction == ThresholdDirection.StayAbove ? StayAbove : (byte)0;
                        flag |= threshold.Boundary == ThresholdBoundary.OnThresholdPasses ? OnThresholdPasses : (byte)0;
                        if (threshold.HasUsableRiskThreshold)
                        {
                            second[k] = threshold.RiskThreshold!.Value;
                            flag |= HasRiskThreshold;
                        }

                        break;
                }

                flags[k] = flag;
                var weight = keyResult.Weight;
                var weightKey = (weight.IsFixedShare, Bits(weight.Multiplier), Bits(weight.FixedSharePercent));
                ushort w = lastWeight;
                if (w == WeightNotTabled || weightKey != lastWeightKey)
                {
                    if (!weightPosition.TryGetValue(weightKey, out w))
                    {
                        w = WeightNotTabled;
                        if (weights.Count < WeightNotTabled)
                        {
                            w = (ushort)weights.Count;
                            weights.Add(weight);
                            weightPosition.Add(weightKey, w);
                        }
                    }

                    (lastWeightKey, lastWeight) = (weightKey, w);
                }

                weightOf[k] = w;
                checkInStart[k] = c;
                milestoneStart[k] = m;
                if (compiled != CompiledKind.General)
                {
                    var ofKeyResult = keyResult.CheckIns;
                    if (c + ofKeyResult.Length > checkInDay.Length)
                    {
                        int grown = Math.Max(c + ofKeyResult.Length, checkInDay.Length * 2);
                        Array.Resize(ref checkInDay, grown);
                        Array.Resize(ref checkInTicks, grown);
                        Array.Resize(ref checkInValue, grown);
                        Array.Resize(ref checkInConfidence, grown);
                        Array.Resize(ref checkInStatus, grown);
                    }

                    foreach (var checkIn in ofKeyResult)
                    {
                        checkInDay[c] = checkIn.DayNumber;
                        checkInTicks[c] = checkIn.UtcTicks;
                        checkInValue[c] = checkIn.Value;
                        checkInStatus[c] = checkIn.Status is { } status ? (byte)((int)status + 1) : (byte)0;
                        checkInConfidence[c++] = checkIn.Confidence is { } confidence ? confidences.PositionOf(confidence, static value => value) : NoConfidence;
                    }

                    if (keyResult.Kind is MilestonesKind milestonesKind)
                    {
                        if (m + milestonesKind.Milestones.Length > milestoneWeights.Length)
                        {
                            Array.Resize(ref milestoneWeights, Math.Max(m + milestonesKind.Milestones.Length, milestoneWeights.Length * 2));
                        }

                        foreach (var milestone in milestonesKind.Milestones)
                        {
                            milestoneWeights[m++] = milestone.Weight;
                        }
                    }
                }

                k++;
            }
        }

        checkInStart[count] = c;
        milestoneStart[count] = m;
        Array.Resize(ref checkInDay, c);
        Array.Resize(ref checkInTicks, c);
        Array.Resize(ref checkInValue, c);
        Array.Resize(ref checkInConfidence, c);
        Array.Resize(ref checkInStatus, c);
        Array.Resize(ref milestoneWeights, m);
        return new KeyResultTables(kind, statusTraits, flags, initiatives, first, second, weightOf, [.. weights], checkInStart, checkInDay, checkInTicks, checkInValue, checkInConfidence, checkInStatus, confidences.ToArray(), milestoneStart, milestoneWeights);
    }

    private static Int128 Bits(decimal value) => System.Runtime.CompilerServices.Unsafe.As<decimal, Int128>(ref value);
}
