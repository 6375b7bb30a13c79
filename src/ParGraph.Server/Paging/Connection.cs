namespace ParGraph.Server.Paging;

/// <summary>One page of a Relay connection.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int? TotalCount)
{
    public static Connection<T> Empty { get; } = new([], new PageInfo(false, false, null, null), 0);

    public IEnumerable<T> Nodes => Edges.Select(edge => edge.Node);

    /// <summary>
    /// The page made of <paramref name="rows"/>, read in the arguments' direction with one row more than
    /// <paramref name="size"/> when there is more to read.
    /// </summary>
    internal static Connection<T> FromRows(List<KeyedRow<T>> rows, int keyCount, int size, ConnectionArguments arguments, int? total)
    {
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveRange(size, rows.Count - size);
        }

        if (arguments.Backward)
        {
            rows.Reverse();
        }

        var edges = rows.Select(keyed => new Edge<T>(KeysetCursor.Encode(keyed.Keys(keyCount)), keyed.Row)).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: arguments.Backward ? arguments.Before is not null : more,
            HasPreviousPage: arguments.Backward ? more : arguments.After is not null,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, pageInfo, total);
    }
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
