using System.Net;
using System.Text.RegularExpressions;
using Portal.Domain.Benefits;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Benefits;

/// <summary>
/// The simulator's depths, its explicit "cannot estimate here" state and page, and the public simulator, as first rendered
/// (interactive pages are prerendered on GET; answers can come in the address).
/// </summary>
public sealed partial class SimulatorDepthsAndPublicPages(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    [GeneratedRegex(@"[\d,]+円|¥[\d,]+")]
    private static partial Regex Yen();

    private Task<FormClient> SignInAsync(string email) =>
        factory.SignedInAsync(email);

    private static long YenIn(string text) => long.Parse(Regex.Match(text, @"([\d,]+)円").Groups[1].Value.Replace(",", ""));

    [Fact]
    public async Task TheInstantEstimateOfAFull480MonthRecordIsTheFullBasicPensionOfThisFiscalYear()
    {
        await FullRecordFixture.EnsureAsync(factory.Services);
        using var client = await SignInAsync(FullRecordFixture.Email);

        var page = await client.GetAsync("/citizen/simulator");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var today = Portal.Domain.Common.JapanTime.DateOf(DateTimeOffset.UtcNow);
        var full = BenefitParameterCatalogue.ForDate(today).Value.FullBasicPensionFor(FullRecordFixture.BirthDate).Yen;
        var basicRow = page.Document.QuerySelector("[data-testid=simulator-components] tr[data-component=BasicPension]");
        Assert.NotNull(basicRow);
        Assert.Equal(full, YenIn(basicRow!.QuerySelectorAll("td")[0].TextContent));
        Assert.Equal(full / 12, YenIn(basicRow.QuerySelectorAll("td")[1].TextContent));
        Assert.Contains(page.Document.QuerySelectorAll("[data-testid=simulator-formulas] code"),
            c => c.TextContent.Contains("× 480 / 480") || c.TextContent.Contains("480"));
        Assert.Equal(full, YenIn(page.Document.QuerySelector(".simulator-total")!.TextContent));
    }

    [Fact]
    public async Task TheThreeDepthsAreLinksAndTheCurrentOneIsMarked()
    {
        using var client = await SignInAsync("citizen2@demo.example");

        var page = await client.GetAsync("/citizen/simulator?depth=detailed");

        var links = page.Document.QuerySelectorAll("[data-testid=simulator-depths] a");
        Assert.Equal(["depth-instant", "depth-guided", "depth-detailed"], links.Select(a => a.Id));
        Assert.Equal("page", page.Document.GetElementById("depth-detailed")!.GetAttribute("aria-current"));
        Assert.True(page.Has("[data-testid=simulator-detailed]"));
        // The detailed depth starts from the current situation: one period row from this month, with the current pay.
        Assert.NotNull(page.Document.GetElementById("period-1-from"));
        Assert.False(string.IsNullOrEmpty(page.Document.GetElementById("period-1-pay")!.GetAttribute("value")));
        Assert.NotNull(page.Document.GetElementById("detailed-start-years"));
        Assert.NotNull(page.Document.GetElementById("spouse-has"));
        Assert.NotNull(page.Document.GetElementById("working-pay"));
    }

    [Fact]
    public async Task GuidedAnswersGiveAnEstimateThatStatesThem()
    {
        using var client = await SignInAsync("citizen2@demo.example");

        var page = await client.GetAsync("/citizen/simulator?depth=guided&work=employee&until=65&pay=300000&start=70");

        var result = page.Document.QuerySelector("[data-testid=simulator-result]");
        Assert.NotNull(result);
        Assert.Contains("70歳0か月", result!.TextContent);
        Assert.Contains("300,000円", page.Document.QuerySelector("[data-testid=simulator-assumptions]")!.TextContent);
        Assert.Equal(16, page.Document.QuerySelectorAll("[data-testid=simulator-by-age-table] tbody tr").Length);
        Assert.True(page.Has("[data-testid=simulator-cumulative-table]"));
    }

    [Fact]
    public async Task AGuidedAgeThatIsNotANumberIsShownNextToTheField()
    {
        using var client = await SignInAsync("citizen2@demo.example");

        var page = await client.GetAsync("/citizen/simulator?depth=guided&work=employee&until=abc&pay=300000");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("20歳から75歳", page.FieldError("guided-until"));
        Assert.False(page.Has("[data-testid=simulator-result]"));
    }

    [Fact]
    public async Task ADeclaredExclusionShowsWhyAndTheBookingLinkButNoAmount()
    {
        using var client = await SignInAsync("citizen2@demo.example");

        var page = await client.GetAsync("/citizen/simulator?depth=guided&work=none&declared=MUTUAL_AID");

        var state = page.Document.QuerySelector("[data-testid=simulator-not-supported]");
        Assert.NotNull(state);
        Assert.Contains(ExclusionRules.MutualAid, state!.TextContent);
        Assert.Equal("/consultations/book", state.QuerySelector("#not-supported-book")!.GetAttribute("href"));
        Assert.False(page.Has("[data-testid=simulator-result]"));
        Assert.DoesNotMatch(Yen(), page.Document.QuerySelector("main")?.TextContent ?? page.Document.Body!.TextContent);
    }

    [Fact]
    public async Task AnInstantEstimateInTheSpecialOldAgeCohortShowsTheExplicitStateWithoutANumber()
    {
        await FullRecordFixture.EnsureSpecialOldAgeAsync(factory.Services);
        using var client = await SignInAsync(FullRecordFixture.SpecialOldAgeEmail);

        var page = await client.GetAsync("/citizen/simulator");

        Assert.NotNull(page.Document.QuerySelector($"[data-testid=simulator-not-supported] li[data-code={ExclusionRules.SpecialOldAge}]"));
        Assert.False(page.Has("[data-testid=simulator-result]"));
        Assert.False(page.Has("[data-testid=simulator-by-age-table]"));
        Assert.DoesNotMatch(Yen(), page.Document.QuerySelector("[data-testid=simulator-not-supported]")!.TextContent);
    }

    [Theory]
    [InlineData("/citizen/simulator?declared=DISABILITY_SURVIVOR", ExclusionRules.DisabilitySurvivor)]
    [InlineData("/citizen/simulator?depth=guided&work=none&declared=ALREADY_RECEIVING,CREDITED_OR_ABROAD", ExclusionRules.CreditedOrAbroad)]
    public async Task DeclaredFactsAtTheInstantAndGuidedDepthsShowTheExplicitState(string url, string code)
    {
        using var client = await SignInAsync("citizen2@demo.example");

        var page = await client.GetAsync(url);

        Assert.NotNull(page.Document.QuerySelector($"[data-testid=simulator-not-supported] li[data-code={code}]"));
        Assert.False(page.Has("[data-testid=simulator-result]"));
    }

    public static TheoryData<string> EveryExclusionCode => [.. ExclusionRules.All.Select(e => e.Code)];

    [Theory]
    [MemberData(nameof(EveryExclusionCode))]
    public async Task TheNotSupportedPageExplainsEveryReasonWithoutSignInAndWithoutANumber(string code)
    {
        using var client = factory.CreateFormClient();

        var page = await client.GetAsync($"/simulator/not-supported?reason={code}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var item = page.Document.QuerySelector($"[data-testid=simulator-not-supported-reasons] li[data-code={code}]");
        Assert.NotNull(item);
        var (_, reasonKey, whyKey) = ExclusionRules.All.Single(e => e.Code == code);
        Assert.Contains(UiResources.Japanese[reasonKey], item!.TextContent);
        Assert.Contains(UiResources.Japanese[whyKey], item.TextContent);
        Assert.Equal("/consultations/book", page.Document.GetElementById("not-supported-book")!.GetAttribute("href"));
        Assert.DoesNotMatch(Yen(), page.Document.Body!.TextContent);
    }

    [Fact]
    public async Task AnUnknownReasonStillOffersTheBooking()
    {
        using var client = factory.CreateFormClient();
        var page = await client.GetAsync("/citizen/simulator/not-supported?reason=NOPE");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.True(page.Has("[data-testid=simulator-not-supported-unknown]"));
        Assert.Equal("/consultations/book", page.Document.GetElementById("not-supported-book")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ThePublicSimulatorIsOpenWithoutSignInAndLinkedFromTheHomePage()
    {
        using var client = factory.CreateFormClient();

        var home = await client.GetAsync("/");
        Assert.Equal("/simulator", home.Document.GetElementById("home-public-simulator")?.GetAttribute("href"));
        var page = await client.GetAsync("/simulator");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.True(page.Has("[data-testid=public-simulator-page]"));
        Assert.NotNull(page.Document.GetElementById("public-birth"));
        Assert.False(page.Has("[data-testid=simulator-result]"));
    }

    [Fact]
    public async Task ThePublicSimulatorEstimatesTypedFiguresWithTheDomainCalculator()
    {
        using var client = factory.CreateFormClient();

        // 480 paid months: the full basic pension; 120 months from April 2003 at 400,000: 400,000 × 5.481/1000 × 120.
        var page = await client.GetAsync("/simulator?birth=1970-06-15&sex=male&paid=480&empFromMonths=120&empFromPay=400000");

        var today = Portal.Domain.Common.JapanTime.DateOf(DateTimeOffset.UtcNow);
        var full = BenefitParameterCatalogue.ForDate(today).Value.FullBasicPensionFor(new DateOnly(1970, 6, 15)).Yen;
        var basic = page.Document.QuerySelector("[data-testid=simulator-components] tr[data-component=BasicPension] td");
        Assert.NotNull(basic);
        Assert.Equal(full, YenIn(basic!.TextContent));
        var earnings = page.Document.QuerySelector("[data-testid=simulator-components] tr[data-component=EarningsRelated] td");
        Assert.Equal(263_088, YenIn(earnings!.TextContent)); // 400,000 × 5.481/1000 × 120 = 263,088
        Assert.True(page.Has("[data-testid=simulator-by-age-table]"));
    }

    [Theory]
    [InlineData("/simulator?birth=1940-01-01&paid=300", ExclusionRules.Pre1946)]
    [InlineData("/simulator?birth=1965-01-01&sex=female&paid=300", ExclusionRules.SpecialOldAge)]
    [InlineData("/simulator?birth=1975-01-01&paid=300&declared=SPECIAL_PERIODS", ExclusionRules.SpecialPeriods)]
    public async Task ThePublicSimulatorRoutesExcludedCasesToTheExplicitState(string url, string code)
    {
        using var client = factory.CreateFormClient();

        var page = await client.GetAsync(url);

        Assert.NotNull(page.Document.QuerySelector($"[data-testid=simulator-not-supported] li[data-code={code}]"));
        Assert.False(page.Has("[data-testid=simulator-result]"));
    }

    [Fact]
    public async Task ThePublicSimulatorShowsBadFiguresNextToTheirFields()
    {
        using var client = factory.CreateFormClient();

        var page = await client.GetAsync("/simulator?birth=1970-13-45&paid=500");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.False(string.IsNullOrEmpty(page.FieldError("public-birth")));
        Assert.False(string.IsNullOrEmpty(page.FieldError("public-paid")));
        Assert.False(page.Has("[data-testid=simulator-result]"));
    }
}
