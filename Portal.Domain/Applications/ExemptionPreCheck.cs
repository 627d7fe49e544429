using Portal.Domain.Common;

namespace Portal.Domain.Applications;

/// <summary>The tiers the self-check assesses.</summary>
public enum ExemptionTier
{
    /// <summary>全額免除</summary>
    Full = 1,
    /// <summary>4分の3免除</summary>
    ThreeQuarter = 2,
    /// <summary>半額免除</summary>
    Half = 3,
    /// <summary>4分の1免除</summary>
    Quarter = 4,
    /// <summary>納付猶予 (under 50)</summary>
    Deferral = 5,
    /// <summary>学生納付特例</summary>
    Student = 6,
}

/// <summary>A line of explanation: a message key and the invariant strings that fill it.</summary>
public sealed record ExplanationLine(string MessageKey, IReadOnlyList<string> Args)
{
    internal ExplanationLine(string messageKey, params string[] args) : this(messageKey, (IReadOnlyList<string>)args) { }
}

/// <summary>
/// One assessed person's test in a tier: <paramref name="Person"/> is the payload block (<c>applicant</c>, <c>spouse</c>,
/// <c>householder</c>); <paramref name="Passes"/> is null when the income was not entered; <paramref name="Ignored"/>
/// when the job-loss special case sets the applicant's income aside. <paramref name="Formula"/> shows the limit's
/// working, <paramref name="Comparison"/> the income against it.
/// </summary>
public sealed record PersonAssessment(
    string Person,
    long? Income,
    long Limit,
    bool? Passes,
    bool Ignored,
    ExplanationLine Formula,
    ExplanationLine Comparison);

/// <summary>
/// The self-check result for one tier: <paramref name="Qualifies"/> true when every assessed person passes, false when
/// one fails or the tier does not apply (deferral at 50 or over), null when figures are missing or no criteria are held.
/// <paramref name="NameKey"/> is the tier's display name; <paramref name="Notes"/> explain the outcome.
/// </summary>
public sealed record TierAssessment(
    ExemptionTier Tier,
    string NameKey,
    bool? Qualifies,
    IReadOnlyList<PersonAssessment> Persons,
    IReadOnlyList<ExplanationLine> Notes);

/// <summary>
/// The labelled self-check of the income tests (所得基準の目安, DOMAIN §6.1 and Assumption 7): an indication only, the
/// back office decides. Figures come from <see cref="ExemptionIncomeCriteria"/>.
/// </summary>
public static class ExemptionPreCheck
{
    /// <summary>The display-name key of a tier.</summary>
    public static string TierNameKey(ExemptionTier tier) => tier switch
    {
        ExemptionTier.Full => ApplicationMessageKeys.TierFull,
        ExemptionTier.ThreeQuarter => ApplicationMessageKeys.TierThreeQuarter,
        ExemptionTier.Half => ApplicationMessageKeys.TierHalf,
        ExemptionTier.Quarter => ApplicationMessageKeys.TierQuarter,
        ExemptionTier.Deferral => ApplicationMessageKeys.TierDeferral,
        ExemptionTier.Student => ApplicationMessageKeys.TierStudent,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, null),
    };

    /// <summary>
    /// Assesses full, ¾, half, ¼ and payment deferral for the household in <paramref name="app"/>, for the July–June
    /// year of its start month (today's year when none is entered). Deferral assesses applicant and spouse only, and
    /// is marked not applicable when <paramref name="applicantBirthDate"/> shows the applicant 50 or over at the start;
    /// without a birth date it is assessed on income with an "under 50 only" note. Never throws for a partial draft.
    /// </summary>
    public static IReadOnlyList<TierAssessment> Assess(ExemptionApplication app, DateOnly today, DateOnly? applicantBirthDate = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var start = PeriodRules.TryStart(app.Period) ?? YearMonth.From(today);
        var yearStart = ApplicationPeriods.ExemptionYearStart(start);
        var criteria = ExemptionIncomeCriteria.For(yearStart);
        var jobLoss = app.Applicant?.JobLoss == true;

        var household = new List<(string Person, IncomeFigures? Figures)> { ("applicant", app.Applicant) };
        if (app.HasSpouse == true) household.Add(("spouse", app.Spouse));
        var withHouseholder = new List<(string, IncomeFigures?)>(household);
        if (app.ApplicantIsHouseholder == false) withHouseholder.Add(("householder", app.Householder));

        var result = new List<TierAssessment>();
        foreach (var tier in new[] { ExemptionTier.Full, ExemptionTier.ThreeQuarter, ExemptionTier.Half, ExemptionTier.Quarter })
            result.Add(AssessTier(tier, criteria, yearStart, withHouseholder, jobLoss, []));

        var deferralNotes = new List<ExplanationLine>();
        if (applicantBirthDate is { } birth && ExemptionRules.DeferralEndsBefore(birth) <= start)
        {
            result.Add(new TierAssessment(ExemptionTier.Deferral, TierNameKey(ExemptionTier.Deferral), false, [],
                [new ExplanationLine(ApplicationMessageKeys.PreCheckDeferralAge, Text.Month(ExemptionRules.DeferralEndsBefore(birth)))]));
        }
        else
        {
            if (applicantBirthDate is null) deferralNotes.Add(new ExplanationLine(ApplicationMessageKeys.PreCheckDeferralUnderFifty));
            result.Add(AssessTier(ExemptionTier.Deferral, criteria, yearStart, household, jobLoss, deferralNotes));
        }
        return result;
    }

    /// <summary>Assesses student deferral for <paramref name="app"/>'s April–March year (applicant only).</summary>
    public static TierAssessment AssessStudent(StudentDeferralApplication app, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(app);
        var start = PeriodRules.TryStart(app.Period) ?? YearMonth.From(today);
        var yearStart = ApplicationPeriods.StudentYearStart(start);
        var criteria = ExemptionIncomeCriteria.For(yearStart);
        return AssessTier(ExemptionTier.Student, criteria, yearStart, [("applicant", app.Applicant)],
            app.Applicant?.JobLoss == true, []);
    }

    private static TierAssessment AssessTier(ExemptionTier tier, ExemptionIncomeCriteria? criteria, YearMonth yearStart,
        IReadOnlyList<(string Person, IncomeFigures? Figures)> persons, bool jobLoss, List<ExplanationLine> notes)
    {
        var incomeYear = tier == ExemptionTier.Student
            ? ApplicationPeriods.StudentIncomeYear(yearStart)
            : ApplicationPeriods.ExemptionIncomeYear(yearStart);
        notes.Insert(0, new ExplanationLine(ApplicationMessageKeys.PreCheckIncomeYear, Text.Month(yearStart),
            Text.Month(yearStart.AddMonths(11)), Text.Int(incomeYear)));
        if (criteria is null)
        {
            notes.Add(new ExplanationLine(ApplicationMessageKeys.PreCheckNoCriteria, Text.Month(yearStart)));
            return new TierAssessment(tier, TierNameKey(tier), null, [], notes);
        }
        if (criteria.SpecificRelativeDeductionCounts && tier != ExemptionTier.Full && tier != ExemptionTier.Deferral)
            notes.Add(new ExplanationLine(ApplicationMessageKeys.PreCheckSpecificRelativeDeduction));
        if (criteria.Verify) notes.Add(new ExplanationLine(ApplicationMessageKeys.PreCheckIndicationOnly));

        var assessed = new List<PersonAssessment>();
        foreach (var (person, figures) in persons)
        {
            var f = figures ?? new IncomeFigures();
            var (limit, formula) = Limit(tier, criteria, f);
            var ignored = jobLoss && person == "applicant";
            bool? passes;
            ExplanationLine comparison;
            if (ignored)
            {
                passes = true;
                comparison = new ExplanationLine(ApplicationMessageKeys.PreCheckJobLossIgnored);
            }
            else if (f.Income is not { } income || (tier is ExemptionTier.Full or ExemptionTier.Deferral && f.DependantCount is null))
            {
                passes = null;
                comparison = new ExplanationLine(ApplicationMessageKeys.PreCheckMissingIncome);
            }
            else
            {
                passes = income <= limit;
                comparison = new ExplanationLine(passes.Value ? ApplicationMessageKeys.PreCheckWithinLimit : ApplicationMessageKeys.PreCheckOverLimit,
                    Text.Yen(income), Text.Yen(limit));
            }
            assessed.Add(new PersonAssessment(person, ignored ? null : f.Income, limit, passes, ignored, formula, comparison));
        }

        bool? qualifies = assessed.Any(a => a.Passes == false) ? false
            : assessed.Any(a => a.Passes is null) ? null
            : true;
        return new TierAssessment(tier, TierNameKey(tier), qualifies, assessed, notes);
    }

    private static (long Limit, ExplanationLine Formula) Limit(ExemptionTier tier, ExemptionIncomeCriteria c, IncomeFigures f)
    {
        if (tier is ExemptionTier.Full or ExemptionTier.Deferral)
        {
            var n = Math.Max(0, f.DependantCount ?? 0);
            var limit = c.FullLimit(n);
            return (limit, new ExplanationLine(ApplicationMessageKeys.PreCheckFormulaFull,
                Text.Int(n), Text.Yen(c.FullPerPerson), Text.Yen(c.FullBase), Text.Yen(limit)));
        }
        var @base = tier switch
        {
            ExemptionTier.ThreeQuarter => c.ThreeQuarterBase,
            ExemptionTier.Half => c.HalfBase,
            ExemptionTier.Quarter => c.QuarterBase,
            _ => c.StudentBase,
        };
        var dependants = Math.Max(0, f.DependantDeduction ?? 0);
        var social = Math.Max(0, f.SocialInsuranceDeduction ?? 0);
        var partial = ExemptionIncomeCriteria.PartialLimit(@base, dependants, social);
        return (partial, new ExplanationLine(ApplicationMessageKeys.PreCheckFormulaPartial,
            Text.Yen(@base), Text.Yen(dependants), Text.Yen(social), Text.Yen(partial)));
    }
}
