using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Consultations;
using Portal.Domain.EmployerFilings;

namespace Portal.Infrastructure.Persistence.Configurations;

internal sealed class EstablishmentConfiguration : IEntityTypeConfiguration<Establishment>
{
    public void Configure(EntityTypeBuilder<Establishment> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Name).HasMaxLength(100);
        b.Property(e => e.OfficeSymbol).HasMaxLength(10);
        b.Property(e => e.EstablishmentNumber).HasMaxLength(5);
        b.Property(e => e.CorporateNumber).HasConversion(Converters.CorporateNumber).HasMaxLength(13);
        b.Property(e => e.Address).HasMaxLength(200);
        b.HasIndex(e => new { e.OfficeSymbol, e.EstablishmentNumber }).IsUnique();
    }
}

internal sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> b)
    {
        b.HasKey(o => o.Id);
        b.Property(o => o.Code).HasMaxLength(10);
        b.HasIndex(o => o.Code).IsUnique();
        b.Property(o => o.Name).HasMaxLength(100);
        b.Property(o => o.NameEn).HasMaxLength(100);
        b.Property(o => o.Prefecture).HasMaxLength(10);
        b.Property(o => o.City).HasMaxLength(50);
        b.Property(o => o.Postcode).HasMaxLength(8);
        b.Property(o => o.Address).HasMaxLength(200);
        b.HasMany(o => o.Booths).WithOne().HasForeignKey(x => x.OfficeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(o => o.OpeningHours).WithOne().HasForeignKey(x => x.OfficeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BoothConfiguration : IEntityTypeConfiguration<Booth>
{
    public void Configure(EntityTypeBuilder<Booth> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(50);
    }
}

internal sealed class OpeningHoursConfiguration : IEntityTypeConfiguration<OpeningHours>
{
    public void Configure(EntityTypeBuilder<OpeningHours> b)
    {
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.OfficeId, x.Day }).IsUnique();
    }
}
