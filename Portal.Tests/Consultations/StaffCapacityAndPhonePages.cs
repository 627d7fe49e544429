using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Domain.Consultations;
using Portal.Infrastructure.Consultations;
using Portal.Infrastructure.Persistence;
using Portal.Tests.TestSupport;
using Portal.Web.Features.Consultations;

namespace Portal.Tests.Consultations;

/// <summary>
/// The capacity page's slot templates and office holidays, and phone bookings from the day view, on the real app (own
/// demo database). The pages are interactive: their commands (<see cref="StaffOfficeSettings"/>,
/// <see cref="StaffConsultations.BookByPhoneAsync"/>) run as the page runs them, for a signed-in staff principal; what the
/// staff then see is read over HTTP (the prerendered page) or, for a refusal that exists only in the circuit, by rendering
/// the page's component.
/// </summary>
public sealed class StaffCapacityAndPhonePages(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private Task<FormClient> StaffAsync(string email) => factory.SignedInWithSecondFactorAsync(email, "/staff");

    private async Task<ClaimsPrincipal> PrincipalAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id)], "test"));
    }

    private async Task<Office> OfficeAsync(string code) =>
        (await factory.Services.GetRequiredService<BookingStore>().OfficesAsync()).Single(o => o.Code == code);

    private T Service<T>() where T : notnull => factory.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private static PhoneBookingInput Caller(OfferedSlot slot, ConsultationTopic topic, string phone, string name = "電話 花子", string? pension = null) =>
        new() { Topic = topic, StartsAt = slot.StartsAt, CallerName = name, CallerPhone = phone, PensionNumber = pension };

    [Fact]
    public async Task A_template_change_is_saved_and_the_capacity_page_shows_it_and_free_slots_follow_it()
    {
        var staff1 = await PrincipalAsync("staff1@demo.example");
        var of01 = await OfficeAsync("OF01");
        var settings = Service<StaffOfficeSettings>();
        var before = (await settings.ForAsync(staff1))!.Templates;

        var changed = before.Select(t => t.Topic switch
        {
            ConsultationTopic.Survivors => t with { Minutes = 90 },
            ConsultationTopic.Other => t with { Offered = false },
            _ => t,
        }).ToList();
        var saved = await settings.ChangeTemplatesAsync(staff1, of01.Id, changed);

        Assert.True(saved.Saved);
        Assert.Empty(saved.FieldErrors);
        // The change is in the audit trail, against the office, with no free text.
        var audited = (await factory.Services.GetRequiredService<Portal.Infrastructure.Audit.AuditTrail>()
            .LatestAsync(5, Portal.Domain.Audit.AuditActions.StaffOfficeChanged)).First();
        Assert.Equal(Portal.Domain.Audit.AuditActions.Subjects.Office(of01.Id), audited.Subject);
        Assert.Equal("templates", audited.Detail);
        using var client = await StaffAsync("staff1@demo.example");
        var page = await client.GetAsync("/staff/consultations/capacity");
        Assert.Equal("90", page.Document.QuerySelector("#template-length-Survivors")!.GetAttribute("value"));
        Assert.False(page.Document.QuerySelector("#template-offered-Other")!.HasAttribute("checked"));
        Assert.True(page.Document.QuerySelector("#template-offered-Records")!.HasAttribute("checked"));
        var store = factory.Services.GetRequiredService<BookingStore>();
        Assert.All(await store.FreeSlotsAsync(of01.Id, ConsultationTopic.Survivors, BoothMode.InPerson), s => Assert.Equal(90, (s.EndsAt - s.StartsAt).TotalMinutes));
        Assert.Empty(await store.FreeSlotsAsync(of01.Id, ConsultationTopic.Other));
        // The phone form offers only the topics still offered.
        Assert.Empty(await Service<StaffConsultations>().PhoneFreeSlotsAsync(staff1, of01.Id, ConsultationTopic.Other));

        // An invalid length is refused next to its field, and nothing is saved.
        var invalid = await settings.ChangeTemplatesAsync(staff1, of01.Id, changed.Select(t => t.Topic == ConsultationTopic.Records ? t with { Minutes = 20 } : t with { Offered = true }).ToList());
        Assert.False(invalid.Saved);
        Assert.Equal("Consultations.Template.LengthInvalid", invalid.FieldErrors[SettingsFields.Length(ConsultationTopic.Records)]);
        Assert.False((await settings.ForAsync(staff1))!.Templates.Single(t => t.Topic == ConsultationTopic.Other).Offered);

        Assert.True((await settings.ChangeTemplatesAsync(staff1, of01.Id, before)).Saved); // back to the defaults for the other tests
    }

    [Fact]
    public async Task Stopping_a_topic_with_bookings_to_come_is_refused_with_the_bookings_listed_and_nothing_saved()
    {
        var staff1 = await PrincipalAsync("staff1@demo.example");
        var of01 = await OfficeAsync("OF01");
        var citizenId = (await PrincipalAsync("citizen1@demo.example")).FindFirstValue(ClaimTypes.NameIdentifier)!;
        var booking = await ConsultationPages.BookFirstFreeAsync(factory.Services, of01.Id, ConsultationTopic.Disability, citizenId);
        var settings = Service<StaffOfficeSettings>();
        var templates = (await settings.ForAsync(staff1))!.Templates;

        var refused = await settings.ChangeTemplatesAsync(staff1, of01.Id, templates.Select(t => t.Topic switch
        {
            ConsultationTopic.Disability => t with { Offered = false },
            ConsultationTopic.Records => t with { Minutes = 30 },
            _ => t,
        }).ToList());

        Assert.False(refused.Saved);
        Assert.Equal("Consultations.Template.WouldDropBookings", refused.FieldErrors[SettingsFields.Templates]);
        var listed = Assert.Single(refused.Affected);
        Assert.Equal((booking.Id, booking.StartsAt, ConsultationTopic.Disability, booking.Reference), (listed.Id, listed.StartsAt, listed.Topic, listed.Reference));
        var after = (await settings.ForAsync(staff1))!.Templates;
        Assert.True(after.Single(t => t.Topic == ConsultationTopic.Disability).Offered);
        Assert.Equal(45, after.Single(t => t.Topic == ConsultationTopic.Records).Minutes); // not half-saved
        Assert.Null(await factory.Services.GetRequiredService<BookingStore>().CancelByStaffAsync(booking.Id));
    }

    [Fact]
    public async Task A_holiday_on_a_day_with_bookings_is_refused_and_the_refusal_lists_time_topic_and_reference_only()
    {
        var staff1 = await PrincipalAsync("staff1@demo.example");
        var of01 = await OfficeAsync("OF01");
        var citizenId = (await PrincipalAsync("citizen2@demo.example")).FindFirstValue(ClaimTypes.NameIdentifier)!;
        var booking = await ConsultationPages.BookFirstFreeAsync(factory.Services, of01.Id, ConsultationTopic.Records, citizenId);
        var settings = Service<StaffOfficeSettings>();

        var refused = await settings.AddHolidayAsync(staff1, of01.Id, booking.Date, "庁舎の電気設備点検");

        Assert.False(refused.Saved);
        Assert.Equal("Consultations.Holiday.HasBookings", refused.FieldErrors[SettingsFields.HolidayDate]);
        Assert.Contains(refused.Affected, b => b.Id == booking.Id && b.Reference == booking.Reference);
        Assert.DoesNotContain((await settings.ForAsync(staff1))!.Holidays, h => h.Date == booking.Date);

        // What the page shows next to the date: time, topic, reference and a link to the day; no name.
        var html = await RenderAsync<AffectedBookingsList>(new Dictionary<string, object?> { ["Bookings"] = refused.Affected });
        var item = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html)
            .QuerySelector($"[data-testid=affected-booking][data-booking='{booking.Id}']");
        Assert.NotNull(item);
        Assert.Contains(ConsultationFormats.Time(booking.StartsAt), item!.TextContent);
        Assert.Contains("年金記録", item.TextContent);
        Assert.Contains(booking.Reference, item.TextContent);
        Assert.Equal($"/staff/consultations?date={booking.Date:yyyy-MM-dd}&view=day", item.QuerySelector("a")!.GetAttribute("href"));
        var holderName = await HolderNameAsync(citizenId);
        Assert.DoesNotContain(holderName.Split(' ')[0], html);

        // A day without bookings becomes a holiday, shows on the page, and can be removed again.
        var free = Service<StaffConsultations>().Today.AddDays(60);
        Assert.True((await settings.AddHolidayAsync(staff1, of01.Id, free, "庁舎の電気設備点検")).Saved);
        Assert.Equal("Consultations.Holiday.Exists", (await settings.AddHolidayAsync(staff1, of01.Id, free, "二回目")).FieldErrors[SettingsFields.HolidayDate]);
        Assert.Equal("Consultations.Holiday.ReasonRequired", (await settings.AddHolidayAsync(staff1, of01.Id, free.AddDays(1), " ")).FieldErrors[SettingsFields.HolidayReason]);
        using var client = await StaffAsync("staff1@demo.example");
        var row = (await client.GetAsync("/staff/consultations/capacity")).Document.QuerySelector($"[data-testid=holiday][data-date='{free:yyyy-MM-dd}']");
        Assert.NotNull(row);
        Assert.Contains("庁舎の電気設備点検", row!.TextContent);
        var holiday = (await settings.ForAsync(staff1))!.Holidays.Single(h => h.Date == free);
        Assert.True((await settings.RemoveHolidayAsync(staff1, of01.Id, holiday.Id)).Saved);
        Assert.False((await client.GetAsync("/staff/consultations/capacity")).Has($"[data-testid=holiday][data-date='{free:yyyy-MM-dd}']"));
    }

    [Fact]
    public async Task A_phone_booking_appears_tagged_by_phone_in_the_day_view_and_a_second_one_for_the_full_slot_answers_just_taken()
    {
        var staff1 = await PrincipalAsync("staff1@demo.example");
        var of01 = await OfficeAsync("OF01");
        var staff = Service<StaffConsultations>();
        var slot = (await staff.PhoneFreeSlotsAsync(staff1, of01.Id, ConsultationTopic.ExemptionAndPayment)).Last();

        var first = await staff.BookByPhoneAsync(staff1, of01.Id, Caller(slot, ConsultationTopic.ExemptionAndPayment, "0311110000"));

        Assert.Empty(first.FieldErrors);
        Assert.Equal(BookingOutcome.Booked, first.Attempt!.Outcome);
        var booking = first.Attempt.Booking!;
        using var client = await StaffAsync("staff1@demo.example");
        var day = await client.GetAsync($"/staff/consultations?date={booking.Date:yyyy-MM-dd}");
        var cell = day.Document.QuerySelector($"[data-testid=day-view] [data-booking='{booking.Id}']");
        Assert.NotNull(cell);
        Assert.Equal("電話", cell!.QuerySelector("[data-testid=phone-tag]")!.TextContent.Trim());
        Assert.Contains("電話 花子", cell.TextContent);
        Assert.Contains(booking.Reference, cell.TextContent);
        Assert.True(day.Has("[data-testid=phone-booking-open]"));
        var week = await client.GetAsync($"/staff/consultations?date={booking.Date:yyyy-MM-dd}&view=week");
        Assert.NotNull(week.Document.QuerySelector($"[data-testid=week-booking][data-booking='{booking.Id}'] [data-testid=phone-tag]"));

        // The other booths at that time are booked by other callers; the next caller for the same time hears "just taken".
        for (var i = 1; i < slot.FreeBooths; i++)
            Assert.Equal(BookingOutcome.Booked, (await staff.BookByPhoneAsync(staff1, of01.Id, Caller(slot, ConsultationTopic.ExemptionAndPayment, $"03111100{i:00}"))).Attempt!.Outcome);
        var taken = await staff.BookByPhoneAsync(staff1, of01.Id, Caller(slot, ConsultationTopic.ExemptionAndPayment, "0322220000", "電話 次郎"));
        Assert.Equal(BookingOutcome.JustTaken, taken.Attempt!.Outcome);
        Assert.NotEmpty(taken.Attempt.NextFreeSlots);
        Assert.DoesNotContain(taken.Attempt.NextFreeSlots, s => s.StartsAt == slot.StartsAt);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.False(await db.Bookings.AnyAsync(b => b.CallerPhone == "0322220000"));
    }

    [Fact]
    public async Task A_phone_booking_with_the_callers_pension_number_belongs_to_their_account()
    {
        var staff1 = await PrincipalAsync("staff1@demo.example");
        var citizen = await PrincipalAsync("citizen3@demo.example");
        var citizenId = citizen.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var of01 = await OfficeAsync("OF01");
        string pension;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            pension = (await (from u in db.Users join p in db.InsuredPersons on u.InsuredPersonId equals p.Id where u.Id == citizenId select p.PensionNumber).SingleAsync()).ToString();
        }
        var staff = Service<StaffConsultations>();
        var slot = (await staff.PhoneFreeSlotsAsync(staff1, of01.Id, ConsultationTopic.OldAgeClaim)).First();

        var linked = await staff.BookByPhoneAsync(staff1, of01.Id, Caller(slot, ConsultationTopic.OldAgeClaim, "0333330000", pension: pension));
        Assert.Equal(BookingOutcome.Booked, linked.Attempt!.Outcome);
        Assert.False(linked.PensionNumberUnknown);
        Assert.Equal(citizenId, linked.Attempt.Booking!.HolderUserId);
        Assert.Contains(await factory.Services.GetRequiredService<BookingStore>().ForHolderAsync(citizenId), b => b.Id == linked.Attempt.Booking.Id && b.BookedByPhone);

        // Field errors come back per field, and nothing is booked.
        var wrong = await staff.BookByPhoneAsync(staff1, of01.Id, new PhoneBookingInput { Topic = ConsultationTopic.OldAgeClaim, StartsAt = slot.StartsAt, CallerName = "", CallerPhone = "12" });
        Assert.Null(wrong.Attempt);
        Assert.Equal(new[] { PhoneFields.Name, PhoneFields.Phone }, wrong.FieldErrors.Keys.Order());
    }

    [Fact]
    public async Task Staff_of_office_2_cannot_see_or_change_office_1s_capacity_nor_book_by_phone_there()
    {
        var staff1 = await PrincipalAsync("staff1@demo.example");
        var staff2 = await PrincipalAsync("staff2@demo.example");
        var of01 = await OfficeAsync("OF01");
        var settings = Service<StaffOfficeSettings>();
        var staff = Service<StaffConsultations>();
        var holidayDate = staff.Today.AddDays(70);
        Assert.True((await settings.AddHolidayAsync(staff1, of01.Id, holidayDate, "千代田だけの休業理由")).Saved);
        var holiday = (await settings.ForAsync(staff1))!.Holidays.Single(h => h.Date == holidayDate);
        var templates = (await settings.ForAsync(staff1))!.Templates;

        // The page shows staff 2 their own office only.
        using var client = await StaffAsync("staff2@demo.example");
        var page = await client.GetAsync("/staff/consultations/capacity");
        Assert.Equal("OF02", page.Document.QuerySelector("[data-testid=staff-office]")!.GetAttribute("data-code"));
        Assert.DoesNotContain("千代田だけの休業理由", page.Html);
        Assert.NotEqual(of01.Id, (await settings.ForAsync(staff2))!.Office.Id);

        // Commands naming office 1 are refused and change nothing.
        var stop = await settings.ChangeTemplatesAsync(staff2, of01.Id, templates.Select(t => t with { Offered = false, Minutes = 15 }).ToList());
        Assert.False(stop.Saved);
        Assert.Equal(StaffOfficeSettings.NotYourOffice, stop.FieldErrors[SettingsFields.Templates]);
        Assert.All((await settings.ForAsync(staff1))!.Templates, t => Assert.True(t.Offered));
        Assert.False((await settings.AddHolidayAsync(staff2, of01.Id, holidayDate.AddDays(1), "他の事務所から")).Saved);
        Assert.False((await settings.RemoveHolidayAsync(staff2, of01.Id, holiday.Id)).Saved);
        Assert.False((await settings.RemoveHolidayAsync(staff2, (await OfficeAsync("OF02")).Id, holiday.Id)).Saved);
        Assert.Equal([holidayDate], (await settings.ForAsync(staff1))!.Holidays.Select(h => h.Date));

        Assert.Empty(await staff.PhoneFreeSlotsAsync(staff2, of01.Id, ConsultationTopic.Records));
        var slot = (await staff.PhoneFreeSlotsAsync(staff1, of01.Id, ConsultationTopic.Survivors)).First();
        var phone = await staff.BookByPhoneAsync(staff2, of01.Id, Caller(slot, ConsultationTopic.Survivors, "0344440000"));
        Assert.Equal(BookingOutcome.Refused, phone.Attempt!.Outcome);
        Assert.Equal(BookingRules.NotFound, phone.Attempt.Error);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Bookings.AnyAsync(b => b.CallerPhone == "0344440000"));

        Assert.True((await settings.RemoveHolidayAsync(staff1, of01.Id, holiday.Id)).Saved);
    }

    [Fact]
    public async Task Closing_the_site_tells_staff_to_call_a_phone_caller_without_an_account_and_whom()
    {
        var of02 = await OfficeAsync("OF02");
        var staff2 = await PrincipalAsync("staff2@demo.example");
        var staff = Service<StaffConsultations>();
        var slot = (await staff.PhoneFreeSlotsAsync(staff2, of02.Id, ConsultationTopic.Records)).First();
        var phoned = (await staff.BookByPhoneAsync(staff2, of02.Id, Caller(slot, ConsultationTopic.Records, "09055556666", "電話 三郎"))).Attempt!.Booking!;
        var citizenId = (await PrincipalAsync("citizen1@demo.example")).FindFirstValue(ClaimTypes.NameIdentifier)!;
        var withAccount = await ConsultationPages.BookFirstFreeAsync(factory.Services, of02.Id, ConsultationTopic.Other, citizenId);

        var offers = await factory.Services.GetRequiredService<BookingStore>().CloseOfficeAsync(of02.Id, phoned.Date, "停電");
        Assert.Contains(offers, o => o.BookingId == phoned.Id && o.HolderUserId is null);

        var call = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await RenderAsync<ClosureContact>(new() { ["Booking"] = phoned }));
        Assert.Contains("電話 三郎", call.QuerySelector("[data-testid=closure-call]")!.TextContent);
        Assert.Contains("090-5555-6666", call.QuerySelector("[data-testid=closure-call]")!.TextContent);
        var notified = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await RenderAsync<ClosureContact>(new() { ["Booking"] = withAccount }));
        Assert.Null(notified.QuerySelector("[data-testid=closure-call]"));
        Assert.NotNull(notified.QuerySelector("[data-testid=closure-notified]"));
    }

    [Fact]
    public async Task A_caller_phoning_for_someone_else_gives_the_relationship_and_the_principal_and_the_booking_records_the_agent()
    {
        var staff1 = await PrincipalAsync("staff1@demo.example");
        var of01 = await OfficeAsync("OF01");
        var staff = Service<StaffConsultations>();
        var slot = (await staff.PhoneFreeSlotsAsync(staff1, of01.Id, ConsultationTopic.Records)).Skip(3).First();
        var input = Caller(slot, ConsultationTopic.Records, "0322223333", "代理 太郎");
        input.IsAgent = true;

        // The agent box ticked but no relationship: refused next to that field, nothing booked.
        var missing = await staff.BookByPhoneAsync(staff1, of01.Id, input);
        Assert.Null(missing.Attempt);
        Assert.Equal("Consultations.Phone.RelationshipRequired", missing.FieldErrors[PhoneFields.Relationship]);
        Assert.Contains(await staff.PhoneFreeSlotsAsync(staff1, of01.Id, ConsultationTopic.Records), s => s.StartsAt == slot.StartsAt);

        input.Relationship = AgentRelationship.Child;
        input.Reason = CannotAttendReason.NursingCare;
        input.PrincipalName = "架空 花子";
        input.PrincipalBirthDate = new DateOnly(1950, 4, 1);
        var booked = await staff.BookByPhoneAsync(staff1, of01.Id, input);

        Assert.Empty(booked.FieldErrors);
        var booking = booked.Attempt!.Booking!;
        Assert.Equal(AttendeeKind.Agent, booking.AttendeeKind);
        Assert.Equal(AgentRelationship.Child, booking.AgentRelationship);
        Assert.Equal("架空 花子", booking.PrincipalName);
        Assert.Equal("代理 太郎", booking.CallerName);
    }

    private async Task<string> HolderNameAsync(string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await (from u in db.Users join p in db.InsuredPersons on u.InsuredPersonId equals p.Id where u.Id == userId select p.FamilyName + " " + p.GivenName).SingleAsync();
    }

    /// <summary>Renders a page component statically with the app's services (its texts in Japanese, the default).</summary>
    private async Task<string> RenderAsync<TComponent>(Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("ja-JP");
            return (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString();
        });
    }
}
