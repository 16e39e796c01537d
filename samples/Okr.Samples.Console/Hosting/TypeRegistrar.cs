using Spectre.Console.Cli;

namespace Okr.Samples.Cli.Hosting;

/// <summary>A minimal dependency container for Spectre.Console.Cli: instances, lazy factories and types built
/// through their public constructor with the most parameters that can all be resolved.</summary>
internal sealed class TypeRegistrar : ITypeRegistrar
{
    private readonly Dictionary<Type, List<Func<object>>> registrations = [];

    public void Register(Type service, Type implementation) =>
        Add(service, () => Construct(implementation) ?? throw new InvalidOperationException($"Cannot build a {implementation.Name}: no constructor whose parameters can all be resolved."));

    public void RegisterInstance(Type service, object implementation) => Add(service, () => implementation);

    public void RegisterLazy(Type service, Func<object> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Lazy<object> lazy = new(factory);
        Add(service, () => lazy.Value);
    }

    private void Add(Type service, Func<object> factory)
    {
        if (!registrations.TryGetValue(service, out var list))
        {
            registrations[service] = list = [];
        }

        list.Add(factory);
    }

    public ITypeResolver Build() => new Resolver(this);

    private object? Resolve(Type? type)
    {
        if (type is null)
        {
            return null;
        }

        if (registrations.TryGetValue(type, out var factories))
        {
            return factories[^1]();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var element = type.GetGenericArguments()[0];
            var all = registrations.TryGetValue(element, out var list) ? list : [];
            var array = Array.CreateInstance(element, all.Count);
            for (int i = 0; i < all.Count; i++)
            {
                array.SetValue(all[i](), i);
            }

            return array;
        }

        return type.IsAbstract || type.IsInterface || type.IsPrimitive || type == typeof(string) ? null : Construct(type);
    }

    private object? Construct(Type type)
    {
        foreach (var constructor in type.GetConstructors().OrderByDescending(c => c.GetParameters().Length))
        {
            var parameters = constructor.GetParameters();
            var arguments = new object?[parameters.Length];
            bool resolved = true;
            for (int i = 0; i < parameters.Length && resolved; i++)
            {
                arguments[i] = Resolve(parameters[i].ParameterType);
                resolved = arguments[i] is not null;
            }

            if (resolved)
            {
                return constructor.Invoke(arguments);
            }
        }

        return null;
    }

    private sealed class Resolver(TypeRegistrar registrar) : ITypeResolver
    {
        public object? Resolve(Type? type) => registrar.Resolve(type);
    }
}
