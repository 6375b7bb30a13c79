using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParGraph.Api.Tasks;

public sealed class TaskUpdateConfiguration : IEntityTypeConfiguration<TaskUpdate>
{
    public void Configure(EntityTypeBuilder<TaskUpdate> builder)
    {
        builder.ToTable("task_updates");
        builder.Property(u => u.Subject).HasMaxLength(256);
        builder.Property(u => u.Username).HasMaxLength(256);
        builder.Property(u => u.Changes).HasColumnType("jsonb");

        builder.HasIndex(u => new { u.TaskId, u.At });
    }
}
