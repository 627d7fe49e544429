using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Portal.Domain.Consultations;
using Portal.Infrastructure.Accounts;
using Portal.Infrastructure.BackOffice;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Consultations;
using Portal.Infrastructure.DemoData;
using Portal.Infrastructure.Notices;
using Portal.Infrastructure.Documents;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Submissions;

namespace Portal.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The portal store, Identity's stores and the infrastructure services.</summary>
    /// <summary>Folder of the Data Protection key ring (default: <c>keys</c> in the data folder); a share when nodes run on several machines.</summary>
    public const string KeyRingDirectoryKey = "Portal:DataProtection:KeysDirectory";
    /// <summary>A PKCS#12 (.pfx) file whose certificate encrypts the keys at rest (empty: keys stored unencrypted).</summary>
    public const string KeyRingCertificateKey = "Portal:DataProtection:CertificatePath";
    /// <summary>Password of that file.</summary>
    public const string KeyRingCertificatePasswordKey = "Portal:DataProtection:CertificatePassword";

    /// <summary>Where the key ring lives.</summary>
    public static string KeyRingDirectory(IConfiguration configuration, string dataDirectory) =>
        configuration[KeyRingDirectoryKey] is { Length: > 0 } folder ? folder : Path.Combine(dataDirectory, "keys");

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(PortalStoreOptions.Section);
        services.Configure<PortalStoreOptions>(section);
        var storeOptions = section.Get<PortalStoreOptions>() ?? new PortalStoreOptions();
        var contentRoot = configuration[HostDefaults.ContentRootKey] ?? Directory.GetCurrentDirectory();
        var dataDirectory = Path.GetFullPath(storeOptions.DataDirectory, contentRoot);
        Directory.CreateDirectory(dataDirectory);
        var connectionString = configuration.GetConnectionString("Portal")
            ?? PortalStoreOptions.ConnectionStringFor(dataDirectory);

        services.TryAddSingleton(TimeProvider.System);
        // PDFsharp 6.5 needs a licence selected before it renders anything (ADR 0007).
        PdfLicensing.Apply(configuration[PdfLicensing.ConfigurationKey]);
        // The key ring protects sign-in cookies, antiforgery tokens and the submission payloads at rest; kept with the
        // store so a restart does not sign everybody out. Several nodes must share it; with a certificate configured the
        // keys are encrypted at rest, otherwise they are plain XML protected only by file permissions (docs/operations.md).
        var keyRing = services.AddDataProtection()
            .SetApplicationName("NenkinPortal")
            .PersistKeysToFileSystem(new DirectoryInfo(KeyRingDirectory(configuration, dataDirectory)));
        if (configuration[KeyRingCertificateKey] is { Length: > 0 } certificate)
            keyRing.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                certificate, configuration[KeyRingCertificatePasswordKey]));
        services.AddDbContextFactory<PortalDbContext>(o => o.UseSqlite(connectionString));
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());

        services.AddIdentityCore<PortalUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
                o.Password.RequiredLength = 10;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddSingleton<PayloadProtector>();
        services.AddSingleton<INoticeAlerts, FolderNoticeAlerts>();
        services.AddScoped<SubmissionStore>();
        services.AddSingleton<Audit.AuditTrail>();
        services.AddSingleton<Portal.Domain.Audit.IAuditTrail>(sp => sp.GetRequiredService<Audit.AuditTrail>());
        // Kill switches (read-only mode, one form type off): checked by every user-started write.
        var switchCache = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue(Operations.KillSwitchStore.CacheSecondsKey, 5)));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<Operations.KillSwitchStore>(sp, switchCache));
        services.AddSingleton<Portal.Domain.Operations.IWriteGate>(sp => sp.GetRequiredService<Operations.KillSwitchStore>());
        services.AddSingleton<Audit.AuditVerificationStatus>();
        services.AddSingleton<Audit.AuditVerifier>();

        // The back-office hand-off store (a separate database) and the job engine (ADR 0010).
        services.AddSingleton(BackOfficeOptions.From(configuration.GetConnectionString("BackOffice"), dataDirectory));
        services.AddSingleton<BackOfficeStore>();
        services.AddPortalJobs(configuration, dataDirectory);

        services.AddSingleton<PortalStoreInitializer>();
        services.TryAddSingleton(BookingPolicy.Default);
        services.TryAddSingleton(TopicCatalogue.Default);
        services.TryAddSingleton(new BookingStoreOptions());
        services.AddSingleton<BookingStore>();
        services.AddSingleton<WalkInStore>();
        services.AddSingleton<BookingReminders>();
        services.AddSingleton<Jobs.IBookingReminderSender, Jobs.ConsultationReminderSender>();
        services.AddScoped<DemoDataSeeder>();
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("portal-store", tags: ["ready"]);
        return services;
    }
}
