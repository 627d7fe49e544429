using Microsoft.Playwright;
using Portal.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E.Consultations;

/// <summary>
/// staff1 (OF01) takes a phone booking from the day view: the form offers the free in-person times of the topic, the booking
/// then shows on its day tagged 電話 in text; a free cell of that day opens the form by keyboard at its time; making that day
/// an office holiday is refused, with the booking listed by time, topic and reference.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PhoneBookingJourneys(PortalHost host, ITestOutputHelper output) : Journeys(host, output)
{
    [Fact]
    public Task Staff_take_a_phone_booking_and_see_it_tagged_in_the_day_view() =>
        JourneyAsync("consultation-phone-booking", async page =>
        {
            await SignInAsync(page, "staff1@demo.example", Password);
            await ExpectTwoFactorPageAsync(page);
            await page.Locator("#two-factor-code").FillAsync(Totp.Compute(TotpSecret));
            await page.Locator("#two-factor-submit").ClickAsync();
            await ExpectDashboardAsync(page, "/staff", "dashboard-staff");
            await page.GotoAsync("/staff/consultations");
            await page.WaitForFunctionAsync("() => !!window.Blazor", null, new() { Timeout = 30_000 });
            await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });

            // The form: topic first, then the first free in-person time is chosen.
            await page.Locator("[data-testid=phone-booking-open]").ClickAsync();
            await Expect(page.Locator("[data-testid=phone-booking-form]")).ToBeVisibleAsync(Visible);
            await page.Locator("#phone-topic").SelectOptionAsync("Records");
            await Expect(page.Locator("#phone-slot")).ToBeVisibleAsync(Visible);
            var start = await page.Locator("#phone-slot").InputValueAsync();
            Assert.False(string.IsNullOrEmpty(start));
            await page.Locator("#phone-name").FillAsync("電話 一郎");
            await page.Locator("#phone-number").FillAsync("03-5555-0101");
            await page.Locator("[data-testid=phone-submit]").ClickAsync();

            // Booked: the day view of that date shows it, tagged by phone in text.
            var booked = page.Locator("[data-testid=phone-booked]");
            await Expect(booked).ToBeVisibleAsync(Visible);
            var bookingId = (await booked.GetAttributeAsync("data-booking"))!;
            await Expect(page.Locator("[data-testid=day-view]")).ToHaveAttributeAsync("data-date", start[..10], new() { Timeout = 30_000 });
            var cell = page.Locator($"[data-testid=staff-booking][data-booking='{bookingId}']");
            await Expect(cell).ToBeVisibleAsync(Visible);
            await Expect(cell.Locator("[data-testid=phone-tag]")).ToHaveTextAsync("電話");
            await Expect(cell).ToContainTextAsync("電話 一郎");
            await Expect(cell).ToContainTextAsync("年金記録");
            await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("consultation-phone-booked"), FullPage = true });

            // A free cell of that day opens the form by keyboard, at its time.
            var free = page.Locator("[data-testid=free-cell]").First;
            var freeStart = (await free.GetAttributeAsync("data-start"))!;
            await free.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.Locator("[data-testid=phone-booking-form]")).ToBeVisibleAsync(Visible);
            await page.Locator("#phone-topic").SelectOptionAsync("Records");
            await Expect(page.Locator("#phone-slot")).ToBeVisibleAsync(Visible);
            Assert.True(string.CompareOrdinal(await page.Locator("#phone-slot").InputValueAsync(), freeStart) >= 0,
                "the time chosen is the free cell's or the next free one");
            Assert.Equal(freeStart[..10], await page.Locator("#phone-day").InputValueAsync());
            await page.Locator("[data-testid=phone-close]").ClickAsync();
            await Expect(page.Locator("[data-testid=phone-booking-form]")).ToHaveCountAsync(0);

            // That day cannot become an office holiday: the refusal next to the date lists the booking (time, topic, reference).
            await page.Locator("[data-testid=staff-consultations-page] ~ nav a[href='/staff/consultations/capacity']").ClickAsync();
            await Expect(page.Locator("[data-testid=holidays-section]")).ToBeVisibleAsync(Visible);
            await page.Locator("#holiday-date").FillAsync(start[..10]);
            await page.Locator("#holiday-reason").FillAsync("庁舎点検");
            await page.Locator("[data-testid=holiday-add]").ClickAsync();
            var listed = page.Locator($"[data-testid=holiday-refused] [data-testid=affected-booking][data-booking='{bookingId}']");
            await Expect(listed).ToBeVisibleAsync(Visible);
            await Expect(listed).ToContainTextAsync("年金記録");
            await Expect(listed).ToContainTextAsync((await listed.GetAttributeAsync("data-reference"))!);
            await Expect(listed).Not.ToContainTextAsync("電話 一郎");
            await Expect(page.Locator("[data-testid=holiday]")).ToHaveCountAsync(0);
            await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("consultation-holiday-refused"), FullPage = true });
        });
}
