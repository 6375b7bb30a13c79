using Npgsql;

namespace ParGraph.Server.Events;

/// <summary>Opens the backplane's LISTEN connection; the application says where its database is.</summary>
public sealed class PostgresEventConnection(Func<Task<string>> connectionString)
{
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        // Keepalive notices a dead server on an idle connection; no pooling, this one stays open.
        var builder = new NpgsqlConnectionStringBuilder(await connectionString().ConfigureAwait(false)) { Pooling = false, KeepAlive = 30 };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
