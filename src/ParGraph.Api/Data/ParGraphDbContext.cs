using DeadlineAlert = ParGraph.Api.DeadlineAlerts.DeadlineAlert;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Agencies;
using ParGraph.Api.Audit;
using ParGraph.Api.Kpis;
using ParGraph.Api.PersistedDocuments;
using ParGraph.Api.Plans;
using ParGraph.Api.Reports;
using ParGraph.Api.Scores;
using ParGraph.Api.Tasks;

namespace ParGraph.Api.Data;

public sealed class ParGraphDbContext(DbContextOptions<ParGraphDbContext> options) : DbContext(options)
{
    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<PlanSection> PlanSections => Set<PlanSection>();

    public DbSet<PlanTask> Tasks => Set<PlanTask>();

    public DbSet<TaskAssignment> TaskAssignments => Set<TaskAssignment>();

    public DbSet<TaskUpdate> TaskUpdates => Set<TaskUpdate>();

    public DbSet<ReportingPeriod> ReportingPeriods => Set<ReportingPeriod>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<ReportEntry> ReportEntries => Set<ReportEntry>();

    public DbSet<Kpi> Kpis => Set<Kpi>();

    public DbSet<KpiTarget> KpiTargets => Set<KpiTarget>();

    public DbSet<KpiMeasurement> KpiMeasurements => Set<KpiMeasurement>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ArchivedAuditEntry> AuditArchive => Set<ArchivedAuditEntry>();

    public DbSet<PersistedDocument> PersistedDocuments => Set<PersistedDocument>();

    public DbSet<DeadlineAlert> DeadlineAlerts => Set<DeadlineAlert>();

    public DbSet<AgencyScoreFormula> AgencyScoreFormulas => Set<AgencyScoreFormula>();

    public DbSet<AgencyRanking> AgencyRankings => Set<AgencyRanking>();

    public DbSet<AgencyRankingEntry> AgencyRankingEntries => Set<AgencyRankingEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<Enum>().HaveConversion<string>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Accent- and case-insensitive text matching (README, Example queries: filters) relies on both.
        modelBuilder.HasPostgresExtension("unaccent");
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ParGraphDbContext).Assembly);
        modelBuilder.HasDbFunction(typeof(PostgresText).GetMethod(nameof(PostgresText.Unaccent))!).HasName("f_unaccent");
    }
}
