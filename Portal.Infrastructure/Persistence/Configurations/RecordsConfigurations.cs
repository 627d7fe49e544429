using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Records;

namespace Portal.Infrastructure.Persistence.Configurations;

internal sealed class InsuredPersonConfiguration : IEntityTypeConfiguration<InsuredPerson>
{
    public void Configure(EntityTypeBuilder<InsuredPerson> b)
    {
        b.HasKey(p => p.Id);
        b.Property(p => p.PensionNumber).HasConversion(Converters.PensionNumber).HasMaxLength(10);
        b.HasIndex(p => p.PensionNumber).IsUnique();
        b.Property(p => p.FamilyName).HasMaxLength(50);
        b.Property(p => p.GivenName).HasMaxLength(50);
        b.Property(p => p.FamilyNameKana).HasMaxLength(50);
        b.Property(p => p.GivenNameKana).HasMaxLength(50);
        b.Property(p => p.Prefecture).HasMaxLength(10);
        b.Ignore(p => p.FullName);
    }
}

internal sealed class PensionMonthConfiguration : IEntityTypeConfiguration<PensionMonth>
{
    public void Configure(EntityTypeBuilder<PensionMonth> b)
    {
        b.HasKey(m => m.Id);
        b.Property(m => m.Month).HasConversion(Converters.YearMonth);
        b.HasIndex(m => new { m.PersonId, m.Month }).IsUnique();
        b.HasOne<InsuredPerson>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<EmploymentPeriod>().WithMany().HasForeignKey(m => m.EmploymentPeriodId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class EmploymentPeriodConfiguration : IEntityTypeConfiguration<EmploymentPeriod>
{
    public void Configure(EntityTypeBuilder<EmploymentPeriod> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.EmployerName).HasMaxLength(100);
        b.Property(e => e.EstablishmentSymbol).HasMaxLength(20);
        b.HasIndex(e => e.PersonId);
        b.HasIndex(e => e.EstablishmentId);
        b.HasOne<InsuredPerson>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Domain.EmployerFilings.Establishment>().WithMany().HasForeignKey(e => e.EstablishmentId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(e => e.Bonuses).WithOne().HasForeignKey(x => x.EmploymentPeriodId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BonusPaymentConfiguration : IEntityTypeConfiguration<BonusPayment>
{
    public void Configure(EntityTypeBuilder<BonusPayment> b) => b.HasKey(x => x.Id);
}
