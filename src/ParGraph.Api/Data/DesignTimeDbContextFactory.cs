using Microsoft.EntityFrameworkCore.Design;

namespace ParGraph.Api.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without starting the app or a server.
/// <c>dotnet ef database update</c> uses <c>ConnectionStrings__ParGraph</c> when set.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ParGraphDbContext>
{
    private const string Placeholder = "Host=127.0.0.1;Database=pargraph;Username=postgres";

    public ParGraphDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__ParGraph");
        return new ParGraphDbContext(ParGraphDbContextOptions.Create(
            string.IsNullOrWhiteSpace(connectionString) ? Placeholder : connectionString));
    }
}
