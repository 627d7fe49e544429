using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Common;
using Portal.Domain.Consultations;
using Portal.Domain.Notices;
using Portal.E2E.Infrastructure;
using Portal.Infrastructure.Consultations;
using Portal.Infrastructure.Persistence;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Consultations;

/// <summary>The consultation pages for demo citizens and staff, on the seeded offices (first render, prerendered).</summary>
public sealed class ConsultationPages(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private const string Password = "Demo#Pension2026";
    private const string TotpSecret = "DEMOTOTPKEYFORPORTALSTAFF2345672";

    private async Task<FormClient> CitizenAsync(string email)
    {
        var client = factory.CreateFormClient();
        var done = await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit",
            new() { ["login-email"] = email, ["login-password"] = Password });
        Assert.Equal("/citizen", done.Location);
        return client;
    }

    private async Task<FormClient> StaffAsync(string email)
    {
        var client = factory.CreateFormClient();
        var afterPassword = await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit",
            new() { ["login-email"] = email, ["login-password"] = Password });
        var done = await client.SubmitAsync(await client.GetAsync(afterPassword.Location!), "two-factor-submit",
            new() { ["two-factor-code"] = Totp.Compute(TotpSecret) });
        Assert.Equal("/staff", done.Location);
        return client;
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<Office> OfficeAsync(string code) =>
        (await factory.Services.GetRequiredService<BookingStore>().OfficesAsync()).Single(o => o.Code == code);

    /// <summary>Books the first free slot of <paramref name="topic"/> at the office through the store, as the pages do.</summary>
    internal static async Task<Booking> BookFirstFreeAsync(IServiceProvider services, Guid officeId, ConsultationTopic topic, string userId,
        Attendance? attendance = null, BoothMode mode = BoothMode.InPerson)
    {
        var store = services.GetRequiredService<BookingStore>();
        var held = (await store.ForHolderAsync(userId)).Where(b => b.HoldsBooth).ToList();
        var slot = (await store.FreeSlotsAsync(officeId, topic, mode))
            .First(s => !held.Any(b => b.StartsAt < s.EndsAt && s.StartsAt < b.EndsAt));
        var result = await store.TryBookAsync(new BookingRequest(officeId, mode, slot.StartsAt, topic, userId, attendance ?? Attendance.Self));
        Assert.Equal(BookingOutcome.Booked, result.Outcome);
        return result.Booking!;
    }

    [Fact]
    public async Task A_citizen_who_booked_sees_the_booking_on_the_list_and_a_confirmation_in_the_inbox()
    {
        var userId = await UserIdAsync("citizen1@demo.example");
        var office = await OfficeAsync("OF01");
        var booking = await BookFirstFreeAsync(factory.Services, office.Id, ConsultationTopic.Records, userId);
        using var client = await CitizenAsync("citizen1@demo.example");

        var list = await client.GetAsync("/consultations");
        var row = list.Document.QuerySelector($"[data-testid=upcoming-list] [data-booking='{booking.Id}']");
        Assert.NotNull(row);
        Assert.Contains("予約済み", row!.TextContent);
        Assert.Contains("年金記録", row.TextContent);
        Assert.Contains("千代田年金事務所", row.TextContent);
        Assert.Contains("まで", row.TextContent); // the change deadline is stated

        var detail = await client.GetAsync($"/consultations/{booking.Id}?booked=1");
        Assert.True(detail.Has("[data-testid=booked-confirmation]"));
        Assert.Contains("本人確認書類", detail.Document.QuerySelector("[data-testid=bring-list]")!.TextContent);
        Assert.False(detail.Has("[data-testid=power-of-attorney]"));

        var inbox = await client.GetAsync("/inbox");
        var notice = inbox.Document.QuerySelectorAll("[data-testid=inbox-row][data-kind=Booking]");
        Assert.Contains(notice, r => r.TextContent.Contains("予約を受け付けました"));
    }

    [Fact]
    public async Task An_agent_who_is_not_family_is_told_to_bring_the_power_of_attorney_and_family_for_a_care_case_is_not()
    {
        var userId = await UserIdAsync("citizen2@demo.example");
        var office = await OfficeAsync("OF02");
        var agent = Attendance.Agent("代理 花子", "090-1234-5678", AgentRelationship.NotFamily, CannotAttendReason.None, "年金 太郎", new DateOnly(1950, 4, 1)).Value;
        var booking = await BookFirstFreeAsync(factory.Services, office.Id, ConsultationTopic.Other, userId, agent);
        var family = Attendance.Agent("代理 一郎", "0312345678", AgentRelationship.Child, CannotAttendReason.NursingCare, "年金 次郎", new DateOnly(1948, 1, 2)).Value;
        var familyBooking = await BookFirstFreeAsync(factory.Services, office.Id, ConsultationTopic.Survivors, userId, family);
        using var client = await CitizenAsync("citizen2@demo.example");

        var page = await client.GetAsync($"/consultations/{booking.Id}");
        Assert.True(page.Has("[data-testid=power-of-attorney]"));
        Assert.Contains("委任状", page.Document.QuerySelector("[data-testid=bring-list]")!.TextContent);

        var familyPage = await client.GetAsync($"/consultations/{familyBooking.Id}");
        Assert.False(familyPage.Has("[data-testid=power-of-attorney]"));
        Assert.DoesNotContain("委任状", familyPage.Document.QuerySelector("[data-testid=bring-list]")!.TextContent);
        Assert.Contains("要介護認定", familyPage.Document.QuerySelector("[data-testid=bring-list]")!.TextContent);
    }

    [Fact]
    public async Task Another_citizen_cannot_open_someone_elses_booking()
    {
        var userId = await UserIdAsync("citizen1@demo.example");
        var booking = await BookFirstFreeAsync(factory.Services, (await OfficeAsync("OF03")).Id, ConsultationTopic.ExemptionAndPayment, userId);
        using var other = await CitizenAsync("citizen3@demo.example");

        var page = await other.GetAsync($"/consultations/{booking.Id}");
        Assert.Contains("予約が見つかりません", page.Alert());
        Assert.DoesNotContain(booking.Id.ToString(), (await other.GetAsync("/consultations")).Html);
    }

    [Fact]
    public async Task The_booking_page_starts_with_the_office_search()
    {
        using var client = await CitizenAsync("citizen3@demo.example");
        var page = await client.GetAsync("/consultations/book");
        Assert.True(page.Has("#office-prefecture"));
        Assert.True(page.Has("#office-postcode"));
        Assert.NotNull(page.Document.QuerySelector("label[for=office-postcode]"));
    }

    [Fact]
    public async Task Reminders_sent_twice_make_one_notice()
    {
        var userId = await UserIdAsync("citizen3@demo.example");
        var booking = await BookFirstFreeAsync(factory.Services, (await OfficeAsync("OF01")).Id, ConsultationTopic.OldAgeClaim, userId);
        var reminders = factory.Services.GetRequiredService<BookingReminders>();
        var dayBefore = SlotGenerator.At(booking.Date.AddDays(-1), new TimeOnly(9, 0));

        var first = await reminders.SendDueAsync(dayBefore);
        var second = await reminders.SendDueAsync(dayBefore);

        Assert.True(first >= 1);
        Assert.Equal(0, second);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var notices = await db.Notices.Where(n => n.RecipientUserId == userId && n.SubjectKey == BookingNotices.Reminder
            && n.Link == BookingNotices.Link(booking.Id)).ToListAsync();
        Assert.Single(notices);
        Assert.Equal(NoticeKind.Booking, notices[0].Kind);
    }

    [Fact]
    public async Task Staff_of_the_office_see_the_booking_and_its_packet_and_staff_of_another_office_get_nothing()
    {
        var userId = await UserIdAsync("citizen1@demo.example");
        var booking = await BookFirstFreeAsync(factory.Services, (await OfficeAsync("OF01")).Id, ConsultationTopic.Disability, userId);
        var date = booking.Date.ToString("yyyy-MM-dd");

        using var staff1 = await StaffAsync("staff1@demo.example");
        var day = await staff1.GetAsync($"/staff/consultations?date={date}");
        var cell = day.Document.QuerySelector($"[data-testid=day-view] [data-booking='{booking.Id}']");
        Assert.NotNull(cell);
        Assert.Contains("予約済み", cell!.TextContent);
        Assert.NotNull(cell.QuerySelector("[data-testid=check-in]"));
        var week = await staff1.GetAsync($"/staff/consultations?date={date}&view=week");
        Assert.NotNull(week.Document.QuerySelector($"[data-testid=week-view] [data-booking='{booking.Id}']"));
        var packet = await staff1.GetAsync($"/staff/consultations/bookings/{booking.Id}/packet");
        Assert.True(packet.Has("[data-testid=packet-record]"));
        Assert.True(packet.Has("[data-testid=packet-booking]"));

        using var staff2 = await StaffAsync("staff2@demo.example");
        var otherDay = await staff2.GetAsync($"/staff/consultations?date={date}");
        Assert.Equal("OF02", otherDay.Document.QuerySelector("[data-testid=staff-office]")!.GetAttribute("data-code"));
        Assert.DoesNotContain(booking.Id.ToString(), otherDay.Html);
        Assert.DoesNotContain(booking.Id.ToString(), (await staff2.GetAsync($"/staff/consultations?date={date}&view=week")).Html);
        var otherPacket = await staff2.GetAsync($"/staff/consultations/bookings/{booking.Id}/packet");
        Assert.True(otherPacket.Has("[data-testid=packet-not-found]"));
        Assert.False(otherPacket.Has("[data-testid=packet-record]"));

        // The office's actions refuse another office's booking too.
        var staffService = factory.Services.CreateScope().ServiceProvider.GetRequiredService<Portal.Web.Features.Consultations.StaffConsultations>();
        var of02 = await OfficeAsync("OF02");
        var refused = await staffService.ActAsync(of02, booking.Id, factory.Services.GetRequiredService<BookingStore>().CancelByStaffAsync);
        Assert.Equal(BookingRules.NotFound, refused);
    }

    [Fact]
    public async Task The_staff_pages_render_for_the_own_office()
    {
        using var staff1 = await StaffAsync("staff1@demo.example");
        foreach (var (url, marker) in new[] { ("/staff/consultations/walk-ins", "walkins-page"), ("/staff/consultations/capacity", "capacity-page"),
                     ("/staff/consultations/closure", "closure-page"), ("/staff/consultations/figures", "figures-page") })
        {
            var page = await staff1.GetAsync(url);
            Assert.True(page.Has($"[data-testid={marker}]"), url);
            Assert.Equal("OF01", page.Document.QuerySelector("[data-testid=staff-office]")!.GetAttribute("data-code"));
        }
        Assert.True((await staff1.GetAsync("/staff/consultations/figures")).Has("[data-testid=figure-booking-rate]"));
    }

    [Fact]
    public async Task A_citizen_cannot_open_the_staff_consultation_pages()
    {
        using var client = await CitizenAsync("citizen3@demo.example");
        var page = await client.GetAsync("/staff/consultations");
        Assert.False(page.Has("[data-testid=day-view]"));
        Assert.False(page.Has("[data-testid=staff-consultations-page]"));
    }

    [Fact]
    public async Task A_written_consultation_is_answered_by_its_office_only_and_the_reply_reaches_the_inbox()
    {
        var citizenId = await UserIdAsync("citizen2@demo.example");
        var staffId = await UserIdAsync("staff1@demo.example");
        var of01 = await OfficeAsync("OF01");
        var written = factory.Services.CreateScope().ServiceProvider.GetRequiredService<Portal.Web.Features.Consultations.WrittenConsultations>();
        var started = await written.StartAsync(citizenId, of01.Id, WrittenEligibility.Overseas, ConsultationTopic.Other, "海外からの納付", "海外から保険料を納める方法を教えてください。");
        Assert.True(started.IsValid);
        var id = started.Value.Id;

        Assert.NotNull(await written.WriteAsync(id, "someone", null, (await OfficeAsync("OF02")).Id, "他の事務所からの回答"));
        Assert.Null(await written.WriteAsync(id, staffId, null, of01.Id, "口座振替またはクレジットカードで納付できます。"));

        using var staff2 = await StaffAsync("staff2@demo.example");
        Assert.True((await staff2.GetAsync($"/staff/consultations/written/{id}")).Has("[data-testid=written-not-found]"));
        using var staff1 = await StaffAsync("staff1@demo.example");
        Assert.Equal(2, (await staff1.GetAsync($"/staff/consultations/written/{id}")).Document.QuerySelectorAll("[data-testid=written-message]").Length);

        using var citizen = await CitizenAsync("citizen2@demo.example");
        var thread = await citizen.GetAsync($"/consultations/written/{id}");
        Assert.Contains(thread.Document.QuerySelectorAll("[data-testid=written-message][data-from=office]"), m => m.TextContent.Contains("口座振替"));
        var inbox = await citizen.GetAsync("/inbox");
        Assert.Contains(inbox.Document.QuerySelectorAll("[data-testid=inbox-row][data-kind=Booking]"), r => r.TextContent.Contains("海外からの納付"));
        using var other = await CitizenAsync("citizen3@demo.example");
        Assert.DoesNotContain("口座振替", (await other.GetAsync($"/consultations/written/{id}")).Document.Body!.TextContent);
    }

    [Fact]
    public async Task Only_the_holder_may_open_the_video_link_and_only_around_the_slot_time()
    {
        var userId = await UserIdAsync("citizen3@demo.example");
        var booking = await BookFirstFreeAsync(factory.Services, (await OfficeAsync("OF01")).Id, ConsultationTopic.Survivors, userId, mode: BoothMode.Video);
        var url = $"/consultations/{booking.Id}/join?t={Uri.EscapeDataString(booking.VideoJoinToken!)}";

        using var holder = await CitizenAsync("citizen3@demo.example");
        var detail = await holder.GetAsync($"/consultations/{booking.Id}");
        Assert.Equal(url, detail.Document.QuerySelector("[data-testid=video-join-link]")!.GetAttribute("href"));
        var early = await holder.GetAsync(url);
        Assert.Equal("too_early", early.Document.QuerySelector("[data-testid=join-refused]")!.GetAttribute("data-code"));
        Assert.Contains("開始15分前から", early.Document.QuerySelector("[data-testid=join-refused]")!.TextContent);

        using var other = await CitizenAsync("citizen1@demo.example");
        var refused = await other.GetAsync(url);
        Assert.Equal("not_yours", refused.Document.QuerySelector("[data-testid=join-refused]")!.GetAttribute("data-code"));
        var forged = await holder.GetAsync($"/consultations/{booking.Id}/join?t=forged");
        Assert.Equal("invalid_link", forged.Document.QuerySelector("[data-testid=join-refused]")!.GetAttribute("data-code"));
    }

    [Fact]
    public async Task Changing_a_booking_opens_the_calendar_of_the_same_office_and_topic()
    {
        var userId = await UserIdAsync("citizen2@demo.example");
        var booking = await BookFirstFreeAsync(factory.Services, (await OfficeAsync("OF02")).Id, ConsultationTopic.ExemptionAndPayment, userId);
        using var client = await CitizenAsync("citizen2@demo.example");

        var page = await client.GetAsync($"/consultations/book?change={booking.Id}");
        Assert.Equal("3", page.Document.QuerySelector("[data-testid=book-step]")!.GetAttribute("data-step"));
        Assert.True(page.Has("[data-testid=slot-days]"));
        Assert.Contains("新宿年金事務所", page.Document.Body!.TextContent);

        using var other = await CitizenAsync("citizen3@demo.example");
        Assert.Contains("予約が見つかりません", (await other.GetAsync($"/consultations/book?change={booking.Id}")).Alert());
    }
}
