using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Audit;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;
using ParGraph.Server.Mutations;

using ParGraph.Api.Tasks;

namespace ParGraph.Api.Agencies;

/// <summary>
/// Merges agencies (e.g. the 2025 reorganisation): the dissolved ones end the day before the merger and
/// name their successor, which takes over their open tasks and their group memberships. Validated before
/// any write, in one transaction; one audit entry per agency and per task changed.
/// </summary>
public sealed class AgencyMergeService(IDbContextFactory<ParGraphDbContext> factory, ProvinceClock clock, TaskHistory taskHistory)
{
    public Task<MergeAgenciesPayload> MergeAsync(MergeAgenciesInput input, ClaimsPrincipal? user, CancellationToken ct)
    {
        var request = MergeAgenciesRequest.Parse(input, clock.Today);
        return factory.MutateAsync<ParGraphDbContext, MergeAgenciesPayload>(async (db, ct) =>
        {
            var codes = request.Codes.ToList();
            var registry = await db.Agencies.Include(a => a.Groups)
                .Where(a => codes.Contains(a.Code))
                .ToDictionaryAsync(a => a.Code, StringComparer.Ordinal, ct);
            var (into, dissolved) = request.Resolve(registry);

            // Everything is checked; the writes follow.
            var at = clock.UtcNow;
            var intoBefore = AgencySnapshot.WithGroups(into);
            foreach (var agency in dissolved)
            {
                var before = AgencySnapshot.WithGroups(agency);
                agency.ValidTo = request.On.AddDays(-1);
                agency.SuccessorId = into.Id;
                foreach (var group in agency.Groups.ToList())
                {
                    agency.Groups.Remove(group);
                    if (!into.Groups.Any(g => g.Id == group.Id))
                    {
                        into.Groups.Add(group);
                    }
                }

                AuditLog.Record(db, user, at, TaskHandover.Operation, nameof(Agency), agency.Code, before, AgencySnapshot.WithGroups(agency), agency.Code);
            }

            var intoAfter = AgencySnapshot.WithGroups(into);
            if (!intoAfter.Groups!.SequenceEqual(intoBefore.Groups!))
            {
                AuditLog.Record(db, user, at, TaskHandover.Operation, nameof(Agency), into.Code, intoBefore, intoAfter, into.Code);
            }

            var note = $"{string.Join(", ", request.From)} merged into {into.Code} from {request.On:yyyy-MM-dd}; open tasks pass to {into.Code}.";
            var reassigned = await TaskHandover.RunAsync(db, taskHistory, [.. dissolved.Select(a => a.Id)], into, note, new TaskActor(user, at), ct);
            return new MergeAgenciesPayload(into, dissolved, reassigned);
        }, $"The agencies {string.Join(", ", request.Codes)} or their tasks were changed by someone else at the same time; try again.", ct);
    }
}
