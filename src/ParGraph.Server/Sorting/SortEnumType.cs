using GraphQL.Types;

namespace ParGraph.Server.Sorting;

/// <summary>Hot Chocolate's <c>SortEnumType { ASC DESC }</c>.</summary>
public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "Sort direction.";
        Add("ASC", SortDirection.Ascending, "Ascending: smallest, earliest or A first; empty values last.");
        Add("DESC", SortDirection.Descending, "Descending: largest, latest or Z first; empty values first.");
    }
}

public enum SortDirection
{
    Ascending,
    Descending,
}
