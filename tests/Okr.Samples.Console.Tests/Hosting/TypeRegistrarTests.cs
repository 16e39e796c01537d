using Okr.Samples.Cli.Hosting;
using Spectre.Console.Cli.Testing;

namespace Okr.Samples.Cli.Tests.Hosting;

public sealed class TypeRegistrarTests
{
    [Fact]
    public void TypeRegistrar_PassesSpectresRegistrarContract()
    {
        new TypeRegistrarBaseTests(() => new TypeRegistrar()).RunAllTests();
    }
}
