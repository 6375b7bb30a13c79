using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParGraph.Api.PersistedDocuments;

public sealed class PersistedDocumentConfiguration : IEntityTypeConfiguration<PersistedDocument>
{
    public void Configure(EntityTypeBuilder<PersistedDocument> builder)
    {
        builder.ToTable("persisted_documents");
        builder.Property(d => d.Id).HasMaxLength(71); // "sha256:" + 64 hex digits
        builder.Property(d => d.Name).HasMaxLength(PersistedDocumentService.MaxNameLength);
        builder.Property(d => d.RegisteredBy).HasMaxLength(256);
        builder.HasIndex(d => d.Name).IsUnique();
    }
}
