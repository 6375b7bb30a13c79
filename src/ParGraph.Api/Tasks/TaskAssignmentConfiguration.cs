using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParGraph.Api.Tasks;

public sealed class TaskAssignmentConfiguration : IEntityTypeConfiguration<TaskAssignment>
{
    public void Configure(EntityTypeBuilder<TaskAssignment> builder)
    {
        builder.ToTable("task_assignments");
        builder.HasKey(a => new { a.TaskId, a.AgencyId, a.Role });

        builder.HasIndex(a => new { a.AgencyId, a.Role });

        builder.HasOne(a => a.Agency).WithMany()
            .HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
