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

        var kind = new CompiledKind[count];
        var statusTraits = new Scoring.Rules.KeyResultStatusTraits[count];
        var flags = new byte[count];
        var initiatives = new int[count];
        var first = new decimal[count];
        var second = new decimal[count];
        var weightOf = new ushort[count];
        var weights = new WeightTable();
        var columns = new GrowingColumns(count);
        int k = 0;
        foreach (var objective in objectives)
        {
            foreach (var keyResult in objective.KeyResults)
            {
                var compiled = Scoring.CompiledScoring.KindOf(keyResult);
                kind[k] = compiled;
                statusTraits[k] = Scoring.Rules.KeyResultStatusRules.TraitsOf(keyResult.Kind);
                initiatives[k] = keyResult.Initiatives.Length;
                flags[k] = NumbersOf(keyResult, compiled, ref first[k], ref second[k]);
                weightOf[k] = weights.PositionOf(keyResult.Weight);
                columns.Start(k);
                if (compiled != CompiledKind.General)
                {
                    columns.Add(keyResult);
                }

                k++;
            }
        }

        columns.Finish(count);
        return new KeyResultTables(kind, statusTraits, flags, initiatives, first, second, weightOf, weights.ToArray(), columns.CheckInStart, columns.CheckInDay, columns.CheckInTicks, columns.CheckInValue, columns.CheckInConfidence, columns.CheckInStatus, columns.Confidences, columns.MilestoneStart, columns.MilestoneWeights);
    }

    /// <summary>A key result's flags, and its start and target (linear) or threshold and risk threshold (thresholds).</summary>
    private static byte NumbersOf(KeyResult keyResult, CompiledKind compiled, ref decimal first, ref decimal second)
    {
        byte flag = keyResult.Contributes ? Contributes : (byte)0;
        switch (keyResult.Kind)
        {
            case LinearKind linear when compiled == CompiledKind.Linear:
                (first, second) = (linear.Start, linear.Target);
                break;
            case ThresholdKind threshold when compiled == CompiledKind.Threshold:
                first = threshold.Threshold;
                flag |= threshold.Direction == ThresholdDirection.StayAbove ? StayAbove : (byte)0;
                flag |= threshold.Boundary == ThresholdBoundary.OnThresholdPasses ? OnThresholdPasses : (byte)0;
                if (threshold.HasUsableRiskThreshold)
                {
                    second = threshold.RiskThreshold!.Value;
                    flag |= HasRiskThreshold;
                }

                break;
        }

        return flag;
    }

    private static Int128 Bits(decimal value) => System.Runtime.CompilerServices.Unsafe.As<decimal, Int128>(ref value);

    /// <summary>The distinct weights, each key result's position among them (or <see cref="WeightNotTabled"/> past the
    /// table's size). Keyed by the exact bits the engine reads (1 and 1.0 are equal weights but not the same numbers);
    /// a run of equal weights costs one comparison each.</summary>
    private sealed class WeightTable
    {
        private readonly List<ContributionWeight> weights = [];
        private readonly Dictionary<(bool, Int128, Int128), ushort> positions = [];
        private (bool, Int128, Int128) lastKey = (false, Int128.Zero, Int128.Zero);
        private ushort last = WeightNotTabled;

        public ushort PositionOf(ContributionWeight weight)
        {
            var key = (weight.IsFixedShare, Bits(weight.Multiplier), Bits(weight.FixedSharePercent));
            ushort w = last;
            if (w == WeightNotTabled || key != lastKey)
            {
                if (!positions.TryGetValue(key, out w))
                {
                    w = WeightNotTabled;
                    if (weights.Count < WeightNotTabled)
                    {
                        w = (ushort)weights.Count;
                        weights.Add(weight);
                        positions.Add(key, w);
                    }
                }

                (lastKey, last) = (key, w);
            }

            return w;
        }

        public ContributionWeight[] ToArray() => [.. weights];
    }

    /// <summary>The check-in and milestone columns of the compiled key results, which grow as they are filled (one read
    /// of every record, not two) and are cut to size at the end.</summary>
    private sealed class GrowingColumns
    {
        private readonly DistinctDecimals confidences = new(int.MaxValue);
        private int c;
        private int m;

        public GrowingColumns(int keyResults)
        {
            int checkIns = keyResults * 4;
            CheckInStart = new int[keyResults + 1];
            MilestoneStart = new int[keyResults + 1];
            CheckInDay = new int[checkIns];
            CheckInTicks = new long[checkIns];
            CheckInValue = new decimal[checkIns];
            CheckInConfidence = new int[checkIns];
            CheckInStatus = new byte[checkIns];
            MilestoneWeights = new decimal[16];
        }

        public int[] CheckInStart { get; }

        public int[] MilestoneStart { get; }

        public int[] CheckInDay { get; private set; }

        public long[] CheckInTicks { get; private set; }

        public decimal[] CheckInValue { get; private set; }

        public int[] CheckInConfidence { get; private set; }

        public byte[] CheckInStatus { get; private set; }

        public decimal[] MilestoneWeights { get; private set; }

        public decimal[] Confidences { get; private set; } = [];

        /// <summary>Key result k's check-ins and milestones start here.</summary>
        public void Start(int k)
        {
            CheckInStart[k] = c;
            MilestoneStart[k] = m;
        }

        /// <summary>Adds a compiled key result's check-ins and, for milestones, their weights.</summary>
        public void Add(KeyResult keyResult)
        {
            var ofKeyResult = keyResult.CheckIns;
            if (c + ofKeyResult.Length > CheckInDay.Length)
            {
                ResizeCheckIns(Math.Max(c + ofKeyResult.Length, CheckInDay.Length * 2));
            }

            var (day, ticks, value, confidence, status) = (CheckInDay, CheckInTicks, CheckInValue, CheckInConfidence, CheckInStatus);
            foreach (var checkIn in ofKeyResult)
            {
                day[c] = checkIn.DayNumber;
                ticks[c] = checkIn.UtcTicks;
                value[c] = checkIn.Value;
                status[c] = checkIn.Status is { } reported ? (byte)((int)reported + 1) : (byte)0;
                confidence[c++] = checkIn.Confidence is { } given ? confidences.PositionOf(given, static v => v) : NoConfidence;
            }

            if (keyResult.Kind is MilestonesKind milestonesKind)
            {
                if (m + milestonesKind.Milestones.Length > MilestoneWeights.Length)
                {
                    var grown = MilestoneWeights;
                    Array.Resize(ref grown, Math.Max(m + milestonesKind.Milestones.Length, MilestoneWeights.Length * 2));
                    MilestoneWeights = grown;
                }

                foreach (var milestone in milestonesKind.Milestones)
                {
                    MilestoneWeights[m++] = milestone.Weight;
                }
            }
        }

        /// <summary>Closes the last key result's ranges and cuts every column to size.</summary>
        public void Finish(int keyResults)
        {
            Start(keyResults);
            ResizeCheckIns(c);
            var weights = MilestoneWeights;
            Array.Resize(ref weights, m);
            MilestoneWeights = weights;
            Confidences = confidences.ToArray();
        }

        private void ResizeCheckIns(int size)
        {
            var (day, ticks, value, confidence, status) = (CheckInDay, CheckInTicks, CheckInValue, CheckInConfidence, CheckInStatus);
            Array.Resize(ref day, size);
            Array.Resize(ref ticks, size);
            Array.Resize(ref value, size);
            Array.Resize(ref confidence, size);
            Array.Resize(ref status, size);
            (CheckInDay, CheckInTicks, CheckInValue, CheckInConfidence, CheckInStatus) = (day, ticks, value, confidence, status);
        }
    }
}
