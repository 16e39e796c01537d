using Okr.Samples.Web;
using Okr.Samples.Web.Api;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddOkrSample(builder.Configuration);

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi(); // GET /openapi/v1.json
HealthEndpoint.Map(app);
PlanEndpoints.Map(app);
CheckInEndpoints.Map(app);
WebhookEndpoints.Map(app);
ImportEndpoints.Map(app, app.Services.GetRequiredService<SampleOptions>().MaxImportBytes);
app.MapGet("/", () => Results.Redirect("/plans/" + Seeding.ExamplePlanId + "/dashboard")).ExcludeFromDescription();

await app.Services.GetRequiredService<Seeding>().RunAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();

/// <summary>The entry point (public so that integration tests can host it with WebApplicationFactory).</summary>
public partial class Program;
