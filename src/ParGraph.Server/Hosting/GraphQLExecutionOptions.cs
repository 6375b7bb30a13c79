using System.ComponentModel.DataAnnotations;

namespace ParGraph.Server.Hosting;

/// <summary>Limits that apply to every transport, bound from the <c>GraphQLExecution</c> section.</summary>
public sealed class GraphQLExecutionOptions
{
    public const string SectionName = "GraphQLExecution";

    /// <summary>Deepest allowed selection nesting (answered with <c>COMPLEXITY_LIMIT</c>).</summary>
    [Range(1, 100)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest allowed cost as computed by GraphQL.NET's complexity analyzer (introspection is free).</summary>
    [Range(1, int.MaxValue)]
    public int MaxComplexity { get; set; } = 20_000;

    /// <summary>
    /// What each root field of an operation adds to its cost, besides its selection: every root field
    /// starts its own database work, so a document of a thousand aliased root fields is refused with
    /// <c>COMPLEXITY_LIMIT</c> rather than run (at the defaults, at most 200 root fields).
    /// </summary>
    [Range(0, int.MaxValue)]
    public int RootFieldCost { get; set; } = 100;

    /// <summary>
    /// Most database connections one request holds at once; its other resolvers and batch loaders wait
    /// for one of them, so one request never takes the pool from everyone else.
    /// </summary>
    [Range(1, 1000)]
    public int MaxConnectionsPerRequest { get; set; } = 4;

    /// <summary>Longest a request may execute before it is answered with <c>TIMEOUT</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many parsed and validated documents are kept.</summary>
    [Range(1, 1_000_000)]
    public int DocumentCacheSize { get; set; } = 1000;
}
