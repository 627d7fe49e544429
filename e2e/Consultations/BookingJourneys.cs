using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E.Consultations;

/// <summary>
/// A demo citizen books a video slot at 千代田 (OF01); staff1 of that office sees it and checks the visitor in; a second
/// citizen, who had the same time on screen, finds it gone. Staff first set OF01 to one video booth, so that one booking
/// takes the time.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class BookingJourneys(PortalHost host, ITestOutputHelper output) : Journeys(host, output)
{
    [Fact]
    public Task A_citizen_books_staff_of_the_office_check_the_visitor_in_and_a_second_citizen_finds_the_slot_gone() =>
        JourneyAsync("consultation-booking", async page =>
        {
            var staff = await Host.NewPageAsync();
            var second = await Host.NewPageAsync();
            try
            {
                // staff1 (OF01): one video booth, so a video time is one booth.
                await SignInAsync(staff, "staff1@demo.example", Password);
                await ExpectTwoFactorPageAsync(staff);
                await staff.Locator("#two-factor-code").FillAsync(Totp.Compute(TotpSecret));
                await staff.Locator("#two-factor-submit").ClickAsync();
                await ExpectDashboardAsync(staff, "/staff", "dashboard-staff");
                await staff.Locator("[data-testid=nav-staff-consultations]").ClickAsync();
                await Expect(staff.Locator("[data-testid=staff-consultations-page]")).ToBeVisibleAsync(Visible);
                await staff.GotoAsync("/staff/consultations/capacity");
                await InteractiveAsync(staff);
                await staff.Locator("#booths-video").FillAsync("1");
                await staff.Locator("#booths-video").PressAsync("Tab");
                await staff.Locator("[data-testid=capacity-save]").ClickAsync();
                await Expect(staff.Locator("[data-testid=capacity-saved]")).ToBeVisibleAsync(Visible);

                // citizen2 has the first free video time on screen, ready to confirm.
                await SignInAsync(second, "citizen2@demo.example", Password);
                await ExpectDashboardAsync(second, "/citizen", "dashboard-citizen");
                var start = await ChooseVideoSlotAsync(second, null);
                var date = start[..10];

                // citizen1 books that same time.
                await SignInAsync(page, "citizen1@demo.example", Password);
                await ExpectDashboardAsync(page, "/citizen", "dashboard-citizen");
                await page.Locator("main a[href='/consultations']").First.ClickAsync();
                await Expect(page.Locator("[data-testid=consultations-page]")).ToBeVisibleAsync(Visible);
                Assert.Equal(start, await ChooseVideoSlotAsync(page, start));
                await page.Locator("[data-testid=book-submit]").ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex("/consultations/[0-9a-f-]{36}\\?booked=1$"), new() { Timeout = 30_000 });
                var bookingId = Regex.Match(page.Url, "/consultations/([0-9a-f-]{36})").Groups[1].Value;
                await Expect(page.Locator("[data-testid=booked-confirmation]")).ToBeVisibleAsync(Visible);
                await Expect(page.Locator("[data-testid=bring-list]")).ToContainTextAsync("本人確認書類");
                await Expect(page.Locator("[data-testid=change-deadline]")).ToContainTextAsync("まで");
                await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("consultation-booked"), FullPage = true });

                // The video link opens only around the slot time.
                await page.Locator("[data-testid=video-join-link]").ClickAsync();
                await Expect(page.Locator("[data-testid=join-refused]")).ToHaveAttributeAsync("data-code", "too_early", new() { Timeout = 30_000 });

                // The confirmation is in the inbox.
                await page.Locator("[data-testid=nav-inbox]").ClickAsync();
                await Expect(page.Locator("[data-testid=inbox-row][data-kind=Booking]").First).ToContainTextAsync("予約を受け付けました", new() { Timeout = 30_000 });

                // citizen2 confirms a moment too late: just taken, with the next free times (not that one).
                await second.Locator("[data-testid=book-submit]").ClickAsync();
                await Expect(second.Locator("[data-testid=just-taken]")).ToBeVisibleAsync(Visible);
                await Expect(second.Locator("[data-testid=next-free-slot]").First).ToBeVisibleAsync(Visible);
                Assert.Equal(0, await second.Locator($"[data-testid=next-free-slot][data-start='{start}']").CountAsync());
                // citizen2 takes the next free time offered, then cancels it (with a confirmation) from the list.
                await second.Locator("[data-testid=next-free-slot]").First.ClickAsync();
                await Expect(second.Locator("[data-testid=just-taken]")).ToHaveCountAsync(0);
                await second.Locator("[data-testid=book-submit]").ClickAsync();
                await Expect(second).ToHaveURLAsync(new Regex("/consultations/[0-9a-f-]{36}\\?booked=1$"), new() { Timeout = 30_000 });
                var secondId = Regex.Match(second.Url, "/consultations/([0-9a-f-]{36})").Groups[1].Value;
                await second.Locator("[data-testid=nav-consultations]").ClickAsync();
                var row = second.Locator($"[data-testid=upcoming-list] [data-booking='{secondId}']");
                await Expect(row).ToBeVisibleAsync(Visible);
                await row.Locator("[data-testid=cancel-button]").ClickAsync();
                await row.Locator("[data-testid=cancel-confirm]").ClickAsync();
                await Expect(second.Locator($"[data-testid=past-list] [data-booking='{secondId}']")).ToHaveAttributeAsync("data-status", "Cancelled", new() { Timeout = 30_000 });
                // … and a fresh calendar no longer offers it.
                await second.GotoAsync("/consultations/book");
                await InteractiveAsync(second);
                await FindOf01Async(second);
                await second.Locator("#topic-Records").CheckAsync();
                await second.Locator("#mode-Video").CheckAsync();
                await second.Locator("[data-testid=step-next]").ClickAsync();
                await Expect(second.Locator("[data-testid=slot-days]")).ToBeVisibleAsync(Visible);
                var day = second.Locator($"[data-testid=slot-day][data-date='{date}']");
                if (await day.CountAsync() > 0)
                {
                    await day.ClickAsync();
                    await Expect(second.Locator("[data-testid=slot-times]")).ToBeVisibleAsync(Visible);
                }
                Assert.Equal(0, await second.Locator($"[data-testid=slot-time][data-start='{start}']").CountAsync());

                // staff1 sees the booking on the day list; on the day, the visitor is checked in.
                await staff.GotoAsync($"/staff/consultations?date={date}");
                var cell = staff.Locator($"[data-testid=staff-booking][data-booking='{bookingId}']");
                await Expect(cell).ToBeVisibleAsync(Visible);
                await Expect(cell).ToHaveAttributeAsync("data-status", "Booked");
                var response = await staff.APIRequest.PostAsync(
                    $"/dev/consultations/clock?at={Uri.EscapeDataString(DateTimeOffset.Parse(start).AddMinutes(-10).ToString("O"))}");
                Assert.True(response.Ok, "the consultation clock moves in the e2e host");
                await staff.ReloadAsync();
                await InteractiveAsync(staff);
                await cell.Locator("[data-testid=check-in]").ClickAsync();
                await Expect(cell).ToHaveAttributeAsync("data-status", "CheckedIn", new() { Timeout = 30_000 });
                await Expect(staff.Locator("[data-testid=staff-message]")).ToContainTextAsync("受付しました");
                await staff.ScreenshotAsync(new() { Path = Host.ScreenshotPath("consultation-checked-in"), FullPage = true });
            }
            finally
            {
                try { await staff.APIRequest.PostAsync("/dev/consultations/clock"); } catch (PlaywrightException) { }
                await staff.Context.CloseAsync();
                await second.Context.CloseAsync();
            }
        });

    private static async Task InteractiveAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => !!window.Blazor", null, new() { Timeout = 30_000 });
        await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
    }

    private static async Task FindOf01Async(IPage page)
    {
        await page.Locator("#office-prefecture").SelectOptionAsync("東京都");
        await page.Locator("#office-city").SelectOptionAsync("千代田区");
        await page.Locator("[data-testid=office-search-area]").ClickAsync();
        await page.Locator("[data-testid=office-result][data-code=OF01] [data-testid=office-choose]").ClickAsync();
        await Expect(page.Locator("#topic-Records")).ToBeVisibleAsync(Visible);
    }

    /// <summary>Steps through the booking page to the confirmation: OF01, records, video, <paramref name="start"/> or the first free time, self.</summary>
    private static async Task<string> ChooseVideoSlotAsync(IPage page, string? start)
    {
        await page.GotoAsync("/consultations/book");
        await InteractiveAsync(page);
        await FindOf01Async(page);
        await page.Locator("#topic-Records").CheckAsync();
        await page.Locator("#mode-Video").CheckAsync();
        await page.Locator("[data-testid=step-next]").ClickAsync();
        await Expect(page.Locator("[data-testid=slot-days]")).ToBeVisibleAsync(Visible);
        if (start is not null)
            await page.Locator($"[data-testid=slot-day][data-date='{start[..10]}']").ClickAsync();
        var time = start is null ? page.Locator("[data-testid=slot-time]").First : page.Locator($"[data-testid=slot-time][data-start='{start}']");
        await time.ClickAsync();
        await Expect(time).ToHaveAttributeAsync("aria-pressed", "true");
        var chosen = (await time.GetAttributeAsync("data-start"))!;
        await page.Locator("[data-testid=step-next]").ClickAsync();
        await Expect(page.Locator("#attendee-self")).ToBeCheckedAsync(new() { Timeout = 30_000 });
        await page.Locator("[data-testid=step-next]").ClickAsync();
        await Expect(page.Locator("[data-testid=book-summary]")).ToBeVisibleAsync(Visible);
        return chosen;
    }
}
