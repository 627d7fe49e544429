using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Applications;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Submissions;
using Portal.Tests.TestSupport;
using Portal.Web.Features.Applications;

namespace Portal.Tests.Applications;

/// <summary>The card number typed on the payment set-up page never reaches the stored draft.</summary>
public sealed class PaymentSetupPage_Card(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private const string TypedNumber = "4111 1111 1111 1111";

    [Fact]
    public void The_payload_has_no_field_that_could_hold_the_number() =>
        Assert.Equal(["Brand", "Expiry", "Last4"], typeof(CardDetails).GetProperties().Select(p => p.Name).Order());

    [Fact]
    public void A_typed_number_keeps_the_brand_and_last_four_and_a_bad_one_clears_them()
    {
        var app = new PaymentSetupApplication { Method = PaymentMethod.CreditCard, Card = new CardDetails { Expiry = "2030-12" } };
        Assert.Null(CardEntry.Apply(app, TypedNumber));
        Assert.Equal((CardBrand.Visa, "1111", "2030-12"), (app.Card!.Brand, app.Card.Last4, app.Card.Expiry));

        var error = CardEntry.Apply(app, "4111 1111 1111 1112");
        Assert.Equal("check_digit", error!.Code);
        Assert.Null(app.Card.Brand);
        Assert.Null(app.Card.Last4);
        var shown = CardEntry.ForPage([], app, error);
        Assert.Equal(("card.number", "check_digit"), (shown.Single().Field, shown.Single().Code));
        Assert.Equal("required", CardEntry.ForPage([], app, null).Single().Code);
    }

    [Fact]
    public async Task The_saved_draft_holds_only_brand_last_four_and_expiry()
    {
        using var client = await CitizenFormPage_Start.SignedInAsync(factory);
        var (url, id) = await CitizenFormPage_Start.StartAsync(client, "payment-setup");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var personId = (await db.Users.SingleAsync(u => u.Email == "citizen1@demo.example")).InsuredPersonId!.Value;
        var store = scope.ServiceProvider.GetRequiredService<SubmissionStore>();
        var filerScope = SubmissionScope.Citizen(personId);

        // What the page does as the user types: the number goes through CardEntry, the model is saved as the draft.
        var draft = await store.FindAsync(id, filerScope);
        var app = ApplicationForms.Deserialize<PaymentSetupApplication>(draft!.DraftPayload, out _)!;
        app.Method = PaymentMethod.CreditCard;
        app.Card = new CardDetails { Expiry = "2030-12" };
        Assert.Null(CardEntry.Apply(app, TypedNumber));
        Assert.Null(await store.SaveDraftAsync(id, filerScope, ApplicationForms.Serialize(PaymentSetupRules.Minimise(app))));

        var stored = (await store.FindAsync(id, filerScope))!.DraftPayload!;
        Assert.DoesNotContain("4111111111111111", stored);
        Assert.DoesNotContain(TypedNumber, stored);
        Assert.DoesNotContain("411111", stored);
        Assert.Contains("\"last4\":\"1111\"", stored);
        Assert.Contains("\"brand\":\"Visa\"", stored);

        // The resumed draft renders without the number.
        var page = await client.GetAsync(url);
        Assert.DoesNotContain("4111111111111111", page.Html);
    }
}
