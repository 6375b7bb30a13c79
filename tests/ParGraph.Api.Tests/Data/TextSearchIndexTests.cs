using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Tasks;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Filtering;

namespace ParGraph.Api.Tests.Data;

/// <summary>Accent-insensitive <c>contains</c> is written so PostgreSQL can answer it from the trigram index.</summary>
public class TextSearchIndexTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    [Fact]
    public async Task TitleContains_IsAnsweredFromTheTrigramIndex()
    {
        await using var db = factory.Database.CreateContext();
        var filter = new TaskFilterInputType().ToExpression(
            new Dictionary<string, object?> { ["title"] = new Dictionary<string, object?> { ["contains"] = "số hóa" } }, new PostgresText());
        var sql = db.Tasks.Where(filter).Select(t => t.Id).ToQueryString();

        await using var connection = await factory.Database.OpenConnectionAsync();
        await using (var off = connection.CreateCommand())
        {
            off.CommandText = "SET enable_seqscan = off";
            await off.ExecuteNonQueryAsync();
        }

        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN " + Inline(sql);
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        Assert.Contains(plan, line => line.Contains("ix_tasks_title_search", StringComparison.Ordinal));
        Assert.Contains("f_unaccent(lower(", sql, StringComparison.Ordinal);
    }

    /// <summary>ToQueryString's parameters (<c>-- @p='v'</c> lines) written into the statement, for EXPLAIN.</summary>
    private static string Inline(string sql)
    {
        var lines = sql.Split('\n');
        var statement = string.Join('\n', lines.Where(l => !l.StartsWith("-- ", StringComparison.Ordinal)));
        foreach (var parameter in lines.Where(l => l.StartsWith("-- @", StringComparison.Ordinal)))
        {
            var (name, value) = (parameter[3..parameter.IndexOf('=', StringComparison.Ordinal)], parameter[(parameter.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            statement = statement.Replace(name, value, StringComparison.Ordinal);
        }

        return statement;
    }
}
