using Okr.Core.Problems;

namespace Okr.Core.Validation;

/// <summary>
/// Reads a plan's <see cref="ValidationResult"/> the way a host needs it: blocking errors apart from warnings, and as an
/// RFC 9457 problem. FluentValidation's <see cref="ValidationResult.IsValid"/> is false as soon as any failure exists,
/// warnings included; <see cref="HasBlockingErrors"/> is false when a plan has only warnings.
/// </summary>
/// <example>
/// <code>
/// var result = new OkrPlanValidator().Validate(plan);
/// if (result.HasBlockingErrors()) return Results.Problem(...result.ToProblemDetails()...);
/// foreach (var warning in result.Warnings()) logger.LogInformation("{Code}: {Message}", warning.ErrorCode, warning.ErrorMessage);
/// </code>
/// </example>
public static class OkrValidationResultExtensions
{
    /// <summary>The failures of severity <see cref="Severity.Error"/>: those that make the plan unacceptable.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The errors, in the validator's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static ImmutableArray<ValidationFailure> BlockingErrors(this ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Errors.Where(f => f.Severity == Severity.Error)];
    }

    /// <summary>The failures of severity <see cref="Severity.Warning"/> or <see cref="Severity.Info"/>: worth showing, never blocking.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The warnings, in the validator's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static ImmutableArray<ValidationFailure> Warnings(this ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Errors.Where(f => f.Severity != Severity.Error)];
    }

    /// <summary>Whether any failure has severity <see cref="Severity.Error"/>. Unlike <see cref="ValidationResult.IsValid"/>,
    /// false for a plan with warnings only.</summary>
    /// <param name="result">The result.</param>
    /// <returns>Whether the plan should be refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static bool HasBlockingErrors(this ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Errors.Exists(f => f.Severity == Severity.Error);
    }

    /// <summary>The result as an RFC 9457 problem (status 422) listing every error and every warning, each with its code,
    /// property path, item id and message.</summary>
    /// <param name="result">A result with at least one blocking error.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="result"/> has no blocking error: there is no problem to report.</exception>
    public static OkrProblemDetails ToProblemDetails(this ValidationResult result)
    {
        var errors = result.BlockingErrors();
        if (errors.IsEmpty)
        {
            throw new ArgumentException("The validation result has no blocking error; a plan with warnings only is acceptable (see HasBlockingErrors).", nameof(result));
        }

        var warnings = result.Warnings();
        string first = errors[0].PropertyName + ": " + errors[0].ErrorMessage;
        return new OkrProblemDetails
        {
            Type = "urn:okr:problem:invalid-plan",
            Title = "The plan is not valid.",
            Status = 422,
            Detail = errors.Length == 1
                ? first
                : string.Create(CultureInfo.InvariantCulture, $"{errors.Length} errors (and {warnings.Length} warnings); the first: {first}"),
            Errors = [.. errors.Select(Entry)],
            Warnings = [.. warnings.Select(Entry)],
        };
    }

    private static OkrProblemEntry Entry(ValidationFailure failure) =>
        new(failure.ErrorCode ?? "", failure.PropertyName ?? "", (failure.CustomState as OkrValidationDetails)?.ItemId, failure.ErrorMessage ?? "");
}
