namespace Okr.Core.Validation;

/// <summary>Validates a whole <see cref="OkrPlan"/> in one pass and reports every problem: each failure has an error code from <see cref="OkrErrorCodes"/>, a message naming the item, a severity, the path of the item (<c>Objectives[2].KeyResults[0].CheckIns[3].At</c>) and <see cref="OkrValidationDetails"/> as custom state. Never throws on a plan the core can build.</summary>
/// <remarks>Registrable with FluentValidation's <c>AddValidatorsFromAssemblyContaining</c>: the dependency-injection
/// container uses the constructor taking <see cref="PlanValidationOptions"/> when it can resolve them, else the parameterless one.
/// Options in <see cref="ValidationContext{T}.RootContextData"/> under <see cref="PlanValidationOptions.ContextKey"/> win over both.</remarks>
public sealed class OkrPlanValidator : AbstractValidator<OkrPlan>
{
    /// <summary>Creates the validator with <see cref="PlanValidationOptions.Default"/>.</summary>
    public OkrPlanValidator()
        : this(PlanValidationOptions.Default)
    {
    }

    /// <summary>Creates the validator.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public OkrPlanValidator(PlanValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        RuleFor(x => x).MustBeValidPlan(options);
    }

    /// <summary>The options given to the constructor.</summary>
    public PlanValidationOptions Options { get; }
}
