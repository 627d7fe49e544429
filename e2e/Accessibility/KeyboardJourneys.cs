using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E.Accessibility;

/// <summary>
/// A demo citizen (citizen3) signs in and books a consultation at 千代田 (OF01) with the keyboard only: Tab, Shift+Tab,
/// Enter, Space and the arrow keys, no clicks. On the way: every element Tab reaches shows a focus indicator (its
/// computed outline or box-shadow differs from when it is not focused), Tab always moves on (no trap; the whole
/// confirmation page is walked round to the start again), after each navigation focus is on the new page's h1 and after
/// each wizard step on the step's heading, a booking error is in a live region tied to its field, and the chosen day
/// and time are marked by more than colour.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class KeyboardJourneys(PortalHost host, ITestOutputHelper output) : Journeys(host, output)
{
    private const int MaxTabs = 120;
    private int _tabs;
    private readonly List<string> _indicatorProblems = [];

    [Fact]
    public Task A_citizen_books_a_consultation_with_the_keyboard_only() =>
        JourneyAsync("keyboard-booking", async page =>
        {
            var clock = Stopwatch.StartNew();

            // Sign-in (server-rendered): focus starts on the h1 (<FocusOnNavigate> also acts on server-rendered pages);
            // the form is filled by typing.
            await page.GotoAsync("/Account/Login");
            await ExpectFocusOnAsync(page, "main h1", "the sign-in page's h1");
            await TabToAsync(page, "#login-email");
            await page.Keyboard.TypeAsync("citizen3@demo.example");
            Assert.Equal("login-password", (await TabAsync(page)).Id);
            await page.Keyboard.TypeAsync(Password);
            await page.Keyboard.PressAsync("Enter");
            await Expect(page).ToHaveURLAsync(new Regex("/citizen(\\?|$)"), new() { Timeout = 30_000 });
            await InteractiveAsync(page);
            await ExpectFocusOnAsync(page, "h1[data-testid=dashboard-citizen]", "the dashboard's h1");

            // Dashboard → my consultations → book.
            await TabToAsync(page, "main a[href='/consultations']");
            await page.Keyboard.PressAsync("Enter");
            await Expect(page).ToHaveURLAsync(new Regex("/consultations$"), new() { Timeout = 30_000 });
            await ExpectFocusOnAsync(page, "h1[data-testid=consultations-page]", "the consultations page's h1");
            await TabToAsync(page, "[data-testid=book-link]");
            await page.Keyboard.PressAsync("Enter");
            await Expect(page).ToHaveURLAsync(new Regex("/consultations/book$"), new() { Timeout = 30_000 });
            await ExpectFocusOnAsync(page, "h1[data-testid=book-page]", "the booking page's h1");

            // Step 1. Searching with no prefecture: the error is announced (live region) and tied to the field.
            await TabToAsync(page, "[data-testid=office-search-area]");
            await page.Keyboard.PressAsync("Enter");
            var error = page.Locator("#office-prefecture-error");
            await Expect(error).Not.ToBeEmptyAsync(new() { Timeout = 10_000 });
            Assert.True(await error.GetAttributeAsync("aria-live") is "polite" or "assertive" || await error.GetAttributeAsync("role") == "alert",
                "the area error is in a live region");
            await Expect(page.Locator("#office-prefecture")).ToHaveAttributeAsync("aria-describedby", new Regex("\\boffice-prefecture-error\\b"));
            await Expect(page.Locator("#office-prefecture")).ToHaveAttributeAsync("aria-invalid", "true");
            Assert.Equal("office-city", (await TabAsync(page, back: true)).Id);
            Assert.Equal("office-prefecture", (await TabAsync(page, back: true)).Id);
            await ArrowToOptionAsync(page, "#office-prefecture", "東京都");
            Assert.Equal("office-city", (await TabAsync(page)).Id);
            await ArrowToOptionAsync(page, "#office-city", "千代田区");
            await TabToAsync(page, "[data-testid=office-search-area]");
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.Locator("[data-testid=office-results]")).ToBeVisibleAsync(Visible);
            await Expect(error).ToBeEmptyAsync();
            Assert.Equal("polite", await page.Locator("[data-testid=office-results-region]").GetAttributeAsync("aria-live"));
            await TabToAsync(page, "[data-testid=office-result][data-code=OF01] [data-testid=office-choose]");
            await page.Keyboard.PressAsync("Enter");

            // Step 2: focus on the step's heading; a radio group is one Tab stop, chosen with the arrow keys.
            await ExpectFocusOnAsync(page, "#topic-heading", "step 2's heading");
            var radio = await TabAsync(page);
            Assert.True(radio.Matches("input[type=radio][name=topic]"), $"Tab from the heading reaches the topics, not {radio.Desc}");
            for (var i = 0; i < 10 && radio.Id != "topic-Records"; i++)
            {
                await page.Keyboard.PressAsync("ArrowDown");
                radio = await ProbeAsync(page, null);
            }
            Assert.Equal("topic-Records", radio.Id);
            if (!await page.Locator("#topic-Records").IsCheckedAsync()) await page.Keyboard.PressAsync("Space");
            await Expect(page.Locator("#topic-Records")).ToBeCheckedAsync();
            // Shift+Tab leaves the group backwards, Tab comes back to the chosen topic: no trap either way.
            var before = await TabAsync(page, back: true);
            Assert.False(before.Matches("input[name=topic]"), $"Shift+Tab leaves the topic group, not {before.Desc}");
            Assert.Equal("topic-Records", (await TabAsync(page)).Id);
            var mode = await TabAsync(page);
            Assert.Equal("mode-InPerson", mode.Id);
            await Expect(page.Locator("#mode-InPerson")).ToBeCheckedAsync();
            await TabToAsync(page, "[data-testid=step-next]");
            await page.Keyboard.PressAsync("Enter");

            // Step 3: the third day offered (Enter), its first time (Space); both marked by more than colour.
            await ExpectFocusOnAsync(page, "#slot-heading", "step 3's heading");
            await Expect(page.Locator("[data-testid=slot-days]")).ToBeVisibleAsync(Visible);
            await TabToAsync(page, "[data-testid=slot-day]");
            var days = await page.Locator("[data-testid=slot-day]").CountAsync();
            for (var i = 1; i < Math.Min(3, days); i++) Assert.True((await TabAsync(page)).Matches("[data-testid=slot-day]"));
            var day = await ProbeAsync(page, null);
            await page.Keyboard.PressAsync("Enter");
            var dayButton = page.Locator($"[data-testid=slot-day][data-date='{day.Data}']");
            await Expect(dayButton).ToHaveAttributeAsync("aria-pressed", "true");
            await ExpectMarkedByMoreThanColourAsync(dayButton);
            await TabToAsync(page, "[data-testid=slot-time]");
            var time = page.Locator("[data-testid=slot-time]").First;
            await page.Keyboard.PressAsync("Space");
            await Expect(time).ToHaveAttributeAsync("aria-pressed", "true");
            await ExpectMarkedByMoreThanColourAsync(time);
            var start = await time.GetAttributeAsync("data-start");
            await TabToAsync(page, "[data-testid=step-next]");
            await page.Keyboard.PressAsync("Enter");

            // Step 4: the attendee (self, already chosen), step 5: confirm.
            await ExpectFocusOnAsync(page, "#who-heading", "step 4's heading");
            Assert.Equal("attendee-self", (await TabAsync(page)).Id);
            await Expect(page.Locator("#attendee-self")).ToBeCheckedAsync();
            await TabToAsync(page, "[data-testid=step-next]");
            await page.Keyboard.PressAsync("Enter");
            await ExpectFocusOnAsync(page, "#confirm-heading", "step 5's heading");
            await Expect(page.Locator("[data-testid=book-summary]")).ToBeVisibleAsync(Visible);
            await TabToAsync(page, "[data-testid=book-submit]");
            await page.Keyboard.PressAsync("Enter");
            await Expect(page).ToHaveURLAsync(new Regex("/consultations/[0-9a-f-]{36}\\?booked=1$"), new() { Timeout = 30_000 });
            var bookingId = Regex.Match(page.Url, "/consultations/([0-9a-f-]{36})").Groups[1].Value;
            await ExpectFocusOnAsync(page, "main h1", "the booking's h1");
            await Expect(page.Locator("[data-testid=booked-confirmation]")).ToHaveAttributeAsync("role", "status");
            await Expect(page.Locator("[data-testid=booking-status]")).ToHaveAttributeAsync("data-status", "Booked");
            await Expect(page.Locator("[data-testid=booking-status]")).Not.ToBeEmptyAsync();
            output.WriteLine($"booked {bookingId} at {start}");

            // No trap anywhere on the page: Tab from the h1 goes through everything and comes round to the skip link.
            var seen = new List<string>();
            for (var i = 0; ; i++)
            {
                Assert.True(i < MaxTabs, $"Tab did not come round to the skip link within {MaxTabs} presses: {string.Join(" → ", seen.TakeLast(10))}");
                var f = await TabAsync(page, allowBody: true);
                if (f.Matches(".skip-link")) break;
                seen.Add(f.Desc);
            }
            output.WriteLine($"the confirmation page has {seen.Count} Tab stops after the h1 (page end included)");

            // The list says the status in words.
            await TabToAsync(page, "[data-testid=nav-consultations]");
            await page.Keyboard.PressAsync("Enter");
            await ExpectFocusOnAsync(page, "h1[data-testid=consultations-page]", "the consultations page's h1");
            var row = page.Locator($"[data-testid=upcoming-list] [data-booking='{bookingId}']");
            await Expect(row).ToHaveAttributeAsync("data-status", "Booked", new() { Timeout = 30_000 });
            await Expect(row.Locator("td").Nth(4)).Not.ToBeEmptyAsync();

            Assert.True(_indicatorProblems.Count == 0, "elements without a visible focus indicator:\n" + string.Join('\n', _indicatorProblems));
            var line = $"{DateTimeOffset.Now:O} keyboard booking journey: {clock.Elapsed.TotalSeconds:0.0} s, {_tabs} Tab presses";
            output.WriteLine(line);
            await File.AppendAllTextAsync(Path.Combine(Host.ArtifactsDir, "timings.txt"), line + Environment.NewLine);
        });

    private sealed record Focused(string Desc, string Id, string Radio, string Data, string[] MatchedSelectors, JsonElement Raw)
    {
        public bool Matches(string selector) => MatchedSelectors.Contains(selector);
    }

    // Selectors the probe checks the focused element against (so that one round trip answers them all).
    private readonly HashSet<string> _selectors =
    [
        ".skip-link", "input[type=radio][name=topic]", "input[name=topic]", "[data-testid=slot-day]", "[data-testid=slot-time]",
    ];

    /// <summary>
    /// Where focus is, and whether the element focus just left showed an indicator: its outline or box-shadow while focused
    /// differs from now, unfocused (and the focused one is not "none"). Elements focused by script (tabindex=-1) are not checked.
    /// </summary>
    private const string ProbeScript =
        """
        (selectors) => {
          const look = e => { const s = getComputedStyle(e);
            return { outline: (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0) ? 'none' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
                     shadow: s.boxShadow }; };
          const describe = e => !e || e === document.body ? 'body'
            : `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.dataset.testid ? '[data-testid=' + e.dataset.testid + ']' : ''}`
              + ` "${(e.getAttribute('aria-label') || e.textContent || e.value || '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
          const a = document.activeElement && document.activeElement !== document.body ? document.activeElement : null;
          const prev = window.__kbProbe;
          let left = null;
          if (prev && prev.el !== a && prev.el.isConnected && prev.checked) {
            const now = look(prev.el);
            const indicated = (prev.look.outline !== 'none' || prev.look.shadow !== 'none')
              && (prev.look.outline !== now.outline || prev.look.shadow !== now.shadow);
            left = { desc: prev.desc, indicated, focused: prev.look, unfocused: now };
          }
          const checked = !!a && a.getAttribute('tabindex') !== '-1';
          window.__kbProbe = a ? { el: a, desc: describe(a), look: look(a), checked } : null;
          return {
            desc: describe(a), id: a ? a.id : '', radio: a && a.type === 'radio' ? a.name : '', data: a ? (a.dataset.date || a.dataset.start || '') : '',
            same: !!prev && !!a && prev.el === a, focusVisible: !!a && a.matches(':focus-visible'),
            look: a ? look(a) : null, left,
            matched: a ? selectors.filter(s => { try { return a.matches(s); } catch { return false; } }) : [],
          };
        }
        """;

    private async Task<Focused> ProbeAsync(IPage page, string? extraSelector)
    {
        var selectors = extraSelector is null ? _selectors.ToArray() : [.. _selectors, extraSelector];
        var raw = await page.EvaluateAsync<JsonElement>(ProbeScript, selectors);
        if (raw.GetProperty("left") is { ValueKind: JsonValueKind.Object } left && !left.GetProperty("indicated").GetBoolean())
            _indicatorProblems.Add($"  {left.GetProperty("desc").GetString()}: focused {left.GetProperty("focused")}, unfocused {left.GetProperty("unfocused")}");
        return new Focused(raw.GetProperty("desc").GetString()!, raw.GetProperty("id").GetString()!, raw.GetProperty("radio").GetString()!,
            raw.GetProperty("data").GetString()!,
            raw.GetProperty("matched").EnumerateArray().Select(e => e.GetString()!).ToArray(), raw);
    }

    /// <summary>One Tab (or Shift+Tab): focus moves to another element, which shows a focus indicator.</summary>
    private async Task<Focused> TabAsync(IPage page, bool back = false, string? selector = null, bool allowBody = false)
    {
        var from = await page.EvaluateAsync<string>("() => window.__kbProbe ? window.__kbProbe.desc : 'body'");
        var fromRadio = await page.EvaluateAsync<string?>("() => { const a = document.activeElement; return a && a.type === 'radio' ? a.name : null; }");
        await page.Keyboard.PressAsync(back ? "Shift+Tab" : "Tab");
        _tabs++;
        var f = await ProbeAsync(page, selector);
        if (f.Desc == "body" && allowBody) return f; // past the end of the page, before coming round to its start
        Assert.False(f.Raw.GetProperty("same").GetBoolean(), $"{(back ? "Shift+Tab" : "Tab")} left focus on {from}: a keyboard trap");
        Assert.NotEqual("body", f.Desc);
        if (!string.IsNullOrEmpty(fromRadio))
            Assert.False(f.Radio == fromRadio, $"Tab stayed in the radio group {fromRadio}: {f.Desc}");
        Assert.True(f.Raw.GetProperty("focusVisible").GetBoolean(), $"{f.Desc} is focused by the keyboard but does not match :focus-visible");
        var look = f.Raw.GetProperty("look");
        Assert.False(look.GetProperty("outline").GetString() == "none" && look.GetProperty("shadow").GetString() == "none",
            $"{f.Desc} has no outline or box-shadow when focused");
        return f;
    }

    /// <summary>Tabs forward until <paramref name="selector"/> has focus, checking every stop on the way.</summary>
    private async Task<Focused> TabToAsync(IPage page, string selector)
    {
        var path = new List<string>();
        for (var i = 0; i < MaxTabs; i++)
        {
            var f = await TabAsync(page, selector: selector);
            if (f.Matches(selector)) return f;
            path.Add(f.Desc);
        }
        throw new Xunit.Sdk.XunitException($"Tab did not reach {selector} in {MaxTabs} presses: {string.Join(" → ", path.TakeLast(15))}");
    }

    /// <summary>A closed select changes with the arrow keys (and Blazor gets the change at each step).</summary>
    private static async Task ArrowToOptionAsync(IPage page, string select, string label)
    {
        var target = await page.Locator($"{select} option").EvaluateAllAsync<string?>(
            "(os, label) => { const o = os.find(o => o.textContent.trim() === label); return o ? o.value : null; }", label);
        Assert.True(target is not null, $"{select} offers {label}");
        var options = page.Locator($"{select} option");
        var count = await options.CountAsync();
        for (var i = 0; i <= count && await page.Locator(select).InputValueAsync() != target; i++)
            await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator(select)).ToHaveValueAsync(target!);
        Assert.Equal(select.TrimStart('#'), await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    private static async Task ExpectFocusOnAsync(IPage page, string selector, string what)
    {
        try
        {
            await page.WaitForFunctionAsync("(s) => document.activeElement && document.activeElement.matches(s)", selector,
                new() { Timeout = 10_000, PollingInterval = 50 });
        }
        catch (TimeoutException)
        {
            var at = await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : 'none'");
            throw new Xunit.Sdk.XunitException($"focus is not on {what} ({selector}) after the navigation but on {at}");
        }
        await page.EvaluateAsync("() => { window.__kbProbe = null; }");
    }

    /// <summary>Pressed day and time buttons carry a mark (text or a border change), not only another colour.</summary>
    private static async Task ExpectMarkedByMoreThanColourAsync(ILocator button)
    {
        var mark = await button.EvaluateAsync<string>("b => getComputedStyle(b, '::before').content");
        Assert.True(mark is not ("none" or "normal" or "\"\""), $"the pressed button has a mark besides its colour (::before content was {mark})");
    }

    private static async Task InteractiveAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => !!window.Blazor", null, new() { Timeout = 30_000 });
        await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
    }
}
