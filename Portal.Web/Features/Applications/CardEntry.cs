using Portal.Domain.Applications;
using Portal.Domain.Common;

namespace Portal.Web.Features.Applications;

/// <summary>
/// The credit-card part of the payment set-up page. The number is typed into a field that is not part of the payload:
/// it is parsed with <see cref="CardNumber.Parse"/> and only <see cref="CardDetails"/> (brand, last 4, expiry) goes into
/// the model that is saved as the draft. The whole number never reaches the draft, the submission or a log.
/// </summary>
public static class CardEntry
{
    /// <summary>The field path of the transient number input (its label is <c>Applications.Field.card.number</c>).</summary>
    public const string NumberField = "card.number";

    /// <summary>
    /// Applies a typed number to <paramref name="app"/>: a valid number sets the brand and last 4 digits (the expiry is
    /// kept); an empty or invalid one clears them. Returns the parse error, or null.
    /// </summary>
    public static RuleError? Apply(PaymentSetupApplication app, string? typed)
    {
        ArgumentNullException.ThrowIfNull(app);
        var card = app.Card ??= new CardDetails();
        var parsed = CardNumber.Parse(typed);
        if (parsed.TryGetValue(out var number))
        {
            var kept = CardDetails.From(number, null);
            card.Brand = kept.Brand;
            card.Last4 = kept.Last4;
            return null;
        }
        card.Brand = null;
        card.Last4 = null;
        return parsed.Error;
    }

    /// <summary>
    /// The rules' issues as the page shows them: the brand and last-4 issues (which the user cannot edit) are shown at
    /// the number input instead — the parse error of what was typed, or "please enter the card number".
    /// </summary>
    public static IReadOnlyList<FormIssue> ForPage(IReadOnlyList<FormIssue> issues, PaymentSetupApplication app, RuleError? typedError)
    {
        var shown = issues.Where(i => i.Field is not ("card.brand" or "card.last4")).ToList();
        if (app.Method == PaymentMethod.CreditCard && (app.Card?.Brand is null || app.Card.Last4 is null))
        {
            var error = typedError ?? new RuleError(IssueCodes.Required, ApplicationMessageKeys.CardNumberRequired);
            shown.Add(new FormIssue(NumberField, error.Code, error.MessageKey, IssueSeverity.Error, []));
        }
        return shown;
    }
}
