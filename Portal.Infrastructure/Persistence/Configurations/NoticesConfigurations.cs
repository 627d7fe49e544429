using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Notices;
using Portal.Domain.Records;

namespace Portal.Infrastructure.Persistence.Configurations;

internal sealed class NoticePreferenceConfiguration : IEntityTypeConfiguration<NoticePreference>
{
    public void Configure(EntityTypeBuilder<NoticePreference> b)
    {
        b.ToTable("NoticePreferences");
        b.HasKey(p => new { p.InsuredPersonId, p.NoticeType });
        b.Property(p => p.NoticeType).HasConversion<int>();
        b.HasOne<InsuredPerson>().WithMany().HasForeignKey(p => p.InsuredPersonId).OnDelete(DeleteBehavior.Cascade);
        // For the paperless KPI (share of statements not posted): count by type.
        b.HasIndex(p => new { p.NoticeType, p.Paperless });
    }
}
