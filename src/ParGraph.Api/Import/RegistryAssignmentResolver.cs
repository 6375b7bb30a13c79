using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Import.Agencies;
using ParGraph.Api.Import.Parsing;

namespace ParGraph.Api.Import;

/// <summary>Resolves responsibility texts against the agency registry as the database holds it.</summary>
public sealed class RegistryAssignmentResolver(AgencyResolver resolver) : IAssignmentResolver
{
    public ResolvedAssignment Resolve(ParsedTask task) =>
        task.ResponsibilityText is { } cell ? resolver.Resolve(cell) : resolver.Resolve(task.LeadText, task.CoordinatingText);

    public sealed class Factory : IAssignmentResolverFactory
    {
        public async Task<IAssignmentResolver> CreateAsync(ParGraphDbContext db, CancellationToken ct)
        {
            var names = await db.Agencies.AsNoTracking()
                .Select(a => new AgencyName(a.Code, a.Name, a.ShortName, a.Aliases, a.Kind))
                .ToListAsync(ct);
            return new RegistryAssignmentResolver(new AgencyResolver(new AgencyDirectory(names)));
        }
    }
}
