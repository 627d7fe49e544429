using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Persistence;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Operations;

/// <summary>A post without the antiforgery token (a forged cross-site form) is refused with 400 and changes nothing.</summary>
public sealed class AntiforgeryOnPosts(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    [Fact]
    public async Task Sign_out_without_the_token_is_refused_and_the_user_stays_signed_in()
    {
        using var client = await factory.SignedInAsync("citizen2@demo.example");

        using var forged = await client.Http.PostAsync("/Account/Logout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var dashboard = await client.GetAsync("/citizen");
        Assert.Equal(HttpStatusCode.OK, dashboard.Status);
        Assert.True(dashboard.Has("[data-testid=dashboard-citizen]"));
    }

    [Fact]
    public async Task Sign_out_with_the_pages_token_signs_out()
    {
        using var client = await factory.SignedInAsync("citizen3@demo.example");

        var done = await client.SubmitAsync(await client.GetAsync("/citizen"), "logout-submit", new());

        Assert.True(done.IsRedirect, $"sign-out answered {done.Status}");
        var after = await client.GetAsync("/citizen");
        Assert.True(after.IsRedirect);
        Assert.Contains("/Account/Login", after.Location);
    }

    [Fact]
    public async Task A_server_rendered_form_posted_without_the_token_is_refused_and_nothing_is_saved()
    {
        var (number, key) = await StoreFixtures.PersonWithAccessKeyAsync(factory.Services);
        using var client = factory.CreateFormClient();
        const string email = "forged.registration@demo.example";

        using var forged = await client.Http.PostAsync("/Account/Register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "register-citizen",
            ["Input.PensionNumber"] = number,
            ["Input.AccessKey"] = key,
            ["Input.Email"] = email,
            ["Input.Password"] = "Strong#Pass2026",
            ["Input.ConfirmPassword"] = "Strong#Pass2026",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
    }

    [Fact]
    public async Task The_paperless_choice_posted_without_the_token_is_refused_and_the_choice_is_unchanged()
    {
        using var client = await factory.SignedInAsync("citizen1@demo.example");
        string? State(FormClient.Page page) =>
            page.Document.QuerySelector("[data-testid=statement-paperless-state]")?.GetAttribute("data-paperless");
        var before = State(await client.GetAsync("/citizen/statement"));
        Assert.NotNull(before);

        using var forged = await client.Http.PostAsync("/citizen/statement/paperless", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["paperless"] = before == "true" ? "false" : "true",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(before, State(await client.GetAsync("/citizen/statement")));
    }
}
