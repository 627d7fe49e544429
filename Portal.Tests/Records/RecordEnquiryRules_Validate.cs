using Portal.Domain.Common;
using Portal.Domain.Records;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Records;

public sealed class RecordEnquiryRules_Validate
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly RecordEnquiryFacts Facts = new(new DateOnly(1980, 6, 15), new YearMonth(2026, 10));

    private static RecordEnquiryForm Valid(string from = "2005-04", string? to = "2005-09") => new()
    {
        Months = new EnquiryMonths { From = from, To = to },
        BelievedStatus = MonthStatus.EmployeesPension,
        EmployerName = "株式会社サクラ商事",
        MonthlyPay = 240_000,
        Description = "この期間は株式会社サクラ商事に勤めていましたが、記録が未加入になっています。",
        Evidence = "給与明細（2005年4月〜9月）",
        Contact = ContactPreference.Inbox,
    };

    private static IReadOnlyList<FormIssue> Check(RecordEnquiryForm form, RecordEnquiryFacts? facts = null) =>
        RecordEnquiryRules.Validate(form, facts ?? Facts, Today);

    private static void AssertOnly(IReadOnlyList<FormIssue> issues, string field, string code)
    {
        var issue = Assert.Single(issues);
        Assert.Equal((field, code), (issue.Field, issue.Code));
    }

    [Fact]
    public void AcceptsACompleteEnquiry() => Assert.Empty(Check(Valid()));

    [Fact]
    public void AcceptsASingleMonthWithoutAnEnd() => Assert.Empty(Check(Valid("2010-01", null)));

    [Fact]
    public void RequiresTheMonthsTheStatusTheDescriptionAndTheContact()
    {
        var issues = Check(new RecordEnquiryForm());
        Assert.Equal(["months.from", "believedStatus", "description", "contact"], issues.Select(i => i.Field));
        Assert.All(issues, i => Assert.Equal("required", i.Code));
    }

    [Fact]
    public void RefusesAnUnreadableMonth() => AssertOnly(Check(Valid("2005-13", null)), "months.from", "format");

    [Fact]
    public void RefusesARangeThatEndsBeforeItStarts() => AssertOnly(Check(Valid("2005-09", "2005-04")), "months.to", "start_after_end");

    [Fact]
    public void RefusesMonthsBeforeBirth() => AssertOnly(Check(Valid("1980-05", "1980-08")), "months.from", "range");

    [Fact]
    public void AcceptsTheBirthMonthAndTheLastRecordedMonth()
    {
        Assert.Empty(Check(Valid("1980-06", null)));
        Assert.Empty(Check(Valid("2026-09", "2026-10")));
    }

    [Fact]
    public void RefusesMonthsAfterTheRecordNamingItsLastMonth()
    {
        var issues = Check(Valid("2026-09", "2026-11"));
        AssertOnly(issues, "months.to", "out_of_window");
        Assert.Equal(["2026-10"], issues[0].Args);
        AssertOnly(Check(Valid("2026-11", null)), "months.from", "out_of_window");
    }

    [Fact]
    public void WithoutARecordAcceptsMonthsUpToLastMonth()
    {
        var empty = Facts with { LastRecordedMonth = null };
        Assert.Empty(Check(Valid("2026-10", null), empty));
        var issues = Check(Valid("2026-11", null), empty);
        AssertOnly(issues, "months.from", "out_of_window");
        Assert.Equal(["2026-10"], issues[0].Args);
    }

    [Fact]
    public void RefusesMoreThanFortyYearsInOneEnquiry() => AssertOnly(Check(Valid("1981-01", "2021-01")), "months.to", "range");

    [Fact]
    public void EmployeesPensionMonthsNeedTheEmployer()
    {
        var form = Valid();
        form.EmployerName = " ";
        AssertOnly(Check(form), "employerName", "required");
        form.BelievedStatus = MonthStatus.Paid;
        Assert.Empty(Check(form));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(100_000_001L)]
    public void RefusesAPayOutOfRange(long pay)
    {
        var form = Valid();
        form.MonthlyPay = pay;
        AssertOnly(Check(form), "monthlyPay", "range");
    }

    [Fact]
    public void LimitsTheDescriptionAndTheEvidence()
    {
        var form = Valid();
        form.Description = new string('あ', RecordEnquiryRules.DescriptionMaxLength);
        form.Evidence = new string('い', RecordEnquiryRules.EvidenceMaxLength);
        Assert.Empty(Check(form));
        form.Description += "あ";
        AssertOnly(Check(form), "description", "too_long");
        form.Description = "x";
        form.Evidence += "い";
        AssertOnly(Check(form), "evidence", "too_long");
    }

    [Theory]
    [InlineData("03-1234-5678", true)]
    [InlineData("090-1234-5678", true)]
    [InlineData("０９０１２３４５６７８", true)]
    [InlineData("(03) 1234 5678", true)]
    [InlineData("1234567890", false)]
    [InlineData("03-1234-567", false)]
    [InlineData("090-1234-56789", false)]
    [InlineData("03-abcd-5678", false)]
    public void APhoneContactNeedsAJapaneseNumber(string phone, bool ok)
    {
        var form = Valid();
        form.Contact = ContactPreference.Phone;
        form.Phone = phone;
        if (ok) Assert.Empty(Check(form));
        else AssertOnly(Check(form), "phone", "format");
    }

    [Fact]
    public void APhoneContactWithoutANumberIsIncomplete()
    {
        var form = Valid();
        form.Contact = ContactPreference.Phone;
        AssertOnly(Check(form), "phone", "required");
    }

    [Fact]
    public void RefusesUndefinedChoices()
    {
        var form = Valid();
        form.BelievedStatus = (MonthStatus)99;
        form.Contact = (ContactPreference)99;
        Assert.Equal([("believedStatus", "format"), ("contact", "format")], Check(form).Select(i => (i.Field, i.Code)));
    }

    [Fact]
    public void PrefillsTheMonthsFromTheRecordPageAndTheInbox()
    {
        var single = RecordEnquiryRules.Prefill(new YearMonth(2012, 4), new YearMonth(2012, 4));
        Assert.Equal(("2012-04", null), (single.Months!.From, single.Months.To));
        var range = RecordEnquiryRules.Prefill(new YearMonth(2012, 4), new YearMonth(2012, 6));
        Assert.Equal(("2012-04", "2012-06"), (range.Months!.From, range.Months.To));
        Assert.Equal(ContactPreference.Inbox, range.Contact);
        Assert.Null(RecordEnquiryRules.Prefill().Months!.From);
        Assert.Null(RecordEnquiryRules.BusinessKey(range));
    }

    [Fact]
    public void IssuesUseListedKeysWithTextsAndLabelledFields()
    {
        var forms = new[]
        {
            new RecordEnquiryForm(), Valid("x", null), Valid("2005-09", "2005-04"), Valid("1970-01", "1970-02"), Valid("2027-01", null),
            Valid("1981-01", "2025-01"), new RecordEnquiryForm { Contact = ContactPreference.Phone, Phone = "1", MonthlyPay = -1,
                BelievedStatus = MonthStatus.EmployeesPension, Description = new string('a', 3000), Evidence = new string('a', 600) },
        };
        var issues = forms.SelectMany(f => Check(f)).ToList();
        var keys = issues.Select(i => i.MessageKey).Distinct().ToList();
        Assert.All(keys.Where(k => k.StartsWith("Records.", StringComparison.Ordinal)), k => Assert.Contains(k, RecordMessageKeys.All));
        Assert.All(issues.Where(i => i.Field.Length > 0), i => Assert.Contains(i.Field, RecordEnquiryRules.FieldPaths));
        Assert.Empty(UiResources.MissingOrEmpty(keys));
        Assert.Empty(UiResources.MissingOrEmpty(RecordEnquiryRules.FieldPaths.Select(p => "Records.Field." + p)));
    }
}
