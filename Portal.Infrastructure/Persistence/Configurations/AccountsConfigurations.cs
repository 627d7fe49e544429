using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;
using Portal.Domain.Consultations;
using Portal.Domain.EmployerFilings;
using Portal.Domain.Records;
using Portal.Infrastructure.Accounts;

namespace Portal.Infrastructure.Persistence.Configurations;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(100);
        b.HasIndex(u => u.InsuredPersonId).IsUnique();
        b.HasOne<InsuredPerson>().WithMany().HasForeignKey(u => u.InsuredPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Office>().WithMany().HasForeignKey(u => u.OfficeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RegistrationAccessKeyConfiguration : IEntityTypeConfiguration<RegistrationAccessKey>
{
    public void Configure(EntityTypeBuilder<RegistrationAccessKey> b)
    {
        b.HasKey(k => k.Id);
        b.Property(k => k.KeyHash).HasMaxLength(64);
        b.HasIndex(k => k.PersonId);
        b.HasOne<InsuredPerson>().WithMany().HasForeignKey(k => k.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EstablishmentInvitationConfiguration : IEntityTypeConfiguration<EstablishmentInvitation>
{
    public void Configure(EntityTypeBuilder<EstablishmentInvitation> b)
    {
        b.HasKey(i => i.Id);
        b.Property(i => i.CodeHash).HasMaxLength(64);
        b.HasIndex(i => i.CodeHash).IsUnique();
        b.HasOne<Establishment>().WithMany().HasForeignKey(i => i.EstablishmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EstablishmentMembershipConfiguration : IEntityTypeConfiguration<EstablishmentMembership>
{
    public void Configure(EntityTypeBuilder<EstablishmentMembership> b)
    {
        b.HasKey(m => new { m.UserId, m.EstablishmentId });
        b.HasIndex(m => m.EstablishmentId);
        b.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Establishment>().WithMany().HasForeignKey(m => m.EstablishmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
