using Okr.Core.Validation.Internal;

namespace Okr.Core.Validation;

/// <summary>
/// The OKR rules as reusable FluentValidation rule-builder extensions, for your own validators: whole items
/// (<c>RuleFor(x =&gt; x.Plan).MustBeValidPlan()</c>) and single values of input models before the core builds them
/// (<c>RuleFor(x =&gt; x.Confidence).MustBeConfidence()</c>). Failures carry the codes of <see cref="OkrErrorCodes"/>,
/// paths below the property's own path, and <see cref="OkrValidationDetails"/> as custom state.
/// </summary>
public static class OkrRuleBuilderExtensions
{
    private static readonly OkrValidationDetails NoItem = new(null, null, []);

    /// <summary>Applies every plan rule to an <see cref="OkrPlan"/> property (null is skipped).</summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <param name="options">The options; null for <see cref="PlanValidationOptions.Default"/>. Options in the context data win.</param>
    /// <returns>The rule builder, for chaining conditions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptionsConditions<T, OkrPlan?> MustBeValidPlan<T>(this IRuleBuilder<T, OkrPlan?> ruleBuilder, PlanValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Custom((plan, context) =>
        {
            if (plan is not null)
            {
                PlanRules.Run(plan.Objectives, plan.Scoring.DefaultRollup, PathNode.Root(context.PropertyPath), FailureSink.For(context, options ?? PlanValidationOptions.Default));
            }
        });
    }

    /// <summary>Applies every plan rule to objectives that are not yet an <see cref="OkrPlan"/>, including the rules the
    /// plan's constructor enforces by throwing (unique ids, existing references, no alignment cycles), so every problem
    /// is reported at once. Null is skipped; null objectives are reported. Objectives without their own roll-up
    /// settings are checked with <see cref="RollupSettings.Default"/>.</summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <param name="options">The options; null for <see cref="PlanValidationOptions.Default"/>. Options in the context data win.</param>
    /// <returns>The rule builder, for chaining conditions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptionsConditions<T, IEnumerable<Objective?>?> MustBeValidObjectiveSet<T>(this IRuleBuilder<T, IEnumerable<Objective?>?> ruleBuilder, PlanValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Custom((objectives, context) =>
        {
            if (objectives is not null)
            {
                var list = objectives as IReadOnlyList<Objective?> ?? objectives.ToList();
                PlanRules.Run(list, RollupSettings.Default, PathNode.Root(context.PropertyPath), FailureSink.For(context, options ?? PlanValidationOptions.Default));
            }
        });
    }

    /// <summary>Applies the rules of one objective and everything it contains (not those needing the rest of the plan:
    /// references, cycles, aligned children). Null is skipped.</summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <param name="options">The options; null for <see cref="PlanValidationOptions.Default"/>. Options in the context data win.</param>
    /// <returns>The rule builder, for chaining conditions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptionsConditions<T, Objective?> MustBeValidObjective<T>(this IRuleBuilder<T, Objective?> ruleBuilder, PlanValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Custom((objective, context) =>
        {
            if (objective is not null)
            {
                var sink = FailureSink.For(context, options ?? PlanValidationOptions.Default);
                var path = PathNode.Root(context.PropertyPath);
                ItemRules.Objective(objective, path, sink);
                ItemRules.ObjectiveChildren(objective, null, objective.Rollup ?? RollupSettings.Default, path, sink);
            }
        });
    }

    /// <summary>Applies the rules of one key result with its check-ins, initiatives and work items. Without its objective
    /// the period is unknown, so period rules are skipped. Null is skipped.</summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <param name="options">The options; null for <see cref="PlanValidationOptions.Default"/>. Options in the context data win.</param>
    /// <returns>The rule builder, for chaining conditions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptionsConditions<T, KeyResult?> MustBeValidKeyResult<T>(this IRuleBuilder<T, KeyResult?> ruleBuilder, PlanValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Custom((keyResult, context) =>
        {
            if (keyResult is not null)
            {
                ItemRules.KeyResult(keyResult, PathNode.Root(context.PropertyPath), null, FailureSink.For(context, options ?? PlanValidationOptions.Default));
            }
        });
    }

    /// <summary>Applies the rules of a key result's kind: start and target, thresholds, ranges, milestones, control KPIs,
    /// currency codes and percentages. Null is skipped.</summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder, for chaining conditions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptionsConditions<T, KeyResultKind?> MustBeValidKind<T>(this IRuleBuilder<T, KeyResultKind?> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Custom((kind, context) =>
            KindRules.Check(kind, PathNode.Root(context.PropertyPath), null, FailureSink.For(context, PlanValidationOptions.Default)));
    }

    /// <summary>Applies the rules of one check-in that need neither its key result nor its period: not in the future
    /// (when the options have a clock) and confidence within 0 to 1. Null is skipped.</summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <param name="options">The options; null for <see cref="PlanValidationOptions.Default"/>. Options in the context data win.</param>
    /// <returns>The rule builder, for chaining conditions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptionsConditions<T, CheckIn?> MustBeValidCheckIn<T>(this IRuleBuilder<T, CheckIn?> ruleBuilder, PlanValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Custom((checkIn, context) =>
        {
            if (checkIn is not null)
            {
                ItemRules.CheckIn(checkIn, null, null, PathNode.Root(context.PropertyPath), null, FailureSink.For(context, options ?? PlanValidationOptions.Default));
            }
        });
    }

    /// <summary>Applies the rules of one initiative and its work items (dependencies need the plan). Null is skipped.</summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder, for chaining conditions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptionsConditions<T, Initiative?> MustBeValidInitiative<T>(this IRuleBuilder<T, Initiative?> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Custom((initiative, context) =>
        {
            if (initiative is not null)
            {
                ItemRules.Initiative(initiative, PathNode.Root(context.PropertyPath), FailureSink.For(context, PlanValidationOptions.Default));
            }
        });
    }

    /// <summary>Applies the rules of one work item (dependencies need the plan). Null is skipped.</summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder, for chaining conditions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptionsConditions<T, WorkItem?> MustBeValidWorkItem<T>(this IRuleBuilder<T, WorkItem?> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Custom((item, context) =>
        {
            if (item is not null)
            {
                ItemRules.WorkItem(item, PathNode.Root(context.PropertyPath), FailureSink.For(context, PlanValidationOptions.Default));
            }
        });
    }

    /// <summary>An id as the core requires it: present and not blank. Code <see cref="OkrErrorCodes.IdMissing"/>.</summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder, for chaining options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, string?> MustBeOkrId<T>(this IRuleBuilder<T, string?> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must(id => !string.IsNullOrWhiteSpace(id))
            .WithErrorCode(OkrErrorCodes.IdMissing).WithSeverity(Severity.Error).WithState(_ => NoItem)
            .WithMessage("'{PropertyName}' must be a non-blank id.");
    }

    /// <summary>A confidence from 0 to 1, both included; null passes. Code <see cref="OkrErrorCodes.ConfidenceOutOfRange"/>.</summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder, for chaining options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, decimal?> MustBeConfidence<T>(this IRuleBuilder<T, decimal?> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must(value => value is null or (>= 0m and <= 1m))
            .WithErrorCode(OkrErrorCodes.ConfidenceOutOfRange).WithSeverity(Severity.Error).WithState(_ => NoItem)
            .WithMessage("'{PropertyName}' is a confidence and must lie between 0 and 1; it is {PropertyValue}.");
    }

    /// <summary>A percent complete from 0 to 100, both included; null passes. Code <see cref="OkrErrorCodes.PercentCompleteOutOfRange"/>.</summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder, for chaining options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, decimal?> MustBePercentComplete<T>(this IRuleBuilder<T, decimal?> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must(value => value is null or (>= 0m and <= 100m))
            .WithErrorCode(OkrErrorCodes.PercentCompleteOutOfRange).WithSeverity(Severity.Error).WithState(_ => NoItem)
            .WithMessage("'{PropertyName}' is a percent complete and must lie between 0 and 100; it is {PropertyValue}.");
    }

    /// <summary>A weight (multiplier or share) of zero or more; null passes. Code <see cref="OkrErrorCodes.WeightNegative"/>.</summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder, for chaining options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, decimal?> MustBeNonNegativeWeight<T>(this IRuleBuilder<T, decimal?> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must(value => value is null or >= 0m)
            .WithErrorCode(OkrErrorCodes.WeightNegative).WithSeverity(Severity.Error).WithState(_ => NoItem)
            .WithMessage("'{PropertyName}' is a weight and must not be negative; it is {PropertyValue}.");
    }

    /// <summary>An active ISO 4217 currency code such as <c>EUR</c> (upper case); null passes. Code <see cref="OkrErrorCodes.CurrencyUnknown"/>.</summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder, for chaining options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, string?> MustBeIsoCurrencyCode<T>(this IRuleBuilder<T, string?> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must(code => code is null || Iso4217.IsActive(code))
            .WithErrorCode(OkrErrorCodes.CurrencyUnknown).WithSeverity(Severity.Error).WithState(_ => NoItem)
            .WithMessage("'{PropertyValue}' is not an active ISO 4217 currency code.");
    }

    /// <summary>A moment not after "now" by the options' clock (or day); passes when the options have neither.
    /// Code <see cref="OkrErrorCodes.CheckInInFuture"/>.</summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <param name="options">The options with the clock; null for the options in the context data, or none.</param>
    /// <returns>The rule builder, for chaining options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, DateTimeOffset> MustNotBeInFuture<T>(this IRuleBuilder<T, DateTimeOffset> ruleBuilder, PlanValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must((_, at, context) => !PlanValidationOptions.Resolve(context, options ?? PlanValidationOptions.Default).IsInFuture(at, DateOnly.FromDateTime(at.DateTime)))
            .WithErrorCode(OkrErrorCodes.CheckInInFuture).WithSeverity(Severity.Error).WithState(_ => NoItem)
            .WithMessage("'{PropertyName}' ({PropertyValue}) lies in the future.");
    }
}
