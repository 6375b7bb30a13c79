using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Audit;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;
using ParGraph.Api.Import.Parsing;
using ParGraph.Api.Plans;
using ParGraph.Server.Errors;

namespace ParGraph.Api.Import;

/// <summary>
/// Imports one document in one transaction: plan, sections, tasks with assignments, KPI targets
/// (and, for a progress report, the report). Idempotent; edits made through the API are kept.
/// </summary>
public sealed class ImportService(
    IDbContextFactory<ParGraphDbContext> factory,
    DocumentParsers parsers,
    IAssignmentResolverFactory resolvers,
    ProvinceClock clock,
    ILogger<ImportService> logger)
{
    public async Task<ImportReport> ImportAsync(ImportRequest request, ClaimsPrincipal? user, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.FileName) || request.FileName.Length > 256)
        {
            throw ApiException.Validation("Give the document's file name (at most 256 characters).", "input.fileName");
        }

        var document = parsers.Parse(request.FileName, request.Text);
        var report = new ImportReport { FileName = request.FileName, Layout = document.Layout, DryRun = request.DryRun };
        report.Warnings.AddRange(document.Warnings);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(request.Text)));

        await using var db = await factory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var plan = await PlanFor(db, request, document, clock.Today, ct);
        report.PlanId = plan.Id == 0 ? null : plan.Id;
        if (plan.SourceHash == hash)
        {
            report.SameAsLastImport = true;
            return report;
        }

        var year = plan.PeriodStart?.Year ?? plan.IssuedOn?.Year ?? document.ReportsOn?.Year;
        if (document.Layout == DocumentLayout.AnnualPlanTable && year is { } planYear)
        {
            var objectives = AnnualPlanObjectivesReader.Read(request.Text, planYear, report.Warnings);
            document = document with { Targets = [.. document.Targets, .. objectives] };
        }

        var resolver = await resolvers.CreateAsync(db, ct);
        var tasks = await PlanContentImporter.ApplyAsync(
            db, plan, document, resolver, text => Deadlines.DeadlineParser.Parse(text, year), report, ct);
        TargetImporter.Apply(document.Targets, plan, await KpiMatcher.LoadAsync(db, report, ct), report);
        if (document.Layout == DocumentLayout.ProgressReport)
        {
            await ProgressReportImporter.ApplyAsync(db, plan, tasks, request.ReportPeriod, report, ct);
        }

        plan.SourceHash = hash;
        await db.SaveChangesAsync(ct);
        report.PlanId = plan.Id;
        AuditLog.Record(db, user, clock.UtcNow, "importDocument", nameof(Plan), plan.DocumentNumber ?? request.FileName, null, Summary(report));
        await db.SaveChangesAsync(ct);
        if (request.DryRun)
        {
            await transaction.RollbackAsync(ct);
        }
        else
        {
            await transaction.CommitAsync(ct);
        }

        logger.LogInformation(
            "Imported {File}{DryRun}: {Created} tasks created, {Updated} updated, {Unchanged} unchanged, {Targets} targets, {Warnings} warnings, {Unresolved} unresolved names",
            request.FileName, request.DryRun ? " (dry run)" : "", report.TasksCreated, report.TasksUpdated, report.TasksUnchanged,
            report.TargetsCreated + report.TargetsUpdated, report.Warnings.Count, report.UnresolvedAgencies.Count);
        return report;
    }

    private static async Task<Plan> PlanFor(
        ParGraphDbContext db, ImportRequest request, ParsedDocument document, DateOnly today, CancellationToken ct)
    {
        var plan = await db.Plans.Include(p => p.Sections).FirstOrDefaultAsync(p => p.SourceFile == request.FileName, ct);
        if (plan is not null)
        {
            return plan;
        }

        var facts = request.Plan;
        var year = document.ReportsOn?.Year;
        plan = db.Plans.Add(new Plan
        {
            SourceFile = request.FileName,
            DocumentNumber = facts?.DocumentNumber ?? document.ReportsOn?.DocumentNumber,
            Title = facts?.Title ?? document.ReportsOn?.Title ?? Path.GetFileNameWithoutExtension(request.FileName),
            Kind = facts?.Kind ?? PlanKind.AnnualPlan,
            IssuedOn = facts?.IssuedOn,
            PeriodStart = facts?.PeriodStart ?? (year is { } y ? new DateOnly(y, 1, 1) : null),
            PeriodEnd = facts?.PeriodEnd ?? (year is { } z ? new DateOnly(z, 12, 31) : null),
        }).Entity;
        plan.Status = PlanStatusRules.ForPeriod(plan.PeriodEnd, today);
        if (facts?.ParentDocumentNumber is { } parent)
        {
            plan.Parent = await db.Plans.FirstOrDefaultAsync(p => p.DocumentNumber == parent, ct);
        }

        return plan;
    }

    private static object Summary(ImportReport report) => new
    {
        report.FileName,
        layout = report.Layout.ToString(),
        report.DryRun,
        report.Sections,
        report.TasksCreated,
        report.TasksUpdated,
        report.TasksUnchanged,
        report.TasksNoLongerInDocument,
        report.TargetsCreated,
        report.TargetsUpdated,
        report.KpisCreated,
        warnings = report.Warnings.Count,
        unresolved = report.UnresolvedAgencies.Select(u => u.Name).Distinct().ToList(),
        conflicts = report.Conflicts.Count,
    };
}
