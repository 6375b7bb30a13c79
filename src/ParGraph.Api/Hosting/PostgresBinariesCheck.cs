namespace ParGraph.Api.Hosting;

/// <summary>With the embedded database, the PostgreSQL server binaries must be installed.</summary>
public sealed class PostgresBinariesCheck(IServiceProvider services) : IStartupCheck
{
    public string? FindProblem()
    {
        if (services.GetService<EmbeddedPostgresOptions>() is not { } embedded)
        {
            return null;
        }

        try
        {
            PostgresBinaries.Locate(embedded.BinDirectory);
            return null;
        }
        catch (PostgresBinariesNotFoundException ex)
        {
            return ex.Message;
        }
    }
}
