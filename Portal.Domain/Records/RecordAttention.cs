using Portal.Domain.Common;

namespace Portal.Domain.Records;

/// <summary>
/// Something on the record the person should look at (要確認), DOMAIN.md §4.3: consecutive months with the same finding
/// grouped into one range.
/// </summary>
/// <param name="Code">What was found (<see cref="AttentionCodes"/>).</param>
/// <param name="From">First month of the range.</param>
/// <param name="To">Last month of the range.</param>
/// <param name="MessageKey">Message key of the one-line explanation.</param>
/// <param name="ActionCode">What the person can do (<see cref="AttentionActions"/>).</param>
/// <param name="Deadline">The earliest deadline in the range (last payable date), when there is one.</param>
public sealed record AttentionItem(string Code, YearMonth From, YearMonth To, string MessageKey, string ActionCode, DateOnly? Deadline)
{
    /// <summary>Number of months in the range.</summary>
    public int Months => From.MonthsUntil(To) + 1;
}

/// <summary>Codes of <see cref="AttentionItem.Code"/>.</summary>
public static class AttentionCodes
{
    /// <summary>Unpaid months past their due date and still payable (未納, 時効前).</summary>
    public const string UnpaidPayable = "unpaid_payable";
    /// <summary>Unpaid months that can no longer be paid (時効).</summary>
    public const string UnpaidTimeBarred = "unpaid_time_barred";
    /// <summary>Months at 20–59 not enrolled or missing from the record (未加入).</summary>
    public const string NotEnrolledGap = "not_enrolled_gap";
    /// <summary>A not-enrolled gap between two 厚生年金 months (between jobs).</summary>
    public const string GapBetweenJobs = "gap_between_jobs";
    /// <summary>The insured category changed (種別変更).</summary>
    public const string CategoryChange = "category_change";
    /// <summary>追納 candidates with fewer than 12 months left before the 10-year limit.</summary>
    public const string LatePaymentNearLimit = "late_payment_near_limit";
    /// <summary>Standard monthly pay changed by 50% or more from one month to the next.</summary>
    public const string PayJump = "pay_jump";
    /// <summary>A national-pension payment or premium recorded in a 厚生年金 month.</summary>
    public const string NationalPensionInEmployeesPension = "national_pension_in_employees_pension";

    /// <summary>Every code, in the order items of one month are listed.</summary>
    public static IReadOnlyList<string> All { get; } =
        [UnpaidPayable, UnpaidTimeBarred, NotEnrolledGap, GapBetweenJobs, LatePaymentNearLimit, NationalPensionInEmployeesPension, PayJump, CategoryChange];
}

/// <summary>Codes of <see cref="AttentionItem.ActionCode"/>.</summary>
public static class AttentionActions
{
    /// <summary>Pay the unpaid months (後納 within 2 years).</summary>
    public const string LatePayment = "late_payment";
    /// <summary>Make up the months by voluntary enrolment at 60–64 (任意加入).</summary>
    public const string VoluntaryEnrolment = "voluntary_enrolment";
    /// <summary>Ask about the record (年金記録に関する申出), DOMAIN.md §4.5.</summary>
    public const string Enquiry = "enquiry";
    /// <summary>File the category-1 enrolment (資格取得届 / 種別変更届), DOMAIN.md §6.4, and pay the months still payable.</summary>
    public const string Enrolment = "enrolment";
    /// <summary>Nothing to do: read the one-line explanation of the category change.</summary>
    public const string CategoryChange = "category_change";
    /// <summary>Pay the exempt months back (追納) before the 10-year limit.</summary>
    public const string LatePaymentSoon = "late_payment_soon";

    /// <summary>Every action code.</summary>
    public static IReadOnlyList<string> All { get; } = [LatePayment, VoluntaryEnrolment, Enquiry, Enrolment, CategoryChange, LatePaymentSoon];

    /// <summary>Message key of an action's label, <c>Records.Action.&lt;PascalCase&gt;</c> (<c>late_payment</c> → <c>Records.Action.LatePayment</c>).</summary>
    public static string MessageKey(string actionCode) =>
        "Records.Action." + string.Concat(actionCode.Split('_').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
}

/// <summary>Finds what needs attention on a record (DOMAIN.md §4.3).</summary>
public static class RecordAttention
{
    /// <summary>A pay change of this share of the previous month's pay or more is a "sharp jump" (about 5 grades).</summary>
    public const decimal PayJumpShare = 0.5m;

    private const string KeyPrefix = "Records.Attention.";

    /// <summary>
    /// The attention items of a record on <paramref name="today"/>, ordered by first month, then by
    /// <see cref="AttentionCodes.All"/>:
    /// <list type="bullet">
    /// <item>unpaid months past their due date: still payable → <c>late_payment</c> (deadline: 2 years after the due date),
    /// time-barred → <c>voluntary_enrolment</c>; months not yet due are not listed;</item>
    /// <item>not-enrolled or missing months at 20–59 (between two 厚生年金 months: <c>gap_between_jobs</c>):
    /// still payable if enrolled now → <c>enrolment</c>, older → <c>enquiry</c>;</item>
    /// <item>category changes into category 1 (from 2 or 3) or into category 3 (from 1 or 2) → <c>category_change</c>;</item>
    /// <item>追納 candidates with fewer than 12 months left → <c>late_payment_soon</c>;</item>
    /// <item>standard monthly pay changing by ≥ 50% month to month within one employment → <c>enquiry</c>;</item>
    /// <item>a 厚生年金 month with a national-pension payment date or premium due → <c>enquiry</c>.</item>
    /// </list>
    /// </summary>
    /// <exception cref="ArgumentException">The month list holds the same month twice.</exception>
    public static IReadOnlyList<AttentionItem> Find(DateOnly birthDate, IEnumerable<PensionMonth> months,
        IEnumerable<EmploymentPeriod> periods, DateOnly today)
    {
        var merged = RecordMonths.Merge(months, periods, today);
        var raw = new List<AttentionItem>();
        Unpaid(merged, today, raw);
        Gaps(birthDate, merged, today, raw);
        CategoryChanges(merged, raw);
        LatePaymentNearLimit(merged, today, raw);
        PayJumps(merged, raw);
        NationalPensionInEmployeesPension(merged, raw);
        return Group(raw);
    }

    /// <summary>The message key of a category change, e.g. <c>Records.Attention.CategoryChange.Category2ToCategory1</c>.</summary>
    public static string CategoryChangeKey(InsuredCategory from, InsuredCategory to) =>
        $"{KeyPrefix}CategoryChange.{from}To{to}";

    /// <summary>True for the category changes explained on the record: into category 1 from 2 or 3, into category 3 from 1 or 2.</summary>
    public static bool IsExplainedCategoryChange(InsuredCategory from, InsuredCategory to) =>
        (from, to) is (InsuredCategory.Category2 or InsuredCategory.Category3, InsuredCategory.Category1)
                   or (InsuredCategory.Category1 or InsuredCategory.Category2, InsuredCategory.Category3);

    private static void Unpaid(IReadOnlyList<PensionMonth> merged, DateOnly today, List<AttentionItem> raw)
    {
        foreach (var m in merged)
        {
            if (m.Status != MonthStatus.Unpaid || !RecordCalendar.IsOverdue(m.Month, today)) continue;
            raw.Add(RecordCalendar.IsTimeBarred(m.Month, today)
                ? Item(AttentionCodes.UnpaidTimeBarred, m.Month, "UnpaidTimeBarred", AttentionActions.VoluntaryEnrolment, null)
                : Item(AttentionCodes.UnpaidPayable, m.Month, "UnpaidPayable", AttentionActions.LatePayment,
                    RecordCalendar.UnpaidLastPayableDate(m.Month)));
        }
    }

    private static void Gaps(DateOnly birthDate, IReadOnlyList<PensionMonth> merged, DateOnly today, List<AttentionItem> raw)
    {
        var byMonth = merged.ToDictionary(m => m.Month);
        var gapMonths = merged
            .Where(m => m.Status == MonthStatus.NotEnrolled && RecordCalendar.IsAged20To59(birthDate, m.Month))
            .Select(m => m.Month)
            .Concat(RecordSummary.UnrecordedMonthsAt20To59(birthDate, merged))
            .Order()
            .ToList();

        foreach (var (from, to) in Runs(gapMonths))
        {
            var betweenJobs = IsEmployeesPension(byMonth, from.AddMonths(-1)) && IsEmployeesPension(byMonth, to.AddMonths(1));
            var (code, key) = betweenJobs
                ? (AttentionCodes.GapBetweenJobs, "GapBetweenJobs")
                : (AttentionCodes.NotEnrolledGap, "NotEnrolledGap");
            foreach (var m in YearMonth.Range(from, to))
            {
                var payable = !RecordCalendar.IsTimeBarred(m, today);
                raw.Add(payable
                    ? Item(code, m, key + ".Enrolment", AttentionActions.Enrolment, RecordCalendar.UnpaidLastPayableDate(m))
                    : Item(code, m, key + ".Enquiry", AttentionActions.Enquiry, null));
            }
        }
    }

    private static bool IsEmployeesPension(Dictionary<YearMonth, PensionMonth> byMonth, YearMonth month) =>
        byMonth.TryGetValue(month, out var m) && m.Status == MonthStatus.EmployeesPension;

    private static void CategoryChanges(IReadOnlyList<PensionMonth> merged, List<AttentionItem> raw)
    {
        InsuredCategory? previous = null;
        foreach (var m in merged)
        {
            if (m.Category is not (InsuredCategory.Category1 or InsuredCategory.Category2 or InsuredCategory.Category3)) continue;
            if (previous is { } from && from != m.Category && IsExplainedCategoryChange(from, m.Category))
                raw.Add(new AttentionItem(AttentionCodes.CategoryChange, m.Month, m.Month, CategoryChangeKey(from, m.Category),
                    AttentionActions.CategoryChange, null));
            previous = m.Category;
        }
    }

    private static void LatePaymentNearLimit(IReadOnlyList<PensionMonth> merged, DateOnly today, List<AttentionItem> raw)
    {
        var current = YearMonth.From(today);
        foreach (var m in merged)
        {
            if (!MonthStatusInfo.For(m.Status).IsLatePaymentCandidateType || RecordMonths.IsLatePaid(m, today)
                || !LatePaymentCandidates.IsWithinWindow(m.Month, today)) continue;
            var last = LatePaymentCandidates.LastPayableMonth(m.Month);
            if (current.MonthsUntil(last) < LatePaymentCandidates.NearLimitMonths)
                raw.Add(Item(AttentionCodes.LatePaymentNearLimit, m.Month, "LatePaymentNearLimit", AttentionActions.LatePaymentSoon, last.LastDay));
        }
    }

    private static void PayJumps(IReadOnlyList<PensionMonth> merged, List<AttentionItem> raw)
    {
        PensionMonth? previous = null;
        foreach (var m in merged)
        {
            var hasPay = m.Status == MonthStatus.EmployeesPension && m.StandardMonthlyPay is > 0;
            if (hasPay && previous is { StandardMonthlyPay: { } before } && previous.Month.AddMonths(1) == m.Month
                && previous.EmploymentPeriodId == m.EmploymentPeriodId
                && Math.Abs(m.StandardMonthlyPay!.Value - before) >= before * PayJumpShare)
                raw.Add(Item(AttentionCodes.PayJump, m.Month, "PayJump", AttentionActions.Enquiry, null));
            previous = hasPay ? m : null;
        }
    }

    private static void NationalPensionInEmployeesPension(IReadOnlyList<PensionMonth> merged, List<AttentionItem> raw)
    {
        foreach (var m in merged)
            if (m.Status == MonthStatus.EmployeesPension && (m.PaidOn is not null || m.PremiumDue > 0))
                raw.Add(Item(AttentionCodes.NationalPensionInEmployeesPension, m.Month, "NationalPensionInEmployeesPension",
                    AttentionActions.Enquiry, null));
    }

    private static AttentionItem Item(string code, YearMonth month, string key, string action, DateOnly? deadline) =>
        new(code, month, month, KeyPrefix + key, action, deadline);

    /// <summary>Merges items of consecutive months with the same code, message and action; keeps the earliest deadline.</summary>
    private static List<AttentionItem> Group(List<AttentionItem> raw)
    {
        var grouped = new List<AttentionItem>();
        foreach (var item in raw.OrderBy(i => CodeOrder(i.Code)).ThenBy(i => i.MessageKey, StringComparer.Ordinal).ThenBy(i => i.From))
        {
            if (grouped.Count > 0 && grouped[^1] is var last
                && last.Code == item.Code && last.MessageKey == item.MessageKey && last.ActionCode == item.ActionCode
                && last.To.AddMonths(1) == item.From)
            {
                grouped[^1] = last with { To = item.To, Deadline = Earliest(last.Deadline, item.Deadline) };
                continue;
            }
            grouped.Add(item);
        }
        return [.. grouped.OrderBy(i => i.From).ThenBy(i => CodeOrder(i.Code))];
    }

    private static int CodeOrder(string code)
    {
        for (var i = 0; i < AttentionCodes.All.Count; i++)
            if (AttentionCodes.All[i] == code) return i;
        return AttentionCodes.All.Count;
    }

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;

    private static IEnumerable<(YearMonth From, YearMonth To)> Runs(IReadOnlyList<YearMonth> sorted)
    {
        if (sorted.Count == 0) yield break;
        var from = sorted[0];
        var to = from;
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i] == to.AddMonths(1)) { to = sorted[i]; continue; }
            yield return (from, to);
            from = to = sorted[i];
        }
        yield return (from, to);
    }
}
