using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Audit;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;
using ParGraph.Api.Identity;
using ParGraph.Server.Errors;
using ParGraph.Server.Events;
using ParGraph.Server.Mutations;

namespace ParGraph.Api.Kpis;

/// <summary>Records KPI measurements: agency-scoped for editors, province-wide for the SNV PAR office; validated, audited.</summary>
public sealed class KpiMeasurementService(IDbContextFactory<ParGraphDbContext> factory, ProvinceClock clock, EventPublisher events)
{
    public const int MaxSourceLength = 500;
    public const int MaxNoteLength = 2000;

    public Task<RecordKpiMeasurementPayload> RecordAsync(RecordKpiMeasurementInput input, ClaimsPrincipal? user, CancellationToken ct)
    {
        var caller = new CurrentUser(user);
        var code = (input.KpiCode ?? "").Trim().ToUpperInvariant();
        var agencyCode = string.IsNullOrWhiteSpace(input.AgencyCode) ? null : input.AgencyCode.Trim().ToUpperInvariant();
        Authorize(caller, agencyCode);
        var (source, note) = Validate(input);

        return factory.MutateAsync<ParGraphDbContext, RecordKpiMeasurementPayload>(async (db, ct) =>
        {
            var kpi = await KpiValues.FindKpiAsync(db, code, input.KpiCode, ct);
            KpiValues.RequireInUnit(kpi, input.Value, "input.value");
            int? agencyId = agencyCode is null ? null
                : await db.Agencies.Where(a => a.Code == agencyCode).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct)
                  ?? throw ApiException.Validation($"There is no agency with code \"{input.AgencyCode}\".", "input.agencyCode");

            var measurement = db.KpiMeasurements.Add(new KpiMeasurement
            {
                KpiId = kpi.Id, On = input.On, Value = input.Value, AgencyId = agencyId,
                Rank = input.Rank, RankOutOf = input.RankOutOf, Source = source, Note = note,
                RecordedBy = caller.Username, RecordedAt = clock.UtcNow,
            }).Entity;
            await db.SaveChangesAsync(ct); // the id, for the audit entry; the transaction is still open
            AuditLog.Record(db, user, clock.UtcNow, "recordKpiMeasurement", nameof(KpiMeasurement),
                measurement.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                null, KpiSnapshot.Of(measurement, code, agencyCode), agencyCode);
            await events.PublishAsync(db, KpiMeasurementEvent.Topic, new KpiMeasurementEvent(measurement.Id, kpi.Code, agencyCode), ct);
            return new RecordKpiMeasurementPayload(measurement, kpi);
        }, $"The measurement of KPI {code} conflicts with a change made at the same time; try again.", ct);
    }

    private static void Authorize(CurrentUser caller, string? agencyCode)
    {
        if (agencyCode is null && !caller.IsParAdmin)
        {
            throw ApiException.Forbidden("Only the SNV PAR office (par-admin) may record province-wide measurements; give the agencyCode of an agency you edit.");
        }

        if (agencyCode is not null && !caller.CanEdit(agencyCode))
        {
            throw ApiException.Forbidden($"You may record measurements only for agencies you are an editor of; you are not an editor of {agencyCode}.");
        }
    }

    private (string Source, string? Note) Validate(RecordKpiMeasurementInput input)
    {
        if (input.On > clock.Today)
        {
            throw ApiException.Validation($"The day {input.On:yyyy-MM-dd} is in the future (today is {clock.Today:yyyy-MM-dd} in Khánh Hòa).", "input.on");
        }

        KpiValues.RequireFinite(input.Value, "input.value");
        if (input.Rank is { } rank)
        {
            if (rank < 1)
            {
                throw ApiException.Validation("The rank must be at least 1 (1 is best).", "input.rank");
            }

            if (input.RankOutOf is not { } outOf || outOf < rank)
            {
                throw ApiException.Validation("A rank needs rankOutOf, the number ranked, which must be at least the rank.", "input.rankOutOf");
            }
        }
        else if (input.RankOutOf is < 1)
        {
            throw ApiException.Validation("rankOutOf must be at least 1.", "input.rankOutOf");
        }

        var source = (input.Source ?? "").Trim();
        if (source.Length == 0 || source.Length > MaxSourceLength)
        {
            throw ApiException.Validation($"The source must not be empty and must be at most {MaxSourceLength} characters.", "input.source");
        }

        if (LooksLikeUrl(source) && !(Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0))
        {
            throw ApiException.Validation($"The source \"{source}\" looks like a link but is not an absolute http(s) URL.", "input.source");
        }

        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        return note?.Length > MaxNoteLength
            ? throw ApiException.Validation($"The note must be at most {MaxNoteLength} characters.", "input.note")
            : (source, note);
    }

    private static bool LooksLikeUrl(string source) =>
        !source.Contains(' ', StringComparison.Ordinal)
        && (source.Contains("://", StringComparison.Ordinal)
            || source.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || source.StartsWith("http", StringComparison.OrdinalIgnoreCase));
}
