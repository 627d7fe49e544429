using System.Net;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Accounts;

/// <summary>Opening a citizen account with the pension number and the statement's access key.</summary>
public sealed class CitizenRegistrationJourney(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private static Dictionary<string, string> Form(string number, string key, string email, string password = "Strong#Pass2026", string? confirm = null) => new()
    {
        ["register-pension-number"] = number,
        ["register-access-key"] = key,
        ["register-email"] = email,
        ["register-password"] = password,
        ["register-confirm-password"] = confirm ?? password,
    };

    private async Task<FormClient.Page> RegisterAsync(FormClient client, Dictionary<string, string> form) =>
        await client.SubmitAsync(await client.GetAsync("/Account/Register"), "register-submit", form);

    [Fact]
    public async Task OpensTheAccountSignsInAndTheKeyCannotBeUsedAgain()
    {
        var (number, key) = await StoreFixtures.PersonWithAccessKeyAsync(factory.Services);
        using var client = factory.CreateFormClient();

        var done = await RegisterAsync(client, Form(number, key, "new.citizen@demo.example"));
        Assert.Equal("/citizen", done.Location);
        var dashboard = await client.FollowAsync(done);
        Assert.True(dashboard.Has("[data-testid=dashboard-citizen]"));
        Assert.Contains(number, dashboard.Html);

        using var other = factory.CreateFormClient();
        var again = await RegisterAsync(other, Form(number, key, "someone.else@demo.example"));
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains("すでに使用されています", again.FieldError("register-access-key"));
    }

    [Fact]
    public async Task FullWidthDigitsAndLowerCaseKeysAreAccepted()
    {
        var (number, key) = await StoreFixtures.PersonWithAccessKeyAsync(factory.Services);
        var fullWidthNumber = new string(number.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c).ToArray());
        using var client = factory.CreateFormClient();

        var done = await RegisterAsync(client, Form(fullWidthNumber, " " + key.ToLowerInvariant() + " ", "fullwidth@demo.example"));

        Assert.Equal("/citizen", done.Location);
    }

    [Fact]
    public async Task ExpiredKeyIsRefusedWithAPlainReason()
    {
        var (number, key) = await StoreFixtures.PersonWithAccessKeyAsync(factory.Services, issuedDaysAgo: 120);
        using var client = factory.CreateFormClient();

        var page = await RegisterAsync(client, Form(number, key, "late@demo.example"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("有効期限が切れています", page.FieldError("register-access-key"));
    }

    [Fact]
    public async Task MalformedInputIsExplainedNextToEachFieldAndTheKeyIsNotEchoed()
    {
        using var client = factory.CreateFormClient();

        var page = await RegisterAsync(client, Form("1234-56789", "ABCD-EFGH-JKMN-PQRS", "not-an-email", "Strong#Pass2026", "Different#Pass2026"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("桁数が正しくありません", page.FieldError("register-pension-number"));
        Assert.NotEmpty(page.FieldError("register-access-key"));
        Assert.Contains("メールアドレスの形式", page.FieldError("register-email"));
        Assert.Contains("一致しません", page.FieldError("register-confirm-password"));
        Assert.DoesNotContain("ABCD-EFGH-JKMN-PQRS", page.Html);
    }

    [Fact]
    public async Task WrongKeyDoesNotRevealWhetherTheNumberExists()
    {
        var (number, _) = await StoreFixtures.PersonWithAccessKeyAsync(factory.Services);
        using var client = factory.CreateFormClient();
        var wrongKey = "2345-6789-ABCD-EFGHJ";

        var known = await RegisterAsync(client, Form(number, wrongKey, "guess1@demo.example"));
        var unknown = await RegisterAsync(client, Form("7777-000001", wrongKey, "guess2@demo.example"));

        Assert.Equal(known.FieldError("register-access-key"), unknown.FieldError("register-access-key"));
        Assert.Contains("組み合わせが確認できません", known.FieldError("register-access-key"));
    }

    [Fact]
    public async Task WeakPasswordIsExplainedInPlainJapanese()
    {
        var (number, key) = await StoreFixtures.PersonWithAccessKeyAsync(factory.Services);
        using var client = factory.CreateFormClient();

        var page = await RegisterAsync(client, Form(number, key, "weak@demo.example", "short"));

        Assert.Contains("10文字以上", page.FieldError("register-password"));
        // Nothing was half-saved: the key still works.
        var retry = await RegisterAsync(client, Form(number, key, "weak@demo.example"));
        Assert.Equal("/citizen", retry.Location);
    }
}
