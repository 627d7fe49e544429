using Portal.Domain.Submissions;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Portal.Domain.Common;
using Portal.Domain.Identifiers;

namespace Portal.Domain.Applications;

/// <summary>How premiums are paid.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PaymentMethod>))]
public enum PaymentMethod
{
    /// <summary>口座振替</summary>
    DirectDebit = 1,
    /// <summary>クレジットカード納付</summary>
    CreditCard = 2,
}

/// <summary>Advance payment (前納).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AdvancePayment>))]
public enum AdvancePayment
{
    /// <summary>Monthly (前納しない).</summary>
    None = 0,
    /// <summary>6ヶ月前納</summary>
    SixMonths = 6,
    /// <summary>1年前納</summary>
    TwelveMonths = 12,
    /// <summary>2年前納</summary>
    TwentyFourMonths = 24,
}

/// <summary>Bank account type (預金種目).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AccountType>))]
public enum AccountType
{
    /// <summary>普通</summary>
    Ordinary = 1,
    /// <summary>当座</summary>
    Current = 2,
}

/// <summary>Card brands accepted.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CardBrand>))]
public enum CardBrand
{
    /// <summary>Visa</summary>
    Visa = 1,
    /// <summary>Mastercard</summary>
    Mastercard = 2,
    /// <summary>JCB</summary>
    Jcb = 3,
    /// <summary>American Express</summary>
    Amex = 4,
    /// <summary>Diners Club</summary>
    Diners = 5,
}

/// <summary>
/// Payload of 口座振替・クレジットカード納付・前納の申出 (<see cref="Submissions.SubmissionKind.PaymentSetup"/>).
/// A card is held as brand, last 4 digits and expiry only: the wizard parses the typed number with
/// <see cref="CardNumber.Parse"/> and keeps <see cref="CardDetails.From"/>; the whole number is never a payload field.
/// </summary>
public sealed class PaymentSetupApplication
{
    /// <summary>Method (<c>method</c>).</summary>
    public PaymentMethod? Method { get; set; }
    /// <summary>First month paid this way, <c>yyyy-MM</c> (<c>startMonth</c>).</summary>
    public string? StartMonth { get; set; }
    /// <summary>Advance payment (<c>advancePayment</c>).</summary>
    public AdvancePayment? AdvancePayment { get; set; }
    /// <summary>早割: debit at the end of the same month (<c>earlyDebit</c>); direct debit, monthly only.</summary>
    public bool? EarlyDebit { get; set; }
    /// <summary>The account (<c>bank.*</c>), for direct debit.</summary>
    public BankAccountInput? Bank { get; set; }
    /// <summary>The card (<c>card.*</c>), for credit card.</summary>
    public CardDetails? Card { get; set; }
}

/// <summary>A bank account for direct debit (口座振替).</summary>
public sealed class BankAccountInput
{
    /// <summary>Bank code, 4 digits (<c>bank.bankCode</c>).</summary>
    public string? BankCode { get; set; }
    /// <summary>Branch code, 3 digits (<c>bank.branchCode</c>).</summary>
    public string? BranchCode { get; set; }
    /// <summary>Account type (<c>bank.accountType</c>).</summary>
    public AccountType? AccountType { get; set; }
    /// <summary>Account number, 7 digits (<c>bank.accountNumber</c>).</summary>
    public string? AccountNumber { get; set; }
    /// <summary>Holder name in full-width katakana (<c>bank.holderKana</c>).</summary>
    public string? HolderKana { get; set; }
}

/// <summary>What the payload keeps of a card: brand, last 4 digits, expiry. Never the whole number.</summary>
public sealed class CardDetails
{
    /// <summary>Brand (<c>card.brand</c>).</summary>
    public CardBrand? Brand { get; set; }
    /// <summary>Last 4 digits (<c>card.last4</c>).</summary>
    public string? Last4 { get; set; }
    /// <summary>Expiry month, <c>yyyy-MM</c> (<c>card.expiry</c>).</summary>
    public string? Expiry { get; set; }

    /// <summary>The storable details of a parsed card and its expiry.</summary>
    public static CardDetails From(CardNumber card, YearMonth? expiry) =>
        new() { Brand = card.Brand, Last4 = card.Last4, Expiry = expiry?.ToString() };
}

/// <summary>
/// A card number checked with the Luhn algorithm and its brand recognised. Keep it only while the wizard transfers
/// it to the card processor; store <see cref="CardDetails"/> instead. <see cref="ToString"/> is the masked form.
/// </summary>
public sealed class CardNumber
{
    private readonly string _digits;

    private CardNumber(string digits, CardBrand brand)
    {
        _digits = digits;
        Brand = brand;
    }

    /// <summary>The brand from the number's prefix.</summary>
    public CardBrand Brand { get; }

    /// <summary>The last 4 digits.</summary>
    public string Last4 => _digits[^4..];

    /// <summary>Masked form: <c>************1111</c>.</summary>
    public string Masked => new string('*', _digits.Length - 4) + Last4;

    /// <summary>The whole number, for the hand-over to the card processor only (sensitive: never store or log).</summary>
    public string RevealDigits() => _digits;

    /// <summary>
    /// Parses a typed card number: 14–19 digits, spaces or hyphens between groups allowed, full-width accepted; the
    /// Luhn check digit must match and the brand be one of <see cref="CardBrand"/>. Never throws.
    /// </summary>
    /// <returns>Errors <c>required</c>, <c>format</c>, <c>length</c>, <c>check_digit</c> or <c>brand</c>.</returns>
    public static ParseResult<CardNumber> Parse(string? input)
    {
        var text = IdentifierText.Normalize(input);
        if (text.Length == 0) return ParseResult<CardNumber>.Fail(IssueCodes.Required, ApplicationMessageKeys.CardNumberRequired);
        var digits = new string(text.Where(c => c is not (' ' or '-')).ToArray());
        if (!digits.All(char.IsAsciiDigit)) return ParseResult<CardNumber>.Fail(IssueCodes.Format, ApplicationMessageKeys.CardNumberFormat);
        if (digits.Length is < 14 or > 19) return ParseResult<CardNumber>.Fail(IdentifierText.Length, ApplicationMessageKeys.CardNumberLength);
        if (!LuhnValid(digits)) return ParseResult<CardNumber>.Fail(IssueCodes.CheckDigit, ApplicationMessageKeys.CardNumberCheckDigit);
        if (BrandOf(digits) is not { } brand) return ParseResult<CardNumber>.Fail(IssueCodes.Brand, ApplicationMessageKeys.CardBrandUnknown);
        if (brand == CardBrand.Amex && digits.Length != 15 || brand != CardBrand.Amex && brand != CardBrand.Diners && digits.Length < 16)
            return ParseResult<CardNumber>.Fail(IdentifierText.Length, ApplicationMessageKeys.CardNumberLength);
        return ParseResult<CardNumber>.Ok(new CardNumber(digits, brand));
    }

    /// <summary>Parses like <see cref="Parse"/>; false when not valid.</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out CardNumber? card)
    {
        var r = Parse(input);
        card = r.IsValid ? r.Value : null;
        return card is not null;
    }

    /// <summary>Luhn (mod 10) check over ASCII digits, the last being the check digit.</summary>
    public static bool LuhnValid(string digits)
    {
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) return false;
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[^(i + 1)] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /// <summary>The brand by prefix (IIN ranges), or null.</summary>
    public static CardBrand? BrandOf(string digits)
    {
        int Prefix(int n) => digits.Length >= n ? int.Parse(digits.AsSpan(0, n), provider: System.Globalization.CultureInfo.InvariantCulture) : -1;
        if (digits.StartsWith('4')) return CardBrand.Visa;
        if (Prefix(2) is >= 51 and <= 55 || Prefix(4) is >= 2221 and <= 2720) return CardBrand.Mastercard;
        if (Prefix(2) is 34 or 37) return CardBrand.Amex;
        if (Prefix(4) is >= 3528 and <= 3589) return CardBrand.Jcb;
        if (Prefix(2) is 36 or 38 or 39 || Prefix(3) is >= 300 and <= 305) return CardBrand.Diners;
        return null;
    }

    /// <summary>The masked form.</summary>
    public override string ToString() => Masked;
}

/// <summary>
/// Rules of the payment set-up (DOMAIN §6.6): category 1 or voluntary (incl. special voluntary); direct debit (bank
/// code 4 digits, branch 3, account type, account number 7, holder in full-width katakana) or credit card (brand,
/// last 4, expiry not before this month); advance payment none/6/12/24 months; early debit (早割) only with direct
/// debit and monthly payment. Decisions: the start month lies from this month to 12 months ahead; a card expiring
/// before the end of the first advance period gets a warning; the account is checked in the back office.
/// Japan Post Bank (ゆうちょ) accounts are entered in their converted form (bank code 9900, 3-digit branch, 7-digit
/// number); the 記号・番号 form is not modelled.
/// </summary>
public static class PaymentSetupRules
{
    /// <summary>Key prefix of the duplicate rule.</summary>
    public static readonly string KeyPrefix = SubmissionKind.PaymentSetup.Code;

    /// <summary>How many months ahead a start may lie.</summary>
    public const int MaxMonthsAhead = 12;

    /// <summary><c>citizen.payment-setup|{personId:N}|{startMonth}</c>; null without a readable start month.</summary>
    public static string? BusinessKey(PaymentSetupApplication app, ApplicantFacts facts)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(facts);
        return YearMonth.Parse(app.StartMonth).TryGetValue(out var m) ? $"{KeyPrefix}|{facts.PersonId:N}|{m}" : null;
    }

    /// <summary>A new draft: direct debit, monthly, starting next month, no early debit.</summary>
    public static PaymentSetupApplication Prefill(ApplicantFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new PaymentSetupApplication
        {
            Method = PaymentMethod.DirectDebit,
            StartMonth = YearMonth.From(today).AddMonths(1).ToString(),
            AdvancePayment = Applications.AdvancePayment.None,
            EarlyDebit = false,
        };
    }

    /// <summary>
    /// Data minimisation before saving or submitting: keeps only the block of the chosen method (the bank account for
    /// direct debit, the card for credit card) and clears early debit for a card. Returns the same instance.
    /// </summary>
    public static PaymentSetupApplication Minimise(PaymentSetupApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Method != PaymentMethod.DirectDebit) app.Bank = null;
        if (app.Method != PaymentMethod.CreditCard) app.Card = null;
        if (app.Method == PaymentMethod.CreditCard) app.EarlyDebit = false;
        return app;
    }

    /// <summary>Checks the application; errors block submission, warnings do not.</summary>
    public static IReadOnlyList<FormIssue> Validate(PaymentSetupApplication app, ApplicantFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(facts);
        var issues = new IssueList();
        Eligibility.Category1OrVoluntary(facts, issues, specialVoluntaryAllowed: true);

        var thisMonth = YearMonth.From(today);
        YearMonth? start = null;
        if (issues.Required("startMonth", app.StartMonth))
        {
            if (!YearMonth.Parse(app.StartMonth).TryGetValue(out var m))
                issues.Error("startMonth", IssueCodes.Format, ApplicationMessageKeys.MonthFormat);
            else if (m < thisMonth || m > thisMonth.AddMonths(MaxMonthsAhead))
                issues.Error("startMonth", IssueCodes.Range, ApplicationMessageKeys.PaymentStartRange,
                    Text.Month(thisMonth), Text.Month(thisMonth.AddMonths(MaxMonthsAhead)));
            else
                start = m;
        }

        if (issues.Required("advancePayment", app.AdvancePayment) && !Enum.IsDefined(app.AdvancePayment!.Value))
            issues.Error("advancePayment", IssueCodes.Format, ApplicationMessageKeys.InvalidOption);

        if (!issues.Required("method", app.Method)) return issues.Issues;
        switch (app.Method)
        {
            case PaymentMethod.DirectDebit:
                if (app.EarlyDebit == true && app.AdvancePayment is { } ap && ap != Applications.AdvancePayment.None)
                    issues.Error("earlyDebit", IssueCodes.Conflict, ApplicationMessageKeys.PaymentEarlyDebitWithAdvance);
                if (issues.RequiredBlock("bank", app.Bank)) Bank(app.Bank!, issues);
                break;
            case PaymentMethod.CreditCard:
                if (app.EarlyDebit == true)
                    issues.Error("earlyDebit", IssueCodes.NotApplicable, ApplicationMessageKeys.PaymentEarlyDebitDirectDebitOnly);
                if (issues.RequiredBlock("card", app.Card)) Card(app.Card!, start, app.AdvancePayment, thisMonth, issues);
                break;
            default:
                issues.Error("method", IssueCodes.Format, ApplicationMessageKeys.InvalidOption);
                break;
        }
        issues.Duplicate(BusinessKey(app, facts), facts);
        return issues.Issues;
    }

    private static void Bank(BankAccountInput bank, IssueList issues)
    {
        Digits(bank.BankCode, 4, "bank.bankCode", issues);
        Digits(bank.BranchCode, 3, "bank.branchCode", issues);
        if (issues.Required("bank.accountType", bank.AccountType) && !Enum.IsDefined(bank.AccountType!.Value))
            issues.Error("bank.accountType", IssueCodes.Format, ApplicationMessageKeys.InvalidOption);
        Digits(bank.AccountNumber, 7, "bank.accountNumber", issues);
        Fields.Kana(bank.HolderKana, "bank.holderKana", issues, 30, bankHolder: true);
    }

    private static void Digits(string? value, int count, string field, IssueList issues)
    {
        if (!issues.Required(field, value)) return;
        var text = IdentifierText.Normalize(value);
        if (text.Length != count || !text.All(char.IsAsciiDigit))
            issues.Error(field, IssueCodes.Format, ApplicationMessageKeys.Digits, Text.Int(count));
    }

    private static void Card(CardDetails card, YearMonth? start, AdvancePayment? advance, YearMonth thisMonth, IssueList issues)
    {
        if (issues.Required("card.brand", card.Brand) && !Enum.IsDefined(card.Brand!.Value))
            issues.Error("card.brand", IssueCodes.Brand, ApplicationMessageKeys.CardBrandUnknown);
        if (issues.Required("card.last4", card.Last4) && (card.Last4!.Length != 4 || !card.Last4.All(char.IsAsciiDigit)))
            issues.Error("card.last4", IssueCodes.Format, ApplicationMessageKeys.Digits, "4");
        if (!issues.Required("card.expiry", card.Expiry)) return;
        if (!YearMonth.Parse(card.Expiry).TryGetValue(out var expiry))
            issues.Error("card.expiry", IssueCodes.Format, ApplicationMessageKeys.MonthFormat);
        else if (expiry < thisMonth)
            issues.Error("card.expiry", IssueCodes.Expired, ApplicationMessageKeys.CardExpired);
        else if (start is { } s && expiry < s.AddMonths(Math.Max(1, (int)(advance ?? Applications.AdvancePayment.None)) - 1))
            issues.Warning("card.expiry", IssueCodes.Expired, ApplicationMessageKeys.CardExpiresSoon);
    }
}
