using System.Globalization;

namespace Okr.Core.Benchmarks;

/// <summary>
/// The plan sizes benchmarked. All of 1,000, 100,000 and 1,000,000 by default; restricted by the environment variable
/// <c>OKR_BENCH_SIZES</c> (comma-separated, for example <c>1000</c> for the CI dry run) or the
/// <c>--sizes 1000,100000</c> argument, which sets it for the benchmark processes.
/// </summary>
public static class Sizes
{
    public const string Variable = "OKR_BENCH_SIZES";

    public static IEnumerable<int> Scoring => Pick(1_000, 100_000, 1_000_000);

    public static IEnumerable<int> Json => Pick(100_000);

    public static IEnumerable<int> Validation => Pick(100_000);

    public static IEnumerable<int> Office => Pick(500_000);

    private static IEnumerable<int> Pick(params int[] defaults)
    {
        var text = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return defaults;
        }

        return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture))
            .ToArray();
    }
}
