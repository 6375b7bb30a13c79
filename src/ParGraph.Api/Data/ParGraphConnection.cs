namespace ParGraph.Api.Data;

/// <summary>
/// Where the database is: the configured <c>ConnectionStrings:ParGraph</c>, or the embedded
/// PostgreSQL, which is started the first time the connection string is asked for.
/// </summary>
public sealed class ParGraphConnection
{
    private readonly Lazy<Task<string>> connectionString;

    public ParGraphConnection(string connectionString) =>
        this.connectionString = new(Task.FromResult(connectionString));

    public ParGraphConnection(Func<CancellationToken, Task<string>> start)
    {
        IsEmbedded = true;
        connectionString = new(() => start(CancellationToken.None));
    }

    public bool IsEmbedded { get; }

    public Task<string> GetConnectionStringAsync() => connectionString.Value;

    public string GetConnectionString() => connectionString.Value.GetAwaiter().GetResult();
}
