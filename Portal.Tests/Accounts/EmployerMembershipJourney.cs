using System.Net;
using Portal.Domain.Accounts;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Accounts;

/// <summary>Employer users join establishments with single-use invitation codes.</summary>
public sealed class EmployerMembershipJourney(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private static Dictionary<string, string> Form(string code, string email) => new()
    {
        ["employer-invitation-code"] = code,
        ["employer-display-name"] = "試験 事務担当",
        ["employer-email"] = email,
        ["employer-password"] = "Strong#Pass2026",
        ["employer-confirm-password"] = "Strong#Pass2026",
    };

    [Fact]
    public async Task RegistersWithACodeAndSeesTheEstablishment()
    {
        var (code, _) = await StoreFixtures.InvitationAsync(factory.Services);
        using var client = factory.CreateFormClient();

        var done = await client.SubmitAsync(await client.GetAsync("/Account/RegisterEmployer"), "employer-register-submit", Form(code, "clerk@demo.example"));

        Assert.Equal("/employer", done.Location);
        var join = await client.GetAsync("/Account/JoinEstablishment");
        Assert.Equal(HttpStatusCode.OK, join.Status);
        Assert.Single(join.Document.QuerySelectorAll("table.simple-table tbody tr"));
    }

    [Fact]
    public async Task ACodeWorksOnceSoASecondUserNeedsANewOne()
    {
        var (code, _) = await StoreFixtures.InvitationAsync(factory.Services);
        using var first = factory.CreateFormClient();
        await first.SubmitAsync(await first.GetAsync("/Account/RegisterEmployer"), "employer-register-submit", Form(code, "first@demo.example"));

        using var second = factory.CreateFormClient();
        var page = await second.SubmitAsync(await second.GetAsync("/Account/RegisterEmployer"), "employer-register-submit", Form(code, "second@demo.example"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("すでに使用されています", page.FieldError("employer-invitation-code"));
    }

    [Fact]
    public async Task AnAttorneyAddsASecondEstablishmentButNotTheSameOneTwice()
    {
        var (code, establishmentId) = await StoreFixtures.InvitationAsync(factory.Services, MemberRole.Attorney);
        using var client = factory.CreateFormClient();
        await client.SubmitAsync(await client.GetAsync("/Account/RegisterEmployer"), "employer-register-submit", Form(code, "sharoushi@demo.example"));

        var (secondClient, secondEstablishment) = await StoreFixtures.InvitationAsync(factory.Services, MemberRole.Attorney, establishmentIndex: 1);
        Assert.NotEqual(establishmentId, secondEstablishment);
        var joined = await client.SubmitAsync(await client.GetAsync("/Account/JoinEstablishment"), "join-submit", new() { ["join-invitation-code"] = secondClient });
        Assert.True(joined.Has("[role=status].form-success"));
        Assert.Equal(2, joined.Document.QuerySelectorAll("table.simple-table tbody tr").Length);

        var (sameAgain, _) = await StoreFixtures.InvitationAsync(factory.Services, MemberRole.Attorney);
        var refused = await client.SubmitAsync(await client.GetAsync("/Account/JoinEstablishment"), "join-submit", new() { ["join-invitation-code"] = sameAgain });
        Assert.Contains("すでにこの事業所のメンバーです", refused.FieldError("join-invitation-code"));
    }

    [Fact]
    public async Task UnknownAndMalformedCodesAreExplained()
    {
        using var client = factory.CreateFormClient();
        var unknown = await client.SubmitAsync(await client.GetAsync("/Account/RegisterEmployer"), "employer-register-submit", Form("ZZZZ-ZZZZ-ZZZZ", "u1@demo.example"));
        var malformed = await client.SubmitAsync(await client.GetAsync("/Account/RegisterEmployer"), "employer-register-submit", Form("12", "u2@demo.example"));

        Assert.Contains("確認できません", unknown.FieldError("employer-invitation-code"));
        Assert.Contains("12文字", malformed.FieldError("employer-invitation-code"));
    }
}
