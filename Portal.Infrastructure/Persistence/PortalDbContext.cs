using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Domain.Accounts;
using Portal.Domain.Consultations;
using Portal.Domain.EmployerFilings;
using Portal.Domain.Records;
using Portal.Infrastructure.Accounts;

namespace Portal.Infrastructure.Persistence;

/// <summary>The portal store (SQLite by default). One configuration class per entity, in Configurations/.</summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : IdentityDbContext<PortalUser>(options)
{
    public DbSet<InsuredPerson> InsuredPersons => Set<InsuredPerson>();
    public DbSet<PensionMonth> PensionMonths => Set<PensionMonth>();
    public DbSet<EmploymentPeriod> EmploymentPeriods => Set<EmploymentPeriod>();
    public DbSet<BonusPayment> BonusPayments => Set<BonusPayment>();
    public DbSet<Establishment> Establishments => Set<Establishment>();
    public DbSet<EstablishmentMembership> EstablishmentMemberships => Set<EstablishmentMembership>();
    public DbSet<EstablishmentInvitation> EstablishmentInvitations => Set<EstablishmentInvitation>();
    public DbSet<RegistrationAccessKey> RegistrationAccessKeys => Set<RegistrationAccessKey>();
    public DbSet<Office> Offices => Set<Office>();
    public DbSet<Booth> Booths => Set<Booth>();
    public DbSet<OpeningHours> OpeningHours => Set<OpeningHours>();
    public DbSet<Booking> Bookings => Set<Booking>();
    public DbSet<Consultations.BoothBlock> BoothBlocks => Set<Consultations.BoothBlock>();
    public DbSet<OfficeClosure> OfficeClosures => Set<OfficeClosure>();
    public DbSet<WalkInTicket> WalkInTickets => Set<WalkInTicket>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset stored as text: store UTC ticks instead.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
}
