namespace Okr.Core.Validation;

/// <summary>Validates one objective and everything it contains; rules that need the rest of the plan (references, cycles, aligned child objectives) are left to <see cref="OkrPlanValidator"/>.</summary>
/// <remarks>Registrable with FluentValidation's <c>AddValidatorsFromAssemblyContaining</c>: the dependency-injection
/// container uses the constructor taking <see cref="PlanValidationOptions"/> when it can resolve them, else the parameterless one.
/// Options in <see cref="ValidationContext{T}.RootContextData"/> under <see cref="PlanValidationOptions.ContextKey"/> win over both.</remarks>
public sealed class ObjectiveValidator : AbstractValidator<Objective>
{
    /// <summary>Creates the validator with <see cref="PlanValidationOptions.Default"/>.</summary>
    public ObjectiveValidator()
        : this(PlanValidationOptions.Default)
    {
    }

    /// <summary>Creates the validator.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ObjectiveValidator(PlanValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        RuleFor(x => x).MustBeValidObjective(options);
    }

    /// <summary>The options given to the constructor.</summary>
    public PlanValidationOptions Options { get; }
}
