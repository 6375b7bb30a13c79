using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using ParGraph.Api.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddParGraphData();
builder.Services.AddParGraphHealthChecks();

var app = builder.Build();
await app.MigrateParGraphDatabaseAsync();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions
{
    Predicate = check => check.Tags.Contains(DataHealthCheckExtensions.ReadyTag),
});
app.Run();

public partial class Program;
