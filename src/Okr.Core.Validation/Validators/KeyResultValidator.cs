namespace Okr.Core.Validation;

/// <summary>Validates one key result with its kind, check-ins, initiatives and work items. Without its objective the period is unknown, so period rules are left to <see cref="ObjectiveValidator"/> and <see cref="OkrPlanValidator"/>.</summary>
/// <remarks>Registrable with FluentValidation's <c>AddValidatorsFromAssemblyContaining</c>: the dependency-injection
/// container uses the constructor taking <see cref="PlanValidationOptions"/> when it can resolve them, else the parameterless one.
/// Options in <see cref="ValidationContext{T}.RootContextData"/> under <see cref="PlanValidationOptions.ContextKey"/> win over both.</remarks>
public sealed class KeyResultValidator : AbstractValidator<KeyResult>
{
    /// <summary>Creates the validator with <see cref="PlanValidationOptions.Default"/>.</summary>
    public KeyResultValidator()
        : this(PlanValidationOptions.Default)
    {
    }

    /// <summary>Creates the validator.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public KeyResultValidator(PlanValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        RuleFor(x => x).MustBeValidKeyResult(options);
    }

    /// <summary>The options given to the constructor.</summary>
    public PlanValidationOptions Options { get; }
}
