using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ParGraph.Api.Hosting;

/// <summary>
/// Runs the embedded PostgreSQL for the app: started on first use or at host start, whichever
/// comes first, and stopped when the host stops (Ctrl-C, SIGTERM) or is disposed.
/// </summary>
public sealed class EmbeddedPostgresService(EmbeddedPostgresOptions options, ILogger<EmbeddedPostgres> logger)
    : IHostedService, IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private EmbeddedPostgres? server;

    public async Task<EmbeddedPostgres> GetServerAsync(CancellationToken cancellationToken = default)
    {
        if (server is not null)
        {
            return server;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            return server ??= await EmbeddedPostgres.StartAsync(options, logger, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => GetServerAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => server?.StopAsync() ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        gate.Dispose();
    }
}
