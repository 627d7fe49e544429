using System.Text.Json;
using Portal.Domain.Common;
using Portal.Domain.EmployerFilings;
using Portal.Domain.Submissions;
using static Portal.Tests.EmployerFilings.FilingTestData;

namespace Portal.Tests.EmployerFilings;

public sealed class EmployerFilingRules_Validate
{
    private static IEnumerable<FormIssue> Errors(IEnumerable<FormIssue> issues) => issues.Where(i => i.Severity == IssueSeverity.Error);

    private static void HasError(IEnumerable<FormIssue> issues, string field, string code) =>
        Assert.Contains(issues, i => i.Field == field && i.Code == code && i.Severity == IssueSeverity.Error);

    private static void HasWarning(IEnumerable<FormIssue> issues, string field, string code) =>
        Assert.Contains(issues, i => i.Field == field && i.Code == code && i.Severity == IssueSeverity.Warning);

    [Fact]
    public void ValidLinesOfEveryNotificationHaveNoIssue()
    {
        Assert.Empty(AcquisitionRules.ValidateLine(Acquisition(), Context));
        Assert.Empty(LossRules.ValidateLine(Loss(), Context));
        Assert.Empty(AnnualBaseReportRules.ValidateLine(AnnualBase(), Context));
        Assert.Empty(MonthlyChangeRules.ValidateLine(MonthlyChange(), Context));
        Assert.Empty(BonusReportRules.ValidateLine(Bonus(), Context));
        Assert.Empty(DependantChangeRules.ValidateLine(Dependant(), Context));
        Assert.Empty(Category3NotificationRules.ValidateLine(Category3(), Context));
    }

    [Theory]
    [InlineData("ﾈﾝｷﾝ ﾀﾛｳ", "half_width_kana")]
    [InlineData("年金 太郎①", "machine_dependent")]
    [InlineData("㈱年金", "machine_dependent")]
    [InlineData("㍻太郎", "machine_dependent")]
    [InlineData("Ⅱ世 太郎", "machine_dependent")]
    [InlineData("髙橋 太郎", "machine_dependent")] // IBM extension kanji
    [InlineData("𠮷田 太郎", "non_standard_character")] // outside JIS X 0208
    [InlineData("\uE000田", "non_standard_character")] // private use (外字)
    [InlineData("Taro Nenkin", "not_full_width")]
    public void KanjiNamesRefuseCharactersTheFormsCannotCarry(string name, string code)
    {
        var line = Acquisition();
        line.Name = name;
        HasError(AcquisitionRules.ValidateLine(line, Context), "name", code);
    }

    [Theory]
    [InlineData("ねんきん たろう", "not_katakana")]
    [InlineData("ﾈﾝｷﾝ", "half_width_kana")]
    [InlineData("年金", "not_katakana")]
    public void KanaNamesAreFullWidthKatakana(string kana, string code)
    {
        var line = Acquisition();
        line.NameKana = kana;
        HasError(AcquisitionRules.ValidateLine(line, Context), "nameKana", code);
    }

    [Fact]
    public void FullWidthKanjiAndKanaWithIdeographicSpaceAreAccepted()
    {
        var line = Acquisition();
        line.Name = "渡邊　ヴァレリー";
        line.NameKana = "ワタナベ　ヴァレリー";
        Assert.Empty(AcquisitionRules.ValidateLine(line, Context));
    }

    [Fact]
    public void AcquisitionNeedsMyNumberOrPensionNumberAndNeverEchoesIt()
    {
        var line = Acquisition();
        line.MyNumber = null;
        HasError(AcquisitionRules.ValidateLine(line, Context), "myNumber", "identity_required");
        line.MyNumber = "123456789019";
        var issues = AcquisitionRules.ValidateLine(line, Context);
        HasError(issues, "myNumber", "check_digit");
        Assert.DoesNotContain(issues, i => i.Args.Any(a => a.Contains("12345678901")));
        line.MyNumber = null;
        line.BasicPensionNumber = "１２３４－５６７８９０"; // full-width is normalised
        Assert.Empty(AcquisitionRules.ValidateLine(line, Context));
    }

    [Fact]
    public void AcquisitionComputesTheGradeAndWarnsWhenLate()
    {
        var line = Acquisition();
        line.MonthlyPayCash = 285_000;
        line.MonthlyPayInKind = 5_000;
        Assert.Equal(300_000, AcquisitionRules.StandardPay(line)!.StandardPay);
        line.AcquisitionDate = new DateOnly(2026, 6, 1);
        var issues = AcquisitionRules.ValidateLine(line, Context);
        HasWarning(issues, "acquisitionDate", "late");
        Assert.Empty(Errors(issues)); // a late filing is still accepted
    }

    [Fact]
    public void AcquisitionChecksThe70PlusVariantAndFutureDates()
    {
        var line = Acquisition();
        line.BirthDate = new DateOnly(1955, 1, 20);
        HasError(AcquisitionRules.ValidateLine(line, Context), "aged70OrOver", "aged70_flag_required");
        line.Aged70OrOver = true;
        Assert.Empty(Errors(AcquisitionRules.ValidateLine(line, Context)));
        line.AcquisitionDate = new DateOnly(2026, 8, 1);
        HasError(AcquisitionRules.ValidateLine(line, Context), "acquisitionDate", "date_future");
    }

    [Fact]
    public void LossDateIsComputedAndAWrongOneIsRefused()
    {
        var line = Loss();
        Assert.Equal(new DateOnly(2026, 7, 1), LossRules.LossDate(line));
        line.LossDate = new DateOnly(2026, 6, 30); // the last day worked, a common mistake
        var issues = LossRules.ValidateLine(line, Context);
        HasError(issues, "lossDate", "loss_date_mismatch");
        Assert.Equal(["2026-07-01"], issues.Single(i => i.Code == "loss_date_mismatch").Args);
        line.LossDate = null;
        line.LeavingDate = new DateOnly(2026, 5, 31);
        HasWarning(LossRules.ValidateLine(line, Context), "lossDate", "late");
    }

    [Fact]
    public void LossAtSeventyUsesTheBirthDate()
    {
        var line = Loss();
        line.Reason = LossReason.Age70;
        line.LeavingDate = null;
        line.BirthDate = new DateOnly(1956, 7, 3);
        Assert.Equal(new DateOnly(2026, 7, 2), LossRules.LossDate(line));
        Assert.Empty(Errors(LossRules.ValidateLine(line, Context)));
    }

    [Fact]
    public void AnnualBaseExcludesLateJoinersAndJulyToSeptemberChanges()
    {
        var line = AnnualBase();
        line.InsuredSince = new DateOnly(2026, 6, 1);
        HasError(AnnualBaseReportRules.ValidateLine(line, Context), "insuredSince", "not_annual_base_target");
        line.InsuredSince = new DateOnly(2026, 5, 31);
        line.MonthlyChangeFrom = "2026-08";
        HasError(AnnualBaseReportRules.ValidateLine(line, Context), "monthlyChangeFrom", "not_annual_base_target");
    }

    [Fact]
    public void AnnualBaseAveragesTheMonthsWithEnoughPaidDays()
    {
        var line = AnnualBase();
        line.MayDays = 16;
        var decision = AnnualBaseReportRules.Calculate(line, 2026)!;
        Assert.Equal(2, decision.Average.CountedMonths);
        Assert.Equal(315_000, decision.Average.Average);
        Assert.Equal(320_000, decision.NewGrade!.StandardPay);
        Assert.Equal(new YearMonth(2026, 9), decision.EffectiveFrom);
        Assert.Equal(1, decision.GradeDifference);

        line.ShortTime = true; // 11 days are enough for a short-time worker
        line.AprilDays = 11;
        Assert.Equal(3, AnnualBaseReportRules.Calculate(line, 2026)!.Average.CountedMonths);
    }

    [Fact]
    public void AnnualBaseWithNoQualifyingMonthKeepsThePreviousGradeWithAWarning()
    {
        var line = AnnualBase();
        line.AprilDays = line.MayDays = line.JuneDays = 10;
        var issues = AnnualBaseReportRules.ValidateLine(line, Context);
        HasWarning(issues, "aprilDays", "no_qualifying_month");
        Assert.Equal(300_000, AnnualBaseReportRules.Calculate(line, 2026)!.NewGrade!.StandardPay);
    }

    [Fact]
    public void AnnualBaseChecksPaidDaysAndTheStandardPay()
    {
        var line = AnnualBase();
        line.AprilDays = 31; // April has 30 days
        line.PreviousStandardPay = 305_000;
        var issues = AnnualBaseReportRules.ValidateLine(line, Context);
        HasError(issues, "aprilDays", "paid_days_range");
        HasError(issues, "previousStandardPay", "unknown_standard_pay");
    }

    [Fact]
    public void AnnualBaseFilingPeriodIsFirstToTenthOfJuly()
    {
        var filing = new AnnualBaseReportFiling { OfficeSymbol = "12-アイウ", EstablishmentNumber = "12345", Year = 2026, Lines = [AnnualBase()] };
        Assert.Empty(AnnualBaseReportRules.Validate(filing, Context));
        HasWarning(AnnualBaseReportRules.Validate(filing, Context with { Today = new DateOnly(2026, 7, 13) }), "year", "late");
        HasWarning(AnnualBaseReportRules.Validate(filing, Context with { Today = new DateOnly(2026, 6, 20) }), "year", "before_filing_period");
    }

    [Fact]
    public void MonthlyChangeNeedsTwoGradesAndEnoughDaysEveryMonth()
    {
        var line = MonthlyChange();
        var decision = MonthlyChangeRules.Calculate(line)!;
        Assert.Equal(359_000, decision.Average.Average);
        Assert.Equal(360_000, decision.NewGrade!.StandardPay);
        Assert.Equal(3, decision.GradeDifference);
        Assert.Equal(new YearMonth(2026, 7), decision.EffectiveFrom);
        Assert.True(MonthlyChangeRules.IsDue(line));

        line.Month1Pay = line.Month2Pay = line.Month3Pay = 315_000;
        HasError(MonthlyChangeRules.ValidateLine(line, Context), "previousStandardPay", "grade_difference_too_small");

        line = MonthlyChange();
        line.Month2Days = 16;
        HasError(MonthlyChangeRules.ValidateLine(line, Context), "month2Days", "paid_days_short");
        line = MonthlyChange();
        line.FixedPayChanged = false;
        HasError(MonthlyChangeRules.ValidateLine(line, Context), "fixedPayChanged", "no_fixed_pay_change");
        line = MonthlyChange();
        line.ChangeMonth = "2026/6";
        HasError(MonthlyChangeRules.ValidateLine(line, Context), "changeMonth", "months_not_complete");
        line.ChangeMonth = "4月";
        HasError(MonthlyChangeRules.ValidateLine(line, Context), "changeMonth", "month_format");
        line = MonthlyChange();
        line.ChangeMonth = "2026-01";
        line.Month1Days = 31;
        line.Month2Days = 28;
        line.Month3Days = 31;
        HasWarning(MonthlyChangeRules.ValidateLine(line, Context), "changeMonth", "late"); // new grade from April, deadline end of April
    }

    [Fact]
    public void BonusIsCappedAndFourPaymentsAYearArePay()
    {
        var line = Bonus();
        Assert.Equal(654_000, BonusReportRules.StandardBonusOf(line));
        line.BonusCash = 1_800_000;
        HasWarning(BonusReportRules.ValidateLine(line, Context), "bonusCash", "bonus_capped");
        Assert.Equal(1_500_000, BonusReportRules.StandardBonusOf(line));
        line.PaymentsPerYear = 4;
        HasError(BonusReportRules.ValidateLine(line, Context), "paymentsPerYear", "not_a_bonus");
        line = Bonus();
        line.PaymentDate = new DateOnly(2026, 6, 25);
        HasWarning(BonusReportRules.ValidateLine(line, Context), "paymentDate", "late");
    }

    [Fact]
    public void DependantNeedsMyNumberWhenAddedAndAnAddressWhenLivingApart()
    {
        var line = Dependant();
        line.DependantMyNumber = null;
        line.LivesWithInsured = false;
        var issues = DependantChangeRules.ValidateLine(line, Context);
        HasError(issues, "dependantMyNumber", "required");
        HasError(issues, "dependantAddress", "required");
        line = Dependant();
        line.DependantNameKana = "ﾈﾝｷﾝ ｻｸﾗ";
        HasError(DependantChangeRules.ValidateLine(line, Context), "dependantNameKana", "half_width_kana");
        line = Dependant();
        line.AnnualIncome = 1_300_000;
        HasWarning(DependantChangeRules.ValidateLine(line, Context), "annualIncome", "income_over_limit");
    }

    [Fact]
    public void Category3SpouseIs20To59WithMyNumberAndHas14Days()
    {
        var line = Category3();
        line.SpouseBirthDate = new DateOnly(1966, 1, 1);
        HasError(Category3NotificationRules.ValidateLine(line, Context), "spouseBirthDate", "category3_age_range");
        line = Category3();
        line.SpouseMyNumber = null;
        HasError(Category3NotificationRules.ValidateLine(line, Context), "spouseMyNumber", "spouse_my_number_required");
        line = Category3();
        line.EventDate = new DateOnly(2026, 6, 25); // 14 days: 9 July
        Assert.Empty(Category3NotificationRules.ValidateLine(line, Context));
        line.EventDate = new DateOnly(2026, 6, 19); // 14 days: Friday 3 July
        HasWarning(Category3NotificationRules.ValidateLine(line, Context), "eventDate", "late");
    }

    [Fact]
    public void AFilingReportsLinePathsDuplicatesAndTheEstablishment()
    {
        var second = Acquisition();
        second.InsuredReference = "０１０１"; // the same reference written differently
        var filing = new AcquisitionFiling { OfficeSymbol = "12-アイウ", EstablishmentNumber = "12346", Lines = [Acquisition(), Acquisition(), second] };
        filing.Lines[1].InsuredReference = "102";
        filing.Lines[1].MyNumber = null;
        filing.Lines[1].MonthlyPayCash = -1;
        var issues = AcquisitionRules.Validate(filing, Context);
        HasError(issues, "officeSymbol", "establishment_mismatch");
        HasError(issues, "lines[1].myNumber", "identity_required");
        HasError(issues, "lines[1].monthlyPayCash", "negative");
        var duplicate = issues.Single(i => i.Code == "duplicate_person");
        Assert.Equal("lines[2].insuredReference", duplicate.Field);
        Assert.Equal(["1"], duplicate.Args);
        HasError(AcquisitionRules.Validate(new AcquisitionFiling(), Context), "lines", "no_lines");
    }

    [Fact]
    public void PayloadsRoundTripThroughJsonWithWebDefaults()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var filing = new DependantChangeFiling { OfficeSymbol = "12-アイウ", EstablishmentNumber = "12345", Lines = [Dependant(), new DependantChangeLine()] };
        var json = JsonSerializer.Serialize(filing, options);
        Assert.Contains("\"dependantNameKana\":", json); // camelCase
        Assert.Contains("\"changeType\":\"Added\"", json);
        var back = JsonSerializer.Deserialize<DependantChangeFiling>(json, options)!;
        Assert.Equal(JsonSerializer.Serialize(back, options), json);
        Assert.Equal("ネンキン サクラ", back.Lines[0].DependantNameKana);
        Assert.Equal(new DateOnly(2026, 7, 1), back.Lines[0].EventDate);
        Assert.Null(back.Lines[1].DependantName); // a draft line stays partial

        foreach (var kind in EmployerForms.Kinds)
        {
            var type = EmployerForms.PayloadType(kind)!;
            var empty = Activator.CreateInstance(type)!;
            var text = JsonSerializer.Serialize(empty, type, options);
            Assert.Equal(text, JsonSerializer.Serialize(JsonSerializer.Deserialize(text, type, options), type, options));
        }
    }

    [Fact]
    public void TheDispatcherValidatesEachKindAndSurvivesBadJson()
    {
        var json = JsonSerializer.Serialize(new LossFiling { OfficeSymbol = "12-アイウ", EstablishmentNumber = "12345", Lines = [Loss()] }, EmployerForms.JsonOptions);
        Assert.Empty(EmployerForms.Validate(SubmissionKind.Loss, json, Today));
        Assert.Equal("payload_invalid", EmployerForms.Validate(SubmissionKind.Loss, "{\"lines\": 5", Today).Single().Code);
        Assert.Equal("payload_invalid", EmployerForms.Validate(SubmissionKind.Loss, "{\"lines\":[{\"reason\":\"Fired\"}]}", Today).Single().Code);
        Assert.Equal("unknown_kind", EmployerForms.Validate(SubmissionKind.Exemption, "{}", Today).Single().Code);
        HasError(EmployerForms.Validate(SubmissionKind.BonusReport, "{\"lines\":[{}]}", Today), "lines[0].paymentDate", "required");
        Assert.All(EmployerForms.Kinds, k => Assert.NotNull(EmployerForms.PayloadType(k)));
    }

    [Fact]
    public void EveryRuleHasMessagesInBothLanguages()
    {
        var keys = FilingRules.All.Select(r => r.MessageKey).ToList();
        Assert.Equal(keys.Count, FilingRules.All.Select(r => r.Code).Distinct().Count());
        Assert.Empty(Portal.Tests.TestSupport.UiResources.MissingOrEmpty(keys));
    }
}
