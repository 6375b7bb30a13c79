using System.ComponentModel.DataAnnotations;

namespace ParGraph.Server.Paging;

/// <summary>Page sizes of every connection; bound from the <c>Paging</c> section.</summary>
public sealed class PagingOptions
{
    public const string SectionName = "Paging";

    [Range(1, 10_000)]
    public int DefaultPageSize { get; set; } = 20;

    [Range(1, 10_000)]
    public int MaxPageSize { get; set; } = 100;
}
