namespace Okr.Core.Validation;

/// <summary>Validates objectives before they are built into an <see cref="OkrPlan"/> (imported or typed data): the plan rules plus the rules the plan's constructor enforces by throwing (unique ids, existing references, no alignment cycles), so every problem is reported at once. Paths start at <c>Objectives[i]</c>, as for a plan.</summary>
/// <remarks>Registrable with FluentValidation's <c>AddValidatorsFromAssemblyContaining</c>: the dependency-injection
/// container uses the constructor taking <see cref="PlanValidationOptions"/> when it can resolve them, else the parameterless one.
/// Options in <see cref="ValidationContext{T}.RootContextData"/> under <see cref="PlanValidationOptions.ContextKey"/> win over both.</remarks>
public sealed class ObjectiveSetValidator : AbstractValidator<IEnumerable<Objective>>
{
    /// <summary>Creates the validator with <see cref="PlanValidationOptions.Default"/>.</summary>
    public ObjectiveSetValidator()
        : this(PlanValidationOptions.Default)
    {
    }

    /// <summary>Creates the validator.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ObjectiveSetValidator(PlanValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        RuleFor(x => x).MustBeValidObjectiveSet(options);
    }

    /// <summary>The options given to the constructor.</summary>
    public PlanValidationOptions Options { get; }
}
