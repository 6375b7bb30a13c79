using ParGraph.Api.Data;

namespace ParGraph.Api.Import;

/// <summary>Builds an <see cref="IAssignmentResolver"/> over the agency registry as it is in the database.</summary>
public interface IAssignmentResolverFactory
{
    Task<IAssignmentResolver> CreateAsync(ParGraphDbContext db, CancellationToken ct);
}
