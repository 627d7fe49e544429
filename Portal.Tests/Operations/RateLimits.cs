using System.Net;
using System.Text;
using Portal.Tests.TestSupport;
using Portal.Web.Features.Benefits;

namespace Portal.Tests.Operations;

/// <summary>
/// Guessing is slowed down: past the limit of sign-in attempts from one address (or on one account) within the window,
/// the portal answers 429 with Retry-After and a page in the user's language; the public estimate API too.
/// </summary>
public sealed class RateLimits(LowRateLimitsPortal portal) : IClassFixture<LowRateLimitsPortal>
{
    private PortalWebFactory Factory => portal.Factory;

    private FormClient ClientAt(string address)
    {
        var client = Factory.CreateFormClient();
        client.Http.DefaultRequestHeaders.Add(PortalWebFactory.ClientAddressHeader, address);
        return client;
    }

    private static async Task<FormClient.Page> WrongPasswordAsync(FormClient client, string email, string url = "/Account/Login") =>
        await client.SubmitAsync(await client.GetAsync(url), "login-submit",
            new() { ["login-email"] = email, ["login-password"] = "Wrong#Guess2026" });

    private static int RetryAfterSeconds(HttpResponseMessage response) =>
        int.Parse(response.Headers.GetValues("Retry-After").Single());

    [Fact]
    public async Task The_attempt_after_the_limit_from_one_address_gets_429_retry_after_and_a_japanese_page()
    {
        using var client = ClientAt("203.0.113.10");
        for (var i = 0; i < LowRateLimitsPortal.SignInPerAddress; i++)
        {
            var attempt = await WrongPasswordAsync(client, $"nobody{i}@demo.example");
            Assert.Equal(HttpStatusCode.OK, attempt.Status); // the page answers with its own error message
        }

        var page = await client.GetAsync("/Account/Login");
        using var refused = await client.Http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "nobody-else@demo.example", ["Input.Password"] = "Wrong#Guess2026",
        }));

        Assert.Equal(HttpStatusCode.OK, page.Status); // reading the page is never limited
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(RetryAfterSeconds(refused), 1, 60);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"ja\"", html);
        Assert.Contains("試行回数が上限に達しました。1分ほど待ってから", html);
    }

    [Fact]
    public async Task An_english_user_gets_the_429_page_in_english()
    {
        using var client = ClientAt("203.0.113.11");
        for (var i = 0; i < LowRateLimitsPortal.SignInPerAddress; i++)
            await WrongPasswordAsync(client, $"someone{i}@demo.example", "/Account/Login?culture=en");

        var refused = await WrongPasswordAsync(client, "someone@demo.example", "/Account/Login?culture=en");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Contains("lang=\"en\"", refused.Html);
        Assert.Contains("Too many attempts. Please wait 1 minute(s) and try again.", refused.Alert());
    }

    [Fact]
    public async Task Attempts_on_one_account_from_many_addresses_are_limited_too()
    {
        const string email = "target.account@demo.example";
        for (var i = 0; i < LowRateLimitsPortal.SignInPerAccount; i++)
        {
            using var client = ClientAt($"198.51.100.{i + 1}");
            Assert.Equal(HttpStatusCode.OK, (await WrongPasswordAsync(client, email)).Status);
        }

        using var last = ClientAt("198.51.100.200");
        var refused = await WrongPasswordAsync(last, "Target.Account@demo.example"); // same account, other spelling
        using var other = ClientAt("198.51.100.201");
        var otherAccount = await WrongPasswordAsync(other, "another.account@demo.example");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(HttpStatusCode.OK, otherAccount.Status);
    }

    [Fact]
    public async Task Two_factor_codes_are_limited_per_account_even_after_signing_in_with_the_password_again()
    {
        async Task<FormClient.Page> PasswordStepAsync(FormClient client)
        {
            var done = await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit",
                new() { ["login-email"] = "staff2@demo.example", ["login-password"] = "Demo#Pension2026" });
            Assert.StartsWith("/Account/LoginWith2fa", done.Location);
            return await client.GetAsync(done.Location!);
        }
        static Task<FormClient.Page> WrongCodeAsync(FormClient client, FormClient.Page page) =>
            client.SubmitAsync(page, "two-factor-submit", new() { ["two-factor-code"] = "000000" });

        using var first = ClientAt("198.51.100.50");
        var codePage = await PasswordStepAsync(first);
        for (var i = 0; i < LowRateLimitsPortal.TwoFactorPerAccount; i++)
            Assert.Equal(HttpStatusCode.OK, (await WrongCodeAsync(first, codePage)).Status);

        using var second = ClientAt("198.51.100.51"); // a fresh two-factor cookie, from another address
        var refused = await WrongCodeAsync(second, await PasswordStepAsync(second));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
    }

    [Fact]
    public async Task The_public_estimate_api_answers_429_with_retry_after_past_its_limit()
    {
        using var http = Factory.CreateClient();
        http.DefaultRequestHeaders.Add(PortalWebFactory.ClientAddressHeader, "192.0.2.77");
        Task<HttpResponseMessage> PostAsync() => http.PostAsync(EstimateApi.Route, new StringContent("{}", Encoding.UTF8, "application/json"));

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < LowRateLimitsPortal.ApiPerMinute; i++) answers.Add((await PostAsync()).StatusCode);
        using var refused = await PostAsync();

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(RetryAfterSeconds(refused), 1, 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Contains("rate_limited", await refused.Content.ReadAsStringAsync());
    }
}
