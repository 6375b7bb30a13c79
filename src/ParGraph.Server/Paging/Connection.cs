namespace ParGraph.Server.Paging;

/// <summary>One page of a Relay connection.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int? TotalCount)
{
    public IEnumerable<T> Nodes => Edges.Select(edge => edge.Node);
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
