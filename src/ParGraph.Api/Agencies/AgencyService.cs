using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Audit;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;
using ParGraph.Server.Errors;
using ParGraph.Server.Mutations;

namespace ParGraph.Api.Agencies;

/// <summary>Writes to the agency registry: validated, in one transaction, audited.</summary>
public sealed partial class AgencyService(IDbContextFactory<ParGraphDbContext> factory, ProvinceClock clock)
{
    public Task<Agency> UpsertAsync(UpsertAgencyInput input, ClaimsPrincipal? user, CancellationToken ct)
    {
        var code = (input.Code ?? "").Trim().ToUpperInvariant();
        Validate(input, code);
        return factory.MutateAsync<ParGraphDbContext, Agency>(async (db, ct) =>
        {
            var agency = await db.Agencies.FirstOrDefaultAsync(a => a.Code == code, ct);
            var before = agency is null ? null : AgencySnapshot.Of(agency);
            agency ??= db.Agencies.Add(new Agency { Code = code, Name = "" }).Entity;
            agency.Name = input.Name.Trim();
            agency.ShortName = string.IsNullOrWhiteSpace(input.ShortName) ? null : input.ShortName.Trim();
            agency.Kind = input.Kind;
            agency.Aliases = input.Aliases is null ? agency.Aliases : [.. input.Aliases.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct()];
            agency.ParentId = await ParentIdAsync(db, input.ParentCode, code, ct);
            agency.ValidFrom = input.ValidFrom;
            agency.ValidTo = input.ValidTo;
            AuditLog.Record(db, user, clock.UtcNow, "upsertAgency", nameof(Agency), code, before, AgencySnapshot.Of(agency));
            return agency;
        }, $"Agency {code} was created or changed by someone else at the same time; try again.", ct);
    }

    private static void Validate(UpsertAgencyInput input, string code)
    {
        if (!CodePattern().IsMatch(code))
        {
            throw ApiException.Validation(
                $"Agency code \"{input.Code}\" is not valid: use upper-case ASCII letters and digits, parts joined by '-', at most 64 characters (e.g. SNV, UBND-NHATRANG).",
                "input.code");
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 300)
        {
            throw ApiException.Validation("The agency's name must not be empty and must be at most 300 characters.", "input.name");
        }

        if (input.ValidFrom is { } from && input.ValidTo is { } to && to < from)
        {
            throw ApiException.Validation($"validTo ({to:yyyy-MM-dd}) is before validFrom ({from:yyyy-MM-dd}).", "input.validTo");
        }
    }

    private static async Task<int?> ParentIdAsync(ParGraphDbContext db, string? parentCode, string code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(parentCode))
        {
            return null;
        }

        var normalized = parentCode.Trim().ToUpperInvariant();
        if (normalized == code)
        {
            throw ApiException.Validation("An agency cannot be its own parent.", "input.parentCode");
        }

        return await db.Agencies.Where(a => a.Code == normalized).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct)
            ?? throw ApiException.Validation($"There is no agency with code \"{parentCode}\" to be the parent.", "input.parentCode");
    }

    [GeneratedRegex("^(?=.{1,64}$)[A-Z0-9]+(-[A-Z0-9]+)*$")]
    private static partial Regex CodePattern();
}
