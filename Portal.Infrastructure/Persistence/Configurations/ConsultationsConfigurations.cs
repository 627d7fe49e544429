using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Consultations;
using Portal.Infrastructure.Consultations;

namespace Portal.Infrastructure.Persistence.Configurations;

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    /// <summary>SQL filter of the bookings that hold their booth (everything but cancelled = 5).</summary>
    public const string HoldsBoothFilter = "\"Status\" <> 5";

    public void Configure(EntityTypeBuilder<Booking> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.HolderUserId).HasMaxLength(450);
        b.Property(x => x.AgentName).HasMaxLength(100);
        b.Property(x => x.AgentPhone).HasMaxLength(11);
        b.Property(x => x.PrincipalName).HasMaxLength(100);
        b.Property(x => x.CallerName).HasMaxLength(100);
        b.Property(x => x.CallerPhone).HasMaxLength(11);
        b.Property(x => x.BookedByStaffUserId).HasMaxLength(450);
        b.Property(x => x.VideoJoinToken).HasMaxLength(64);
        b.Ignore(x => x.Date);
        b.Ignore(x => x.Duration);
        b.Ignore(x => x.HoldsBooth);
        b.Ignore(x => x.Attendance);
        b.Ignore(x => x.StatusMessageKey);
        b.Ignore(x => x.Reference);

        // The database's own guarantee that a slot is never booked twice: one active booking per booth and start.
        // (Overlaps of different lengths are refused by BoothBlock's primary key.)
        b.HasIndex(x => new { x.BoothId, x.StartsAt }).IsUnique().HasFilter(HoldsBoothFilter)
            .HasDatabaseName("IX_Bookings_BoothId_StartsAt_Active");
        b.HasIndex(x => new { x.HolderUserId, x.Status });
        b.HasIndex(x => new { x.CallerPhone, x.Status }).HasFilter("\"CallerPhone\" IS NOT NULL");
        b.HasIndex(x => new { x.OfficeId, x.StartsAt });
        b.HasIndex(x => new { x.Status, x.StartsAt });
        b.HasIndex(x => x.VideoJoinToken).IsUnique().HasFilter("\"VideoJoinToken\" IS NOT NULL");

        b.HasOne<Office>().WithMany().HasForeignKey(x => x.OfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Booth>().WithMany().HasForeignKey(x => x.BoothId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BoothBlockConfiguration : IEntityTypeConfiguration<BoothBlock>
{
    public void Configure(EntityTypeBuilder<BoothBlock> b)
    {
        b.HasKey(x => new { x.BoothId, x.StartsAt });
        b.HasIndex(x => x.BookingId);
        b.HasOne<Booking>().WithMany().HasForeignKey(x => x.BookingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Booth>().WithMany().HasForeignKey(x => x.BoothId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OfficeClosureConfiguration : IEntityTypeConfiguration<OfficeClosure>
{
    public void Configure(EntityTypeBuilder<OfficeClosure> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Reason).HasMaxLength(200);
        b.HasIndex(x => new { x.OfficeId, x.Date }).IsUnique();
        b.HasOne<Office>().WithMany().HasForeignKey(x => x.OfficeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OfficeSlotTemplateConfiguration : IEntityTypeConfiguration<OfficeSlotTemplate>
{
    public void Configure(EntityTypeBuilder<OfficeSlotTemplate> b)
    {
        b.HasKey(x => new { x.OfficeId, x.Topic });
        b.Ignore(x => x.Duration);
        b.HasOne<Office>().WithMany().HasForeignKey(x => x.OfficeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OfficeHolidayConfiguration : IEntityTypeConfiguration<OfficeHoliday>
{
    public void Configure(EntityTypeBuilder<OfficeHoliday> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Reason).HasMaxLength(OfficeHoliday.MaxReasonLength);
        b.HasIndex(x => new { x.OfficeId, x.Date }).IsUnique();
        b.HasOne<Office>().WithMany().HasForeignKey(x => x.OfficeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WalkInTicketConfiguration : IEntityTypeConfiguration<WalkInTicket>
{
    public void Configure(EntityTypeBuilder<WalkInTicket> b)
    {
        b.HasKey(x => x.Id);
        b.Ignore(x => x.Wait);
        // Ticket numbers are unique per office and day: two desks issuing at once cannot hand out the same number.
        b.HasIndex(x => new { x.OfficeId, x.Date, x.Number }).IsUnique();
        b.HasIndex(x => new { x.OfficeId, x.Date, x.Status });
        b.HasOne<Office>().WithMany().HasForeignKey(x => x.OfficeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Booth>().WithMany().HasForeignKey(x => x.BoothId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WrittenConsultationConfiguration : IEntityTypeConfiguration<WrittenConsultation>
{
    public void Configure(EntityTypeBuilder<WrittenConsultation> b)
    {
        b.ToTable("WrittenConsultations");
        b.HasKey(x => x.Id);
        b.Property(x => x.CitizenUserId).HasMaxLength(450);
        b.Property(x => x.Subject).HasMaxLength(WrittenConsultation.MaxSubjectLength);
        b.HasOne<Office>().WithMany().HasForeignKey(x => x.OfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Messages).WithOne().HasForeignKey(m => m.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Messages).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_messages");
        b.HasIndex(x => new { x.CitizenUserId, x.UpdatedAt });
        b.HasIndex(x => new { x.OfficeId, x.AwaitingOffice, x.UpdatedAt });
    }
}

internal sealed class WrittenMessageConfiguration : IEntityTypeConfiguration<WrittenMessage>
{
    public void Configure(EntityTypeBuilder<WrittenMessage> b)
    {
        b.ToTable("WrittenMessages");
        b.HasKey(x => x.Id);
        b.Property(x => x.AuthorUserId).HasMaxLength(450);
        b.Property(x => x.Body).HasMaxLength(WrittenConsultation.MaxBodyLength);
        b.HasIndex(x => new { x.ConsultationId, x.SentAt });
    }
}
