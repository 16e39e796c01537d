using Okr.Samples.Web.Plans;
using Okr.Samples.Web.Storage;

namespace Okr.Samples.Web;

/// <summary>The sample's services: the store chosen by configuration, the plan cache, the clock, problem details, OpenAPI.</summary>
internal static class SampleServices
{
    public static IServiceCollection AddOkrSample(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Storage").Get<SampleOptions>() ?? new SampleOptions();
        services.AddSingleton(options);
        services.AddSingleton<IPlanStore>(_ => options.Provider.ToUpperInvariant() switch
        {
            "SQLITE" => new SqlitePlanStore(Path.Combine(AppContext.BaseDirectory, options.SqlitePath)),
            "POSTGRES" or "POSTGRESQL" => new PostgresPlanStore(string.IsNullOrWhiteSpace(options.PostgresConnectionString)
                ? throw new InvalidOperationException("Storage:PostgresConnectionString is empty while Storage:Provider is postgres.")
                : options.PostgresConnectionString),
            _ => throw new InvalidOperationException($"Storage:Provider '{options.Provider}' is not sqlite or postgres."),
        });
        services.AddSingleton<PlanService>();
        services.AddSingleton<Seeding>();
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.AddOpenApi();
        return services;
    }
}
