using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParGraph.Api.Scores;

public sealed class AgencyScoreFormulaConfiguration : IEntityTypeConfiguration<AgencyScoreFormula>
{
    /// <summary>Version 1, seeded by the migration: tasks weigh 55 (35 on time, 20 overdue), reports 25, KPIs 20.</summary>
    public static readonly AgencyScoreFormula First = new()
    {
        Version = 1,
        TasksOnTimeWeight = 35,
        OverdueTasksWeight = 20,
        ReportTimelinessWeight = 25,
        KpiAttainmentWeight = 20,
        Note = "Initial formula: tasks completed on time 35, overdue tasks 20, report timeliness 25, KPI attainment 20 (of 100).",
        CreatedAt = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero),
        CreatedBy = "migration",
    };

    public void Configure(EntityTypeBuilder<AgencyScoreFormula> builder)
    {
        builder.ToTable("agency_score_formulas");
        builder.HasKey(f => f.Version);
        builder.Property(f => f.Version).ValueGeneratedNever();
        builder.Property(f => f.Note).HasMaxLength(1000);
        builder.Property(f => f.CreatedBy).HasMaxLength(256);
        builder.HasData(First);
    }
}
