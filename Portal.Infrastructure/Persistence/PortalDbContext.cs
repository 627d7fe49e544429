using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Domain.Accounts;
using Portal.Domain.Consultations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Portal.Domain.EmployerFilings;
using Portal.Domain.Notices;
using Portal.Domain.Records;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Accounts;
using Portal.Infrastructure.Submissions;

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
    public DbSet<WrittenConsultation> WrittenConsultations => Set<WrittenConsultation>();
    public DbSet<WrittenMessage> WrittenMessages => Set<WrittenMessage>();
    public DbSet<NoticePreference> NoticePreferences => Set<NoticePreference>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ReceiptCounter> ReceiptCounters => Set<ReceiptCounter>();
    public DbSet<Notice> Notices => Set<Notice>();
    public DbSet<HandoffCursor> HandoffCursors => Set<HandoffCursor>();
    public DbSet<DecisionFeedError> DecisionFeedErrors => Set<DecisionFeedError>();
    public DbSet<Portal.Domain.Audit.AuditEntry> AuditEntries => Set<Portal.Domain.Audit.AuditEntry>();
    public DbSet<Operations.KillSwitch> KillSwitches => Set<Operations.KillSwitch>();

    /// <summary>
    /// Encrypts payload columns; taken from the application's services (null only for design-time tooling, which never
    /// reads or writes rows).
    /// </summary>
    internal PayloadProtector? PayloadProtector =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider
            ?.GetService(typeof(PayloadProtector)) as PayloadProtector;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, PortalModelCacheKeyFactory>();

    /// <summary>
    /// Saves in one transaction, first turning the submissions' domain events into outbox rows (hand-off) and inbox
    /// notices, so a submission, its outbox row and its receipt notice are stored together or not at all.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        _createdNotices.AddRange(SubmissionEffects.Apply(this));
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <inheritdoc cref="SaveChangesAsync(bool, CancellationToken)"/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        _createdNotices.AddRange(SubmissionEffects.Apply(this));
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private readonly List<Notice> _createdNotices = [];

    /// <summary>
    /// Notices this context has added while saving; the use case alerts their recipients once its transaction has
    /// committed (an alert must never announce a notice that was rolled back).
    /// </summary>
    public IReadOnlyList<Notice> CreatedNotices => _createdNotices;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        Configurations.SubmissionConfiguration.ProtectPayloads(builder, PayloadProtector);
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
