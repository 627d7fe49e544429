using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Consultations;
using Portal.Infrastructure.Consultations;
using Portal.Infrastructure.Persistence;

namespace Portal.Web.Features.Consultations;

/// <summary>
/// A clock for the consultation stores only, that a browser journey can move forward (to a booking's day, so that staff can
/// check the visitor in). Off unless <c>Portal:Consultations:DemoClock</c> is true in Development; sign-in, cookies, TOTP
/// and every other feature keep the real clock.
/// </summary>
public sealed class ConsultationDemoClock(TimeProvider inner) : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
        set => Interlocked.Exchange(ref _offsetTicks, value.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;

    public static bool Enabled(IConfiguration configuration, IHostEnvironment? environment = null) =>
        configuration.GetValue<bool>("Portal:Consultations:DemoClock") && (environment is null || environment.IsDevelopment());

    /// <summary>Replaces the consultation stores with ones on a movable clock (call after AddInfrastructure).</summary>
    public static void Register(IServiceCollection services)
    {
        var clock = new ConsultationDemoClock(TimeProvider.System);
        services.AddSingleton(clock);
        services.Replace(ServiceDescriptor.Singleton(sp => new BookingStore(sp.GetRequiredService<IDbContextFactory<PortalDbContext>>(),
            clock, sp.GetRequiredService<BookingPolicy>(), sp.GetRequiredService<TopicCatalogue>(), sp.GetRequiredService<BookingStoreOptions>(),
            sp.GetService<Portal.Domain.Operations.IWriteGate>())));
        services.Replace(ServiceDescriptor.Singleton(sp => new WalkInStore(sp.GetRequiredService<IDbContextFactory<PortalDbContext>>(), clock)));
    }

    /// <summary><c>POST /dev/consultations/clock?at=ISO-8601</c> moves the clock to that moment; without <c>at</c> it goes back to real time.</summary>
    public static void Map(WebApplication app)
    {
        if (!Enabled(app.Configuration, app.Environment)) return;
        app.MapPost("/dev/consultations/clock", (string? at, ConsultationDemoClock clock) =>
        {
            clock.Offset = at is null ? TimeSpan.Zero : DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) - TimeProvider.System.GetUtcNow();
            return Results.Ok(new { now = clock.GetUtcNow() });
        }).DisableAntiforgery();
    }
}
