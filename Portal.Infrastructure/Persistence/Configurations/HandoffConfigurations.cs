using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Infrastructure.Submissions;

namespace Portal.Infrastructure.Persistence.Configurations;

internal sealed class HandoffCursorConfiguration : IEntityTypeConfiguration<HandoffCursor>
{
    public void Configure(EntityTypeBuilder<HandoffCursor> b)
    {
        b.HasKey(c => c.Name);
        b.Property(c => c.Name).HasMaxLength(40);
    }
}

internal sealed class DecisionFeedErrorConfiguration : IEntityTypeConfiguration<DecisionFeedError>
{
    public void Configure(EntityTypeBuilder<DecisionFeedError> b)
    {
        b.HasKey(e => e.Id);
        b.HasIndex(e => e.Sequence).IsUnique();
        b.Property(e => e.DecisionKind).HasMaxLength(40);
        b.Property(e => e.ErrorCode).HasMaxLength(60);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<Portal.Domain.Audit.AuditEntry>
{
    public void Configure(EntityTypeBuilder<Portal.Domain.Audit.AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.HasKey(e => e.Sequence);
        b.Property(e => e.Sequence).ValueGeneratedNever();
        b.Property(e => e.Action).HasMaxLength(60);
        b.Property(e => e.ActorId).HasMaxLength(64);
        b.Property(e => e.Subject).HasMaxLength(120);
        b.Property(e => e.Detail).HasMaxLength(200);
        b.Property(e => e.PreviousHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        b.HasIndex(e => new { e.Action, e.Sequence });
    }
}
