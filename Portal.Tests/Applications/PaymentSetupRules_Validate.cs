using Portal.Domain.Common;
using Portal.Domain.Applications;
using Portal.Domain.Records;
using static Portal.Tests.Applications.ApplicationFixtures;

namespace Portal.Tests.Applications;

public sealed class PaymentSetupRules_Validate
{
    private static readonly DateOnly Today = D(2026, 11, 23);

    [Fact]
    public void DirectDebitAndCardAreAccepted()
    {
        Assert.Empty(PaymentSetupRules.Validate(DirectDebit(), Facts(), Today));
        Assert.Empty(PaymentSetupRules.Validate(Card(), Facts(), Today));
    }

    [Theory]
    [InlineData(InsuredCategory.Voluntary, null)]
    [InlineData(InsuredCategory.SpecialVoluntary, null)]
    [InlineData(InsuredCategory.Category2, IssueCodes.EmployerRoute)]
    [InlineData(InsuredCategory.Category3, IssueCodes.EmployerRoute)]
    public void Category1OrVoluntary(InsuredCategory category, string? code)
    {
        var issues = PaymentSetupRules.Validate(DirectDebit(), Facts(category), Today);
        if (code is null) Assert.Empty(issues);
        else SingleError(issues, "", code);
    }

    [Theory]
    [InlineData("bank.bankCode", "001")]
    [InlineData("bank.bankCode", "00011")]
    [InlineData("bank.branchCode", "12")]
    [InlineData("bank.branchCode", "12a")]
    [InlineData("bank.accountNumber", "123456")]
    [InlineData("bank.accountNumber", "12345678")]
    public void BankFiguresHaveFixedDigits(string field, string value)
    {
        var app = DirectDebit();
        if (field == "bank.bankCode") app.Bank!.BankCode = value;
        if (field == "bank.branchCode") app.Bank!.BranchCode = value;
        if (field == "bank.accountNumber") app.Bank!.AccountNumber = value;
        var issue = SingleError(PaymentSetupRules.Validate(app, Facts(), Today), field, IssueCodes.Format);
        Assert.Equal(ApplicationMessageKeys.Digits, issue.MessageKey);
    }

    [Fact]
    public void FullWidthDigitsAreAccepted()
    {
        var app = DirectDebit();
        app.Bank!.BankCode = "０００１";
        Assert.Empty(PaymentSetupRules.Validate(app, Facts(), Today));
    }

    [Theory]
    [InlineData("ﾈﾝｷﾝ ﾊﾅｺ", false)]
    [InlineData("Nenkin Hanako", false)]
    [InlineData("ｶ)ﾈﾝｷﾝ", false)]
    [InlineData("カ）ネンキンショウカイ", true)]
    [InlineData("カ（ネンキン）", true)]
    public void HolderIsFullWidthKatakana(string holder, bool ok)
    {
        var app = DirectDebit();
        app.Bank!.HolderKana = holder;
        var issues = PaymentSetupRules.Validate(app, Facts(), Today);
        if (ok) Assert.Empty(issues);
        else SingleError(issues, "bank.holderKana", IssueCodes.Format);
    }

    [Fact]
    public void TheBankIsRequiredForDirectDebitAndItsFieldsToo()
    {
        var app = DirectDebit();
        app.Bank = null;
        SingleError(PaymentSetupRules.Validate(app, Facts(), Today), "bank", IssueCodes.Required);
        app.Bank = new BankAccountInput();
        var issues = PaymentSetupRules.Validate(app, Facts(), Today);
        foreach (var f in new[] { "bank.bankCode", "bank.branchCode", "bank.accountType", "bank.accountNumber", "bank.holderKana" })
            SingleError(issues, f, IssueCodes.Required);
    }

    [Fact]
    public void EarlyDebitIsForMonthlyDirectDebitOnly()
    {
        var app = DirectDebit();
        app.EarlyDebit = true;
        Assert.Empty(PaymentSetupRules.Validate(app, Facts(), Today));
        app.AdvancePayment = AdvancePayment.SixMonths;
        SingleError(PaymentSetupRules.Validate(app, Facts(), Today), "earlyDebit", IssueCodes.Conflict);

        var card = Card();
        card.EarlyDebit = true;
        SingleError(PaymentSetupRules.Validate(card, Facts(), Today), "earlyDebit", IssueCodes.NotApplicable);
    }

    [Theory]
    [InlineData(AdvancePayment.None)]
    [InlineData(AdvancePayment.SixMonths)]
    [InlineData(AdvancePayment.TwelveMonths)]
    [InlineData(AdvancePayment.TwentyFourMonths)]
    public void EveryAdvanceOptionIsAccepted(AdvancePayment advance)
    {
        var app = DirectDebit();
        app.AdvancePayment = advance;
        Assert.Empty(PaymentSetupRules.Validate(app, Facts(), Today));
    }

    [Fact]
    public void AnUnknownAdvanceOptionIsRefused()
    {
        var app = DirectDebit();
        app.AdvancePayment = (AdvancePayment)3;
        SingleError(PaymentSetupRules.Validate(app, Facts(), Today), "advancePayment", IssueCodes.Format);
    }

    [Theory]
    [InlineData("2026-10", IssueCodes.Expired, true)]
    [InlineData("2026-11", null, true)] // valid to the end of this month; but before the 12 months paid → warning
    [InlineData("2028-05", null, false)]
    public void CardExpiryNotInThePast(string expiry, string? errorCode, bool warns)
    {
        var issues = PaymentSetupRules.Validate(Card(expiry), Facts(), Today);
        if (errorCode is not null)
        {
            Assert.Equal(ApplicationMessageKeys.CardExpired, SingleError(issues, "card.expiry", errorCode).MessageKey);
            return;
        }
        NoErrors(issues);
        Assert.Equal(warns, issues.Any(i => i.Field == "card.expiry" && !i.IsError));
    }

    [Fact]
    public void TheCardNeedsBrandLast4AndExpiry()
    {
        var app = Card();
        app.Card = new CardDetails();
        var issues = PaymentSetupRules.Validate(app, Facts(), Today);
        SingleError(issues, "card.brand", IssueCodes.Required);
        SingleError(issues, "card.last4", IssueCodes.Required);
        SingleError(issues, "card.expiry", IssueCodes.Required);
        app.Card = new CardDetails { Brand = CardBrand.Visa, Last4 = "11111", Expiry = "2028-01" };
        SingleError(PaymentSetupRules.Validate(app, Facts(), Today), "card.last4", IssueCodes.Format);
    }

    [Theory]
    [InlineData("2026-11", true)]
    [InlineData("2026-10", false)]
    [InlineData("2027-11", true)]
    [InlineData("2027-12", false)]
    public void StartMonthFromThisMonthToTwelveAhead(string start, bool ok)
    {
        var app = DirectDebit();
        app.StartMonth = start;
        var issues = PaymentSetupRules.Validate(app, Facts(), Today);
        if (ok) Assert.Empty(issues);
        else SingleError(issues, "startMonth", IssueCodes.Range);
    }

    [Fact]
    public void KeyPrefillAndDuplicate()
    {
        Assert.Equal($"citizen.payment-setup|{P}|2026-12", PaymentSetupRules.BusinessKey(DirectDebit(), Facts()));
        var prefill = PaymentSetupRules.Prefill(Facts(), Today);
        Assert.Equal(("2026-12", AdvancePayment.None, false), (prefill.StartMonth, prefill.AdvancePayment!.Value, prefill.EarlyDebit!.Value));
        SingleError(PaymentSetupRules.Validate(DirectDebit(), Facts(active: new ActiveSubmission($"citizen.payment-setup|{P}|2026-12", "PAY-1")), Today), "", IssueCodes.Duplicate);
        var empty = PaymentSetupRules.Validate(new PaymentSetupApplication(), Facts(), Today);
        SingleError(empty, "method", IssueCodes.Required);
        SingleError(empty, "startMonth", IssueCodes.Required);
        SingleError(empty, "advancePayment", IssueCodes.Required);
    }
}

public sealed class PaymentSetupRules_Minimise
{
    [Fact]
    public void KeepsOnlyTheChosenMethodsBlock()
    {
        var app = Card();
        app.Bank = DirectDebit().Bank;
        app.EarlyDebit = true;
        ApplicationForms.Minimise(app);
        Assert.Null(app.Bank);
        Assert.NotNull(app.Card);
        Assert.False(app.EarlyDebit);

        var debit = DirectDebit();
        debit.Card = Card().Card;
        PaymentSetupRules.Minimise(debit);
        Assert.Null(debit.Card);
        Assert.NotNull(debit.Bank);
    }
}
