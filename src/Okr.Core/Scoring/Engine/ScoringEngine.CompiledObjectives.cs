using Okr.Core.Internal;
using Okr.Core.Scoring.Rules;

namespace Okr.Core.Scoring;

/// <summary>
/// The objective roll-up from the compiled key-result weights (<see cref="KeyResultTables"/>), for the settings
/// <see cref="CompiledScoring.ServesObjective"/> names: the same kernels as <see cref="ComputeObjective"/> (roles, facts,
/// scale, weighted mean, <see cref="ConcludeObjective"/>) in the same order, without its buffers of weights and strategy
/// children. Measured when written: about 10% of a full scoring at 1,000,000 items.
/// </summary>
internal sealed partial class ScoringEngine
{
    /// <summary>False (and nothing changed) when the objective needs the general roll-up.</summary>
    private bool TryComputeCompiledObjective(int node, Objective objective, int firstKeyResult, ResultStore results, out NodeResult result)
    {
        result = default;
        var settings = objective.Rollup ?? config.DefaultRollup;
        if (!CompiledScoring.ServesObjective(settings, config))
        {
            return false;
        }

        // The children are the objective's own key results (in order), then aligned objectives, then the initiatives
        // under its key results (excluded here, so not read).
        var keyResultTables = plan.KeyResultTables;
        int keyResults = objective.KeyResults.Length;
        var candidates = index.ChildrenOf(node);
        int walked = candidates.Length;
        for (int k = firstKeyResult; k < firstKeyResult + keyResults; k++)
        {
            walked -= keyResultTables.Initiatives[k];
        }

        EnsureCapacity(ref candidateBuffer, walked);
        EnsureCapacity(ref effectiveBuffer, walked);
        var facts = default(ChildWeighing.Facts);
        int counting = 0;
        decimal largestWeight = 0m;
        for (int i = 0; i < walked; i++)
        {
            int child = candidates[i];
            facts.LastUpdate = Math.Max(facts.LastUpdate, results.LastUpdateOf(child));
            var (weight, contributes) = i < keyResults ? CompiledWeight(objective, firstKeyResult + i, i, keyResultTables) : AlignedWeight(child);
            if (weight.IsFixedShare)
            {
                return false;
            }

            var role = ChildWeighing.RoleOf(false, contributes, weight.IsZero, results.IsScored(child), settings.NotScoredChildren);
            if (ChildWeighing.IsWeighed(role))
            {
                ChildWeighing.Observe(ref facts, results.StatusOf(child));
            }

            if (ChildWeighing.Counts(role))
            {
                candidateBuffer[counting] = child;
                effectiveBuffer[counting++] = weight.Multiplier;
                largestWeight = Math.Max(largestWeight, weight.Multiplier);
            }
        }

        var scale = ChildWeighing.ScaleFor(largestWeight);
        var mean = default(WeightedMean);
        var confidence = default(WeightedMean);
        Progress? rolled;
        try
        {
            for (int i = 0; i < counting; i++)
            {
                int child = candidateBuffer[i];
                decimal weight = effectiveBuffer[i];
                if (weight <= 0m)
                {
                    continue;
                }

                decimal relative = scale.Relative(weight);
                mean.Add(relative, ChildWeighing.CountedProgress(results.IsScored(child), results.ProgressOf(child)));
                if (results.ConfidenceOf(child) is { } c)
                {
                    confidence.Add(relative, c);
                }
            }

            rolled = mean.Mean is { } m ? Progress.FromRatio(m) : null;
        }
        catch (OverflowException)
        {
            return false;
        }

        result = ConcludeObjective(node, objective, rolled, facts, confidence, default, null, out _, out _);
        return true;
    }

    /// <summary>A key result's weight and opt-in from the compiled tables (the record's weight when not tabled).</summary>
    private static (ContributionWeight Weight, bool Contributes) CompiledWeight(Objective objective, int k, int ownIndex, KeyResultTables tables)
    {
        ushort position = tables.WeightOf[k];
        var weight = position != KeyResultTables.WeightNotTabled ? tables.Weights[position] : objective.KeyResults[ownIndex].Weight;
        return (weight, (tables.Flags[k] & KeyResultTables.Contributes) != 0);
    }

    private (ContributionWeight Weight, bool Contributes) AlignedWeight(int child)
    {
        var aligned = plan.Objectives[index.LocationOf(child).Objective];
        return (aligned.Weight, aligned.Contributes);
    }
}
