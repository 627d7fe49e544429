using Portal.Domain.Common;

namespace Portal.Domain.Records;

/// <summary>A count of months split at a cut-over month (April 2009 for exemption weights, April 2003 for 厚生年金).</summary>
/// <param name="Before">Months before the cut-over.</param>
/// <param name="From">Months from the cut-over on.</param>
public readonly record struct MonthSplit(int Before, int From)
{
    /// <summary>Both sides together.</summary>
    public int Total => Before + From;
}

/// <summary>
/// The record's totals (記録の集計), DOMAIN.md §4.3 and §5.2, as of a given day. Months after the month of that day are
/// ignored; 厚生年金 months an employment period covers but the month list lacks are added (<see cref="RecordMonths.Merge"/>).
/// </summary>
/// <remarks>
/// A month paid back by 追納 counts as paid (weight 1) and is no longer counted under its exemption or deferral type.
/// No credited periods (合算対象期間) are modelled.
/// </remarks>
public sealed record RecordSummary
{
    /// <summary>Qualifying months needed for an old-age pension (since August 2017).</summary>
    public const int RequiredEligibilityMonths = 120;

    /// <summary>Cap on the weighted months A (40 years).</summary>
    public const int MaximumWeightedMonths = RecordCalendar.MonthsAt20To59;

    /// <summary>First month of the standard-bonus era; 厚生年金 months are split here.</summary>
    public static readonly YearMonth EmployeesPensionSplitMonth = new(2003, 4);

    /// <summary>The day the totals are taken.</summary>
    public required DateOnly AsOf { get; init; }
    /// <summary>Earliest month counted, or null for an empty record.</summary>
    public YearMonth? FirstMonth { get; init; }
    /// <summary>Latest month counted, or null for an empty record.</summary>
    public YearMonth? LastMonth { get; init; }

    /// <summary>Paid months (納付済): category-1 paid, category 3, 厚生年金 at 20–59, maternity, childcare, and months paid back by 追納.</summary>
    public int PaidMonths { get; init; }
    /// <summary>Of <see cref="PaidMonths"/>: months with status <see cref="MonthStatus.Paid"/> (category 1 and voluntary).</summary>
    public int NationalPensionPaidMonths { get; init; }
    /// <summary>Of <see cref="PaidMonths"/>: category-3 months.</summary>
    public int Category3Months { get; init; }
    /// <summary>Of <see cref="PaidMonths"/>: 厚生年金 months at ages 20–59.</summary>
    public int EmployeesPensionMonthsAt20To59 { get; init; }
    /// <summary>Of <see cref="PaidMonths"/>: maternity-exemption months (産前産後免除).</summary>
    public int MaternityMonths { get; init; }
    /// <summary>Of <see cref="PaidMonths"/>: childcare-exemption months (育児期間免除).</summary>
    public int ChildcareMonths { get; init; }
    /// <summary>Of <see cref="PaidMonths"/>: exempt or deferred months paid back by 追納.</summary>
    public int LatePaidMonths { get; init; }

    /// <summary>Exempt months not paid back, per exemption status (statutory, full, ¾, half, ¼), split at April 2009.</summary>
    public required IReadOnlyDictionary<MonthStatus, MonthSplit> ExemptMonths { get; init; }
    /// <summary>All exempt months not paid back, split at April 2009.</summary>
    public MonthSplit ExemptMonthsTotal { get; init; }
    /// <summary>Payment-deferral months (納付猶予) not paid back.</summary>
    public int PaymentDeferralMonths { get; init; }
    /// <summary>Student-deferral months (学生納付特例) not paid back.</summary>
    public int StudentDeferralMonths { get; init; }
    /// <summary>Unpaid months (未納), time-barred or not.</summary>
    public int UnpaidMonths { get; init; }
    /// <summary>
    /// Not-enrolled months (未加入) at ages 20–59: months stored as not enrolled, and months missing from the record between
    /// the month at 20 and the latest month on record.
    /// </summary>
    public int NotEnrolledMonths { get; init; }
    /// <summary>Months with the additional premium (付加保険料) paid.</summary>
    public int AdditionalPremiumMonths { get; init; }

    /// <summary>厚生年金 months at all ages, split at April 2003.</summary>
    public MonthSplit EmployeesPensionMonths { get; init; }
    /// <summary>厚生年金 months before 20 or from 60: count for eligibility, not for the basic pension.</summary>
    public int EmployeesPensionMonthsOutside20To59 { get; init; }

    /// <summary>Weighted months A before the cap, in 24ths (exact).</summary>
    public long WeightedMonthsIn24ths { get; init; }
    /// <summary>Weighted months A before the 480 cap.</summary>
    public decimal WeightedMonthsUncapped => (decimal)WeightedMonthsIn24ths / MonthStatusInfo.WeightDenominator;
    /// <summary>Weighted months A for the basic pension (満額 × A / 480), capped at 480.</summary>
    public decimal WeightedMonths => Math.Min(WeightedMonthsUncapped, MaximumWeightedMonths);
    /// <summary>True when the cap cut A.</summary>
    public bool WeightedMonthsCapped => WeightedMonthsUncapped > MaximumWeightedMonths;

    /// <summary>Qualifying months (受給資格期間): every month whose status counts toward eligibility, at any age.</summary>
    public int EligibilityMonths { get; init; }
    /// <summary>Qualifying months still missing for the 120-month requirement (0 once met).</summary>
    public int MonthsStillNeeded => Math.Max(0, RequiredEligibilityMonths - EligibilityMonths);
    /// <summary>True when the 120-month requirement is met.</summary>
    public bool Qualifies => EligibilityMonths >= RequiredEligibilityMonths;

    /// <summary>Totals of a person's record as of <paramref name="today"/>.</summary>
    /// <exception cref="ArgumentException">The month list holds the same month twice.</exception>
    public static RecordSummary Calculate(DateOnly birthDate, IEnumerable<PensionMonth> months,
        IEnumerable<EmploymentPeriod> periods, DateOnly today)
    {
        var merged = RecordMonths.Merge(months, periods, today);
        var exempt = new Dictionary<MonthStatus, MonthSplit>
        {
            [MonthStatus.StatutoryExemption] = default,
            [MonthStatus.FullExemption] = default,
            [MonthStatus.ThreeQuarterExemption] = default,
            [MonthStatus.HalfExemption] = default,
            [MonthStatus.QuarterExemption] = default,
        };
        int paid = 0, npPaid = 0, cat3 = 0, ep2059 = 0, maternity = 0, childcare = 0, latePaid = 0;
        int paymentDeferral = 0, studentDeferral = 0, unpaid = 0, notEnrolled = 0, additional = 0;
        int epBefore2003 = 0, epFrom2003 = 0, epOutside = 0, eligibility = 0;
        long weighted = 0;

        foreach (var m in merged)
        {
            var info = MonthStatusInfo.For(m.Status);
            var at20To59 = RecordCalendar.IsAged20To59(birthDate, m.Month);
            if (info.CountsTowardEligibility) eligibility++;
            if (m.AdditionalPremiumPaid) additional++;
            weighted += RecordMonths.WeightIn24ths(m, birthDate, today);

            if (RecordMonths.IsLatePaid(m, today))
            {
                latePaid++;
                paid++;
                continue;
            }

            switch (m.Status)
            {
                case MonthStatus.Paid: npPaid++; paid++; break;
                case MonthStatus.Category3: cat3++; paid++; break;
                case MonthStatus.MaternityExemption: maternity++; paid++; break;
                case MonthStatus.ChildcareExemption: childcare++; paid++; break;
                case MonthStatus.EmployeesPension:
                    if (m.Month < EmployeesPensionSplitMonth) epBefore2003++; else epFrom2003++;
                    if (at20To59) { ep2059++; paid++; } else epOutside++;
                    break;
                case MonthStatus.PaymentDeferral: paymentDeferral++; break;
                case MonthStatus.StudentDeferral: studentDeferral++; break;
                case MonthStatus.Unpaid: unpaid++; break;
                case MonthStatus.NotEnrolled: if (at20To59) notEnrolled++; break;
                case MonthStatus.StatutoryExemption or MonthStatus.FullExemption or MonthStatus.ThreeQuarterExemption
                    or MonthStatus.HalfExemption or MonthStatus.QuarterExemption:
                    var split = exempt[m.Status];
                    exempt[m.Status] = m.Month < MonthStatusInfo.WeightChangeMonth
                        ? split with { Before = split.Before + 1 }
                        : split with { From = split.From + 1 };
                    break;
            }
        }

        notEnrolled += UnrecordedMonthsAt20To59(birthDate, merged).Count();

        return new RecordSummary
        {
            AsOf = today,
            FirstMonth = merged.Count == 0 ? null : merged[0].Month,
            LastMonth = merged.Count == 0 ? null : merged[^1].Month,
            PaidMonths = paid,
            NationalPensionPaidMonths = npPaid,
            Category3Months = cat3,
            EmployeesPensionMonthsAt20To59 = ep2059,
            MaternityMonths = maternity,
            ChildcareMonths = childcare,
            LatePaidMonths = latePaid,
            ExemptMonths = exempt,
            ExemptMonthsTotal = new MonthSplit(exempt.Values.Sum(s => s.Before), exempt.Values.Sum(s => s.From)),
            PaymentDeferralMonths = paymentDeferral,
            StudentDeferralMonths = studentDeferral,
            UnpaidMonths = unpaid,
            NotEnrolledMonths = notEnrolled,
            AdditionalPremiumMonths = additional,
            EmployeesPensionMonths = new MonthSplit(epBefore2003, epFrom2003),
            EmployeesPensionMonthsOutside20To59 = epOutside,
            WeightedMonthsIn24ths = weighted,
            EligibilityMonths = eligibility,
        };
    }

    /// <summary>
    /// Months at ages 20–59 missing from the merged record, from the month at 20 up to the latest month on record.
    /// (Months after the latest month on record are unknown, not missing.)
    /// </summary>
    internal static IEnumerable<YearMonth> UnrecordedMonthsAt20To59(DateOnly birthDate, IReadOnlyList<PensionMonth> merged)
    {
        if (merged.Count == 0) yield break;
        var first = RecordCalendar.FirstMonthAt20(birthDate);
        var last = RecordCalendar.LastMonthAt59(birthDate);
        if (merged[^1].Month < last) last = merged[^1].Month;
        var known = merged.Select(m => m.Month).ToHashSet();
        foreach (var m in YearMonth.Range(first, last))
            if (!known.Contains(m)) yield return m;
    }
}
