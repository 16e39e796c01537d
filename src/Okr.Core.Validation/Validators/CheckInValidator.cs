namespace Okr.Core.Validation;

/// <summary>Validates one check-in on its own: not in the future by the options' clock, confidence within 0 to 1. Rules that need the key result (unit, period) run with <see cref="KeyResultValidator"/>.</summary>
/// <remarks>Registrable with FluentValidation's <c>AddValidatorsFromAssemblyContaining</c>: the dependency-injection
/// container uses the constructor taking <see cref="PlanValidationOptions"/> when it can resolve them, else the parameterless one.
/// Options in <see cref="ValidationContext{T}.RootContextData"/> under <see cref="PlanValidationOptions.ContextKey"/> win over both.</remarks>
public sealed class CheckInValidator : AbstractValidator<CheckIn>
{
    /// <summary>Creates the validator with <see cref="PlanValidationOptions.Default"/>.</summary>
    public CheckInValidator()
        : this(PlanValidationOptions.Default)
    {
    }

    /// <summary>Creates the validator.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public CheckInValidator(PlanValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        RuleFor(x => x).MustBeValidCheckIn(options);
    }

    /// <summary>The options given to the constructor.</summary>
    public PlanValidationOptions Options { get; }
}
