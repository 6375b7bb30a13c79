using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ParGraph.Api.Tests.Infrastructure;

/// <summary>Counts the SQL commands EF Core sends, to prove a request runs a bounded number of statements.</summary>
public sealed class SqlStatementCounter : DbCommandInterceptor
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> texts = new();
    private int count;

    public int Count => Volatile.Read(ref count);

    /// <summary>The SQL of the commands counted since the last <see cref="Reset"/>, to show in a test's output.</summary>
    public IReadOnlyCollection<string> Texts => texts;

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        texts.Clear();
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        texts.Enqueue(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        texts.Enqueue(command.CommandText);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        texts.Enqueue(command.CommandText);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
