using System.Reflection;
using System.Runtime.CompilerServices;
using Okr.Core.Scoring;
using Okr.Core.Tests.Support;
using static Okr.Core.Tests.Support.Plans;

namespace Okr.Core.Tests.Conventions;

/// <summary>Conventions every public type of Okr.Core follows, checked by reflection over the whole assembly.</summary>
public class PublicSurfaceConventionTests
{
    private static readonly Assembly Core = typeof(OkrPlan).Assembly;

    private static IEnumerable<Type> PublicTypes => Core.GetExportedTypes();

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    [Fact]
    public void PublicClasses_AreSealedAbstractOrStatic()
    {
        var open = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(open);
    }

    [Fact]
    public void AbstractPublicClasses_AreTheDocumentedExtensionPoints()
    {
        var extensible = PublicTypes.Where(t => t.IsClass && t.IsAbstract && !t.IsSealed).Select(t => t.Name).Order().ToList();
        Assert.Equal(
            ["ForecastStrategy", "KeyResultKind", "ProgressStrategy", "RollupStrategy", "ScoreStrategy", "ScoringStrategy", "StatusStrategy"],
            extensible);
    }

    [Fact]
    public void PublicProperties_HaveNoSettersOtherThanInit()
    {
        var mutable = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.DeclaringType!.Name + "." + p.Name)
            .ToList();
        Assert.Empty(mutable);
    }

    [Fact]
    public void PublicFields_AreConstantsOnly()
    {
        var fields = PublicTypes
            .Where(t => !t.IsEnum)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral)
            .Select(f => f.DeclaringType!.Name + "." + f.Name)
            .ToList();
        Assert.Empty(fields);
    }

    /// <summary>The sample types that have at least one non-nullable reference property with an init accessor.</summary>
    public static TheoryData<string> SampleTypes => new(Samples.Instances.Keys
        .Where(t => t.GetProperties().Any(p => p.SetMethod is { IsPublic: true } && !p.PropertyType.IsValueType
            && new NullabilityInfoContext().Create(p).WriteState == NullabilityState.NotNull))
        .Select(t => t.Name));

    [Theory]
    [MemberData(nameof(SampleTypes))]
    public void InitProperties_RejectNullWithThePropertyName(string typeName)
    {
        var (type, sample) = Samples.Instances.Single(p => p.Key.Name == typeName);
        var nullability = new NullabilityInfoContext();
        var checkedProperties = 0;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true } || property.PropertyType.IsValueType
                || nullability.Create(property).WriteState != NullabilityState.NotNull)
            {
                continue;
            }

            var copy = Samples.Clone(sample);
            var ex = Assert.Throws<TargetInvocationException>(() => property.SetValue(copy, null));
            var inner = Assert.IsAssignableFrom<ArgumentNullException>(ex.InnerException);
            Assert.Equal(property.Name, inner.ParamName);
            checkedProperties++;
        }

        Assert.True(checkedProperties > 0, $"{typeName}: no property checked");
    }

    [Fact]
    public void PublicMethodsAndConstructors_RejectNullWithTheParameterName()
    {
        var nullability = new NullabilityInfoContext();
        var failures = new List<string>();
        int checkedParameters = 0;
        var members = PublicTypes
            .Where(t => !t.IsInterface && !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly).Cast<MethodBase>()
                .Concat(t.IsAbstract ? [] : t.GetConstructors()))
            .Where(m => !m.IsSpecialName || m is ConstructorInfo)
            .Where(m => !m.IsGenericMethodDefinition && m.Name is not ("Equals" or "<Clone>$" or "Deconstruct" or "PrintMembers"))
            .Where(m => !m.GetParameters().Any(p => p.ParameterType.IsByRefLike || p.ParameterType.IsByRef || p.ParameterType.IsPointer));

        foreach (var member in members)
        {
            var parameters = member.GetParameters();
            for (int i = 0; i < parameters.Length; i++)
            {
                var parameter = parameters[i];
                if (parameter.ParameterType.IsValueType || nullability.Create(parameter).WriteState != NullabilityState.NotNull)
                {
                    continue;
                }

                var arguments = new object?[parameters.Length];
                bool complete = true;
                for (int j = 0; j < parameters.Length; j++)
                {
                    if (j == i)
                    {
                        continue;
                    }

                    if (!Samples.TryCreate(parameters[j].ParameterType, out arguments[j]))
                    {
                        if (parameters[j].HasDefaultValue)
                        {
                            arguments[j] = parameters[j].DefaultValue;
                        }
                        else
                        {
                            complete = false;
                        }
                    }
                }

                object? target = null;
                if (!member.IsStatic && member is MethodInfo && !Samples.TryCreate(member.DeclaringType!, out target))
                {
                    complete = false;
                }

                if (!complete)
                {
                    continue;
                }

                checkedParameters++;
                try
                {
                    if (member is ConstructorInfo constructor)
                    {
                        constructor.Invoke(arguments);
                    }
                    else
                    {
                        member.Invoke(target, arguments);
                    }

                    failures.Add($"{member.DeclaringType!.Name}.{member.Name}({parameter.Name}): accepted null");
                }
                catch (TargetInvocationException ex) when (ex.InnerException is ArgumentNullException ane)
                {
                    if (ane.ParamName != parameter.Name)
                    {
                        failures.Add($"{member.DeclaringType!.Name}.{member.Name}({parameter.Name}): ParamName was '{ane.ParamName}'");
                    }
                }
                catch (TargetInvocationException ex)
                {
                    failures.Add($"{member.DeclaringType!.Name}.{member.Name}({parameter.Name}): threw {ex.InnerException?.GetType().Name}");
                }
            }
        }

        Assert.Empty(failures);
        Assert.True(checkedParameters > 40, $"only {checkedParameters} parameters could be checked");
    }
}

/// <summary>Sample values of the public types, for convention tests.</summary>
internal static class Samples
{
    private static readonly OkrPlan Plan = Plans.Plan(Objective("o", KrAt("kr", 10m)));

    public static readonly Dictionary<Type, object> Instances = new()
    {
        [typeof(CheckIn)] = CheckIn(1m),
        [typeof(WorkItem)] = new WorkItem { Id = "t", Title = "T" },
        [typeof(Initiative)] = new Initiative { Id = "i", Title = "I" },
        [typeof(KeyResult)] = KrAt("kr", 10m),
        [typeof(Objective)] = Objective("o"),
        [typeof(RollupSettings)] = new RollupSettings(),
        [typeof(ScoringConfiguration)] = new ScoringConfiguration(),
        [typeof(PhasedTarget)] = new PhasedTarget(new DateOnly(2026, 5, 1), 10m),
        [typeof(MeasureScale)] = new MeasureScale(0m, 10m),
    };

    public static object Clone(object value) =>
        value.GetType().GetMethod("<Clone>$")!.Invoke(value, null)!;

    public static bool TryCreate(Type type, out object? value)
    {
        value = type switch
        {
            _ when type == typeof(string) => "x",
            _ when type == typeof(OkrPlan) => Plan,
            _ when type == typeof(Scorecard) => OkrScorer.Score(Plan, MidQ2),
            _ when type == typeof(StrategyOptions) => StrategyOptions.Empty,
            _ when type == typeof(StrategyRegistry) => StrategyRegistry.BuiltIn,
            _ when type == typeof(TimeProvider) => TimeProvider.System,
            _ when type == typeof(KeyResultKind) || type == typeof(LinearKind) => KeyResultKind.Increase(0m, 10m),
            _ when type == typeof(ProgressOverride) => new ProgressOverride(Progress.Zero, OverrideMode.OneOff, "r", "a", DateTimeOffset.UnixEpoch),
            _ when type == typeof(ScoreOverride) => new ScoreOverride(0.5m, "r", "a", DateTimeOffset.UnixEpoch),
            _ when type == typeof(IEnumerable<Objective>) => Array.Empty<Objective>(),
            _ when type == typeof(IEnumerable<string>) => new[] { "kr" },
            _ when type == typeof(StandardProgressStrategy) || type == typeof(ProgressStrategy) => new StandardProgressStrategy(),
            _ when type == typeof(Func<StrategyOptions, WeightedMeanRollup>) => (Func<StrategyOptions, WeightedMeanRollup>)(_ => new WeightedMeanRollup()),
            _ => Instances.TryGetValue(type, out var sample) ? sample : null,
        };
        return value is not null;
    }
}
