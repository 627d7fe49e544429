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
