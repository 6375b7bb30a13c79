using Microsoft.EntityFrameworkCore;

namespace ParGraph.Server.Paging;

internal static class QueryableConnectionExtensions
{
    /// <summary>
    /// Reads <paramref name="page"/> of <paramref name="source"/> with keyset cursors: one statement for the
    /// page, one more for the total only when <c>totalCount</c> is selected.
    /// </summary>
    public static async Task<Connection<T>> ToConnectionAsync<T>(
        this IQueryable<T> source, PageRequest<T> page, CancellationToken cancellationToken)
        where T : class
    {
        int? total = page.IncludeTotalCount ? await source.CountAsync(cancellationToken).ConfigureAwait(false) : null;
        var rows = await source.Provider.CreateQuery<KeyedRow<T>>(page.Rows(source.Expression))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return page.ToConnection(rows, total);
    }
}
