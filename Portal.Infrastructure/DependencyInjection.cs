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
        // The key ring protects sign-in cookies and antiforgery tokens; kept with the store so a restart
        // does not sign everybody out. Several nodes must share it (docs: operations).
        services.AddDataProtection()
            .SetApplicationName("NenkinPortal")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));
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
        services.AddSingleton<Operations.KillSwitchStore>();
        services.AddSingleton<Portal.Domain.Operations.IWriteGate>(sp => sp.GetRequiredService<Operations.KillSwitchStore>());

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
