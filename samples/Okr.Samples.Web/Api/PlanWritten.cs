using Okr.Core.Problems;

namespace Okr.Samples.Web.Api;

/// <summary>The answer to a plan written: its revision (the ETag), its size, and the validation warnings (never blocking).</summary>
/// <param name="Id">The plan's id.</param>
/// <param name="Revision">The plan's revision.</param>
/// <param name="Items">How many items the plan has.</param>
/// <param name="Warnings">The warnings.</param>
internal sealed record PlanWritten(string Id, long Revision, int Items, IReadOnlyList<OkrProblemEntry> Warnings);
