using BenchmarkDotNet.Attributes;
using FluentValidation.Results;
using Okr.Core.Testing;
using Okr.Core.Validation;

namespace Okr.Core.Benchmarks;

/// <summary>Scenario 4: validating a generated plan with the validation package (target: well under one second at 100,000 items).</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private OkrPlan plan = OkrPlan.Empty;
    private OkrPlanValidator validator = null!;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => Okr.Core.Benchmarks.Sizes.Validation;

    [GlobalSetup]
    public void Setup()
    {
        plan = CompanyPlanGenerator.Generate(N);
        validator = new OkrPlanValidator();
    }

    [Benchmark(Description = "OkrPlanValidator.Validate")]
    public ValidationResult Validate() => validator.Validate(plan);
}
