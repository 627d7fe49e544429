using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Domain.Audit;
using Portal.Domain.Consultations;
using Portal.Infrastructure.Consultations;
using Portal.Infrastructure.Persistence;
using Portal.Tests.Audit;
using Portal.Tests.TestSupport;
using Portal.Web.Features.Consultations;
using Portal.Domain.Accounts;

namespace Portal.Tests.Consultations;

/// <summary>
/// Staff move a booking of their office to another free time from the day view (DOMAIN.md §8, "later by phone"), on the real
/// app (own demo database): the command runs through <see cref="StaffConsultations.MoveAsync"/> as the page runs it, for a
/// signed-in staff principal; the day view's move action and the move form are read over HTTP or rendered.
/// </summary>
public sealed class StaffMovePages(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private async Task<Office> OfficeAsync(string code) =>
        (await factory.Services.GetRequiredService<BookingStore>().OfficesAsync()).Single(o => o.Code == code);

    /// <summary>The staff service in a scope signed in as <paramref name="email"/> (as a circuit is).</summary>
    private async Task<(AsyncServiceScope Scope, StaffConsultations Staff)> AsStaffAsync(string email)
    {
        var id = await factory.UserIdAsync(email);
        var scope = factory.Services.CreateAsyncScope();
        var auth = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        auth.SetAuthenticationState(Task.FromResult(new AuthenticationState(AuditTestSupport.Principal(id, Roles.Staff))));
        return (scope, scope.ServiceProvider.GetRequiredService<StaffConsultations>());
    }

    private async Task<int> ChangeNoticesAsync(string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Notices.CountAsync(n => n.RecipientUserId == userId && n.SubjectKey == BookingNotices.Changed);
    }

    private async Task<Booking> ReadAsync(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Bookings.AsNoTracking().SingleAsync(b => b.Id == id);
    }

    [Fact]
    public async Task Staff_move_a_booking_of_their_office_the_holder_is_told_and_the_move_is_audited()
    {
        var staffId = await factory.UserIdAsync("staff1@demo.example");
        var citizen = await factory.UserIdAsync("citizen2@demo.example");
        var of01 = await OfficeAsync("OF01");
        var booking = await ConsultationPages.BookFirstFreeAsync(factory.Services, of01.Id, ConsultationTopic.Records, citizen);
        var notices = await ChangeNoticesAsync(citizen);

        // The day view offers the move on the booked booking.
        using (var client = await factory.SignInAsync("staff1@demo.example"))
        {
            var day = await client.GetAsync($"/staff/consultations?date={booking.Date:yyyy-MM-dd}&view=day");
            Assert.NotNull(day.Document.QuerySelector($"[data-testid=staff-booking][data-booking='{booking.Id}'] [data-testid=staff-move]"));
        }

        var (scope, staff) = await AsStaffAsync("staff1@demo.example");
        await using var _ = scope;
        var office = (await staff.OfficeOfAsync(AuditTestSupport.Principal(staffId, Roles.Staff)))!;
        var free = await staff.MoveFreeSlotsAsync(office, booking.Id);
        Assert.NotEmpty(free);
        Assert.All(free, s => Assert.Equal((BoothMode.InPerson, booking.Duration), (s.Mode, s.EndsAt - s.StartsAt)));
        var target = free.First(s => s.StartsAt != booking.StartsAt);

        var head = await factory.HeadAsync();
        var moved = await staff.MoveAsync(office, booking.Id, target.StartsAt);

        Assert.Equal(BookingOutcome.Booked, moved.Outcome);
        Assert.Equal(target.StartsAt, moved.Booking!.StartsAt);
        Assert.Equal((citizen, ConsultationTopic.Records), (moved.Booking.HolderUserId, moved.Booking.Topic));
        var old = await ReadAsync(booking.Id);
        Assert.Equal((BookingStatus.Cancelled, CancellationReason.Changed), (old.Status, old.CancellationReason));
        Assert.Equal(BookingStatus.Booked, (await ReadAsync(moved.Booking.Id)).Status);
        Assert.Equal(notices + 1, await ChangeNoticesAsync(citizen));
        var audited = Assert.Single(await factory.SinceAsync(head, AuditActions.StaffBookingAction));
        Assert.Equal((AuditOutcome.Succeeded, staffId, AuditActions.Subjects.Booking(booking.Id), "move"),
            (audited.Outcome, audited.ActorId, audited.Subject, audited.Detail));

        // Moving the old (now cancelled) booking again is refused with the rule's code, and audited as failed.
        head = await factory.HeadAsync();
        var again = await staff.MoveAsync(office, booking.Id, free.Last().StartsAt);
        Assert.Equal(BookingRules.NotBooked, again.Error);
        var failed = Assert.Single(await factory.SinceAsync(head, AuditActions.StaffBookingAction));
        Assert.Equal((AuditOutcome.Failed, $"move:{BookingRules.NotBooked.Code}"), (failed.Outcome, failed.Detail));
    }

    [Fact]
    public async Task Staff_of_office_2_cannot_move_office_1s_booking()
    {
        var staff2Id = await factory.UserIdAsync("staff2@demo.example");
        var citizen = await factory.UserIdAsync("citizen3@demo.example");
        var of01 = await OfficeAsync("OF01");
        var booking = await ConsultationPages.BookFirstFreeAsync(factory.Services, of01.Id, ConsultationTopic.Disability, citizen);
        var target = (await factory.Services.GetRequiredService<BookingStore>().FreeSlotsAsync(of01.Id, ConsultationTopic.Disability, BoothMode.InPerson))
            .First(s => s.StartsAt != booking.StartsAt);
        var notices = await ChangeNoticesAsync(citizen);

        var (scope, staff) = await AsStaffAsync("staff2@demo.example");
        await using var _ = scope;
        var office2 = (await staff.OfficeOfAsync(AuditTestSupport.Principal(staff2Id, Roles.Staff)))!;
        Assert.NotEqual(of01.Id, office2.Id);
        var head = await factory.HeadAsync();
        Assert.Empty(await staff.MoveFreeSlotsAsync(office2, booking.Id));

        var refused = await staff.MoveAsync(office2, booking.Id, target.StartsAt);

        Assert.Equal((BookingOutcome.Refused, BookingRules.NotFound), (refused.Outcome, refused.Error));
        var unchanged = await ReadAsync(booking.Id);
        Assert.Equal((BookingStatus.Booked, booking.StartsAt), (unchanged.Status, unchanged.StartsAt));
        Assert.Equal(notices, await ChangeNoticesAsync(citizen));
        Assert.Empty(await factory.SinceAsync(head, AuditActions.StaffBookingAction));
        Assert.Contains(await factory.SinceAsync(head), e => e.ActorId == staff2Id && e.Subject == AuditActions.Subjects.Booking(booking.Id));
    }

    [Fact]
    public async Task The_move_form_lists_free_times_with_labelled_fields()
    {
        var citizen = await factory.UserIdAsync("citizen1@demo.example");
        var of01 = await OfficeAsync("OF01");
        var booking = await ConsultationPages.BookFirstFreeAsync(factory.Services, of01.Id, ConsultationTopic.Survivors, citizen);

        await using var scope = factory.Services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("ja-JP");
            return (await renderer.RenderComponentAsync<MoveBookingForm>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MoveBookingForm.Office)] = of01,
                [nameof(MoveBookingForm.Booking)] = booking,
            }))).ToHtmlString();
        });

        Assert.Contains("data-testid=\"move-booking-form\"", html);
        Assert.Contains("<label for=\"move-day\">", html);
        Assert.Contains("<label for=\"move-slot\">", html);
        Assert.Contains("data-testid=\"move-submit\"", html);
        Assert.Contains(booking.Reference, html);
    }
}
