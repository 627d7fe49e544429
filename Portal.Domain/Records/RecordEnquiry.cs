using System.Text.Json.Serialization;
using Portal.Domain.Applications;
using Portal.Domain.Common;
using Portal.Domain.Identifiers;

namespace Portal.Domain.Records;

/// <summary>How the person wants to hear back about a record enquiry.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContactPreference>))]
public enum ContactPreference
{
    /// <summary>The portal inbox (the outcome is posted there in any case).</summary>
    Inbox = 1,
    /// <summary>A letter to the registered address.</summary>
    Letter = 2,
    /// <summary>A telephone call (a number is then required).</summary>
    Phone = 3,
}

/// <summary>
/// Payload of 年金記録に関する申出 (<see cref="Submissions.SubmissionKind.RecordEnquiry"/>, DOMAIN §4.5): the month or
/// months the person believes are wrong or missing, what they believe is right, a description, the evidence they
/// hold and how to contact them. JSON paths: <c>months.from</c>, <c>months.to</c>, <c>believedStatus</c>,
/// <c>employerName</c>, <c>monthlyPay</c>, <c>description</c>, <c>evidence</c>, <c>contact</c>, <c>phone</c>.
/// </summary>
public sealed class RecordEnquiryForm
{
    /// <summary>The months in question (<c>months.*</c>).</summary>
    public EnquiryMonths? Months { get; set; }

    /// <summary>What the record should show for those months, in the person's view (<c>believedStatus</c>).</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<MonthStatus>))]
    public MonthStatus? BelievedStatus { get; set; }

    /// <summary>The employer they worked for (<c>employerName</c>); required when they believe the months were 厚生年金.</summary>
    public string? EmployerName { get; set; }

    /// <summary>The monthly pay they remember, yen (<c>monthlyPay</c>); optional.</summary>
    public long? MonthlyPay { get; set; }

    /// <summary>What is wrong, in their words (<c>description</c>).</summary>
    public string? Description { get; set; }

    /// <summary>The evidence they can send (pay slips, receipts, employer's certificate…) (<c>evidence</c>); optional.</summary>
    public string? Evidence { get; set; }

    /// <summary>How to contact them (<c>contact</c>).</summary>
    public ContactPreference? Contact { get; set; }

    /// <summary>Telephone number (<c>phone</c>), when <see cref="Contact"/> is <see cref="ContactPreference.Phone"/>.</summary>
    public string? Phone { get; set; }
}

/// <summary>The months of an enquiry as typed: one month (<c>to</c> empty) or a range, <c>yyyy-MM</c>.</summary>
public sealed class EnquiryMonths
{
    /// <summary>First month (<c>months.from</c>).</summary>
    public string? From { get; set; }
    /// <summary>Last month (<c>months.to</c>); empty for a single month.</summary>
    public string? To { get; set; }
}

/// <summary>What the rules need about the person: the birth date and the last month the record holds.</summary>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="LastRecordedMonth">The latest month of the record (the read model is pushed in monthly); null when empty.</param>
public sealed record RecordEnquiryFacts(DateOnly BirthDate, YearMonth? LastRecordedMonth);

/// <summary>
/// Rules of 年金記録に関する申出 (DOMAIN §4.5). Decisions where DOMAIN is silent: the months must lie from the birth
/// month up to the last month the record holds (an enquiry is about the record as it stands; a missing month before the
/// record starts is allowed, a month the record does not yet cover is not — without a record, up to last month); a range
/// is at most <see cref="MaxMonths"/> months; what the person believes is right is required (for 厚生年金 months also the
/// employer); the description is required and at most <see cref="DescriptionMaxLength"/> characters; a phone contact
/// needs a Japanese telephone number (10 or 11 digits starting with 0). Enquiries have no duplicate rule
/// (<see cref="BusinessKey"/> is null): the back office joins enquiries about the same months.
/// </summary>
public static class RecordEnquiryRules
{
    /// <summary>Maximum length of the description.</summary>
    public const int DescriptionMaxLength = 2000;
    /// <summary>Maximum length of the evidence note.</summary>
    public const int EvidenceMaxLength = 500;
    /// <summary>Maximum length of the employer name.</summary>
    public const int EmployerNameMaxLength = 100;
    /// <summary>Longest range of months one enquiry covers (40 years).</summary>
    public const int MaxMonths = 480;
    /// <summary>Upper limit of the monthly pay (yen), to catch typing slips.</summary>
    public const long MaxMonthlyPay = 100_000_000;

    /// <summary>Message keys (<c>Records.Enquiry.*</c>); the generic ones (required, too long, month format) are the forms' <c>Applications.*</c> keys.</summary>
    public static class Keys
    {
        /// <summary>The first month is after the last month.</summary>
        public const string FromAfterTo = "Records.Enquiry.FromAfterTo";
        /// <summary>The month is before your birth.</summary>
        public const string BeforeBirth = "Records.Enquiry.BeforeBirth";
        /// <summary>Your record currently runs to {0}. Please choose months up to {0}.</summary>
        public const string AfterRecord = "Records.Enquiry.AfterRecord";
        /// <summary>Please choose at most {0} months in one enquiry.</summary>
        public const string TooManyMonths = "Records.Enquiry.TooManyMonths";
        /// <summary>Please enter a telephone number of 10 or 11 digits starting with 0.</summary>
        public const string PhoneFormat = "Records.Enquiry.PhoneFormat";
        /// <summary>Please enter the employer you worked for in these months.</summary>
        public const string EmployerRequired = "Records.Enquiry.EmployerRequired";
        /// <summary>Please enter an amount from {0} to {1} yen.</summary>
        public const string PayRange = "Records.Enquiry.PayRange";

        /// <summary>Every key above.</summary>
        public static IReadOnlyList<string> All { get; } = [FromAfterTo, BeforeBirth, AfterRecord, TooManyMonths, PhoneFormat, EmployerRequired, PayRange];
    }

    /// <summary>Every field path (labels <c>Records.Field.&lt;path&gt;</c>).</summary>
    public static IReadOnlyList<string> FieldPaths { get; } =
        ["months", "months.from", "months.to", "believedStatus", "employerName", "monthlyPay", "description", "evidence", "contact", "phone"];

    /// <summary>No duplicate rule for enquiries: always null.</summary>
    public static string? BusinessKey(RecordEnquiryForm form) => null;

    /// <summary>
    /// A new enquiry, with the months prefilled when the person came from a month of the record page
    /// (<paramref name="from"/>, <paramref name="to"/>); the answer goes to the inbox by default.
    /// </summary>
    public static RecordEnquiryForm Prefill(YearMonth? from = null, YearMonth? to = null) => new()
    {
        Months = new EnquiryMonths { From = from?.ToString(), To = to is { } t && t != from ? t.ToString() : null },
        Contact = ContactPreference.Inbox,
    };

    /// <summary>The months of the enquiry, or null while they cannot be read.</summary>
    public static (YearMonth From, YearMonth To)? TryMonths(RecordEnquiryForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!YearMonth.Parse(form.Months?.From).TryGetValue(out var from)) return null;
        if (string.IsNullOrWhiteSpace(form.Months!.To)) return (from, from);
        return YearMonth.Parse(form.Months.To).TryGetValue(out var to) ? (from, to) : null;
    }

    /// <summary>Checks the enquiry; errors block submission, warnings do not.</summary>
    public static IReadOnlyList<FormIssue> Validate(RecordEnquiryForm form, RecordEnquiryFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(facts);
        var issues = new IssueList();
        Months(form.Months, facts, today, issues);

        if (issues.Required("believedStatus", form.BelievedStatus) && !Enum.IsDefined(form.BelievedStatus!.Value))
            issues.Error("believedStatus", IssueCodes.Format, ApplicationMessageKeys.InvalidOption);
        if (form.BelievedStatus == MonthStatus.EmployeesPension && string.IsNullOrWhiteSpace(form.EmployerName))
            issues.Error("employerName", IssueCodes.Required, Keys.EmployerRequired);
        issues.MaxLength("employerName", form.EmployerName, EmployerNameMaxLength);
        if (form.MonthlyPay is < 1 or > MaxMonthlyPay)
            issues.Error("monthlyPay", IssueCodes.Range, Keys.PayRange, Text.Yen(1), Text.Yen(MaxMonthlyPay));

        if (issues.Required("description", form.Description))
            issues.MaxLength("description", form.Description, DescriptionMaxLength);
        issues.MaxLength("evidence", form.Evidence, EvidenceMaxLength);

        if (issues.Required("contact", form.Contact))
        {
            if (!Enum.IsDefined(form.Contact!.Value))
                issues.Error("contact", IssueCodes.Format, ApplicationMessageKeys.InvalidOption);
            else if (form.Contact == ContactPreference.Phone && issues.Required("phone", form.Phone) && !IsPhoneNumber(form.Phone))
                issues.Error("phone", IssueCodes.Format, Keys.PhoneFormat);
        }
        return issues.Issues;
    }

    /// <summary>A Japanese telephone number: 10 or 11 digits starting with 0; hyphens, spaces, brackets and full-width digits accepted.</summary>
    public static bool IsPhoneNumber(string? input)
    {
        var text = IdentifierText.Normalize(input);
        var digits = new string(text.Where(c => c is not ('-' or ' ' or '(' or ')')).ToArray());
        return digits.Length is 10 or 11 && digits[0] == '0' && digits.All(char.IsAsciiDigit);
    }

    private static void Months(EnquiryMonths? months, RecordEnquiryFacts facts, DateOnly today, IssueList issues)
    {
        if (!issues.Required("months.from", months?.From)) return;
        if (!YearMonth.Parse(months!.From).TryGetValue(out var from))
        {
            issues.Error("months.from", IssueCodes.Format, ApplicationMessageKeys.MonthFormat);
            return;
        }
        var to = from;
        if (!string.IsNullOrWhiteSpace(months.To))
        {
            if (!YearMonth.Parse(months.To).TryGetValue(out to))
            {
                issues.Error("months.to", IssueCodes.Format, ApplicationMessageKeys.MonthFormat);
                return;
            }
            if (from > to)
            {
                issues.Error("months.to", IssueCodes.StartAfterEnd, Keys.FromAfterTo);
                return;
            }
        }
        var birth = YearMonth.From(facts.BirthDate);
        if (from < birth)
            issues.Error("months.from", IssueCodes.Range, Keys.BeforeBirth);
        var thisMonth = YearMonth.From(today);
        var latest = facts.LastRecordedMonth ?? thisMonth.AddMonths(-1);
        if (latest > thisMonth) latest = thisMonth;
        if (to > latest)
            issues.Error(months.To is { Length: > 0 } ? "months.to" : "months.from", IssueCodes.OutOfWindow, Keys.AfterRecord, Text.Month(latest));
        else if (from.MonthsUntil(to) + 1 > MaxMonths)
            issues.Error("months.to", IssueCodes.Range, Keys.TooManyMonths, Text.Int(MaxMonths));
    }
}
