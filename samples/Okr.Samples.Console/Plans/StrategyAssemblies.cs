using System.Reflection;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Hosting;

namespace Okr.Samples.Cli.Plans;

/// <summary>
/// Loads users' scoring strategies from assemblies (<c>--strategies MyStrategies.dll</c>) into a
/// <see cref="StrategyRegistry"/>, next to the built-in ones. The convention, the one the library's own strategies and
/// the custom-strategy sample follow: every public, non-abstract class deriving from <see cref="ScoringStrategy"/> that
/// declares a public static <c>StrategyName</c> (a constant, field or property of type string) and a public static
/// <c>FromOptions(StrategyOptions)</c> method returning the strategy is registered under that name.
/// </summary>
internal static class StrategyAssemblies
{
    /// <summary>The built-in registry with the strategies of every assembly in <paramref name="paths"/> added.</summary>
    /// <exception cref="OkrInputException">An assembly is missing, cannot be loaded or holds no strategy.</exception>
    public static StrategyRegistry Load(IEnumerable<string>? paths)
    {
        var registry = StrategyRegistry.BuiltIn;
        foreach (string path in paths ?? [])
        {
            var assembly = LoadAssembly(path);
            int found = 0;
            foreach (var (name, factory) in StrategiesIn(path, assembly))
            {
                registry = registry.With(name, factory);
                found++;
            }

            if (found == 0)
            {
                throw OkrInputException.ForFile(path, "holds no scoring strategy: --strategies expects public classes deriving from "
                    + "ProgressStrategy, RollupStrategy, StatusStrategy or ScoreStrategy, each with a public static StrategyName and a "
                    + "public static FromOptions(StrategyOptions) method.");
            }
        }

        return registry;
    }

    private static Assembly LoadAssembly(string path)
    {
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full) || !File.Exists(full))
        {
            throw OkrInputException.ForFile(path, "no such file (--strategies expects the path of a .NET assembly, a .dll).");
        }

        try
        {
            return Assembly.LoadFrom(full);
        }
        catch (BadImageFormatException e)
        {
            throw OkrInputException.ForFile(path, "is not a .NET assembly (--strategies expects a .dll built for .NET 10).", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw OkrInputException.ForFile(path, "cannot be loaded: " + e.Message, e);
        }
    }

    private static IEnumerable<(string Name, Func<StrategyOptions, ScoringStrategy> Factory)> StrategiesIn(string path, Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or TypeLoadException or FileNotFoundException or FileLoadException)
        {
            throw OkrInputException.ForFile(path, "cannot be loaded (a type or a dependency is missing): " + e.Message, e);
        }

        foreach (var type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (type.IsAbstract || !typeof(ScoringStrategy).IsAssignableFrom(type))
            {
                continue;
            }

            string? name = NameOf(type);
            var fromOptions = type.GetMethod("FromOptions", BindingFlags.Public | BindingFlags.Static, [typeof(StrategyOptions)]);
            if (string.IsNullOrWhiteSpace(name) || fromOptions is null || !typeof(ScoringStrategy).IsAssignableFrom(fromOptions.ReturnType))
            {
                continue;
            }

            yield return (name, options => Create(type, fromOptions, options));
        }
    }

    private static string? NameOf(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.GetField("StrategyName", flags) is { } field && field.FieldType == typeof(string))
        {
            return (string?)field.GetValue(null);
        }

        return type.GetProperty("StrategyName", flags) is { } property && property.PropertyType == typeof(string)
            ? (string?)property.GetValue(null)
            : null;
    }

    private static ScoringStrategy Create(Type type, MethodInfo fromOptions, StrategyOptions options)
    {
        try
        {
            return (ScoringStrategy?)fromOptions.Invoke(null, [options])
                ?? throw new InvalidOperationException($"{type.FullName}.FromOptions returned null.");
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            // The strategy's own exception (FormatException, ArgumentException for bad options), as if called directly.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
