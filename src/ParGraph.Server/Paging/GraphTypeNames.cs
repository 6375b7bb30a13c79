namespace ParGraph.Server.Paging;

/// <summary>Names derived from a node graph type named by convention <c>XType</c> (GraphQL name <c>X</c>).</summary>
internal static class GraphTypeNames
{
    public static string NodeName(Type graphType)
    {
        var name = graphType.Name;
        return name.EndsWith("GraphType", StringComparison.Ordinal) ? name[..^9]
            : name.EndsWith("Type", StringComparison.Ordinal) ? name[..^4]
            : name;
    }

    /// <summary>Hot Chocolate style plural: Agency → Agencies, Task → Tasks.</summary>
    public static string Plural(string name) =>
        name.EndsWith('y') && name.Length > 1 && !"aeiou".Contains(name[^2]) ? name[..^1] + "ies"
        : name.EndsWith('s') ? name + "es"
        : name + "s";
}
