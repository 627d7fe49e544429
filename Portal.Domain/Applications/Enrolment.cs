using Portal.Domain.Submissions;
using Portal.Domain.Common;
using System.Text.Json.Serialization;
using Portal.Domain.Identifiers;
using Portal.Domain.Records;

namespace Portal.Domain.Applications;

/// <summary>The event that makes a person category 1 (DOMAIN §6.4).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EnrolmentEvent>))]
public enum EnrolmentEvent
{
    /// <summary>20歳到達</summary>
    TurningTwenty = 1,
    /// <summary>退職 (left a job, leaving category 2)</summary>
    LeftJob = 2,
    /// <summary>第3号被保険者でなくなった (lost category 3)</summary>
    LostCategory3 = 3,
    /// <summary>海外からの転入 (returned from abroad)</summary>
    ReturnedFromAbroad = 4,
}

/// <summary>Payload of 資格取得届 / 種別変更届 (<see cref="Submissions.SubmissionKind.Enrolment"/>).</summary>
public sealed class EnrolmentApplication
{
    /// <summary>The event (<c>event</c>).</summary>
    public EnrolmentEvent? Event { get; set; }
    /// <summary>Date of the event (<c>eventDate</c>).</summary>
    public DateOnly? EventDate { get; set; }
    /// <summary>The person (<c>applicant.*</c>).</summary>
    public EnrolmentApplicant? Applicant { get; set; }
}

/// <summary>The person block of an enrolment: identity and address as the form needs them.</summary>
public sealed class EnrolmentApplicant
{
    /// <summary>Name in kanji (<c>applicant.nameKanji</c>).</summary>
    public string? NameKanji { get; set; }
    /// <summary>Name in full-width katakana (<c>applicant.nameKana</c>).</summary>
    public string? NameKana { get; set; }
    /// <summary>Sex (<c>applicant.sex</c>).</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<Sex>))]
    public Sex? Sex { get; set; }
    /// <summary>Date of birth (<c>applicant.birthDate</c>).</summary>
    public DateOnly? BirthDate { get; set; }
    /// <summary>Basic pension number as typed (<c>applicant.pensionNumber</c>); this or <see cref="MyNumber"/>.</summary>
    public string? PensionNumber { get; set; }
    /// <summary>My Number as typed (<c>applicant.myNumber</c>); specified personal information, encrypted at rest by storage.</summary>
    public string? MyNumber { get; set; }
    /// <summary>Postal code, 7 digits, hyphen optional (<c>applicant.postalCode</c>).</summary>
    public string? PostalCode { get; set; }
    /// <summary>Address (<c>applicant.address</c>).</summary>
    public string? Address { get; set; }
}

/// <summary>
/// Rules of 資格取得届 / 種別変更届 (DOMAIN §6.4): event and date (not in the future), filed within 14 days of the
/// event — a later filing is accepted with a <b>warning</b>; pension number or My Number (validated with
/// <see cref="BasicPensionNumber"/> / <see cref="Identifiers.MyNumber"/>); kanji and full-width katakana name, sex,
/// birth date, postal code and address. Decisions: the person must be 20–59 on the event date (category 1); a person
/// already in category 1 gets a warning (maybe filed already); a birth date other than the account's is an error;
/// category 2 or 3 today is not refused (the record may not show the event yet).
/// </summary>
public static class EnrolmentRules
{
    /// <summary>Key prefix of the duplicate rule.</summary>
    public static readonly string KeyPrefix = SubmissionKind.Enrolment.Code;

    /// <summary>Days after the event within which the form is due (14日以内).</summary>
    public const int DeadlineDays = 14;

    /// <summary>The last day of the 14-day deadline: the event date plus 14 days.</summary>
    public static DateOnly Deadline(DateOnly eventDate) => eventDate.AddDays(DeadlineDays);

    /// <summary>The event's token in business keys.</summary>
    public static string EventToken(EnrolmentEvent e) => e switch
    {
        EnrolmentEvent.TurningTwenty => "turning-twenty",
        EnrolmentEvent.LeftJob => "left-job",
        EnrolmentEvent.LostCategory3 => "lost-category3",
        EnrolmentEvent.ReturnedFromAbroad => "returned-from-abroad",
        _ => throw new ArgumentOutOfRangeException(nameof(e), e, null),
    };

    /// <summary><c>citizen.enrolment|{personId:N}|{event}|{yyyy-MM-dd}</c>; null without event or date.</summary>
    public static string? BusinessKey(EnrolmentApplication app, ApplicantFacts facts)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(facts);
        return app.Event is { } e && Enum.IsDefined(e) && app.EventDate is { } d
            ? $"{KeyPrefix}|{facts.PersonId:N}|{EventToken(e)}|{Text.Date(d)}"
            : null;
    }

    /// <summary>
    /// A new draft with the birth date the portal holds; when the person turns 20 within the last 14 days or the
    /// next month, the event and its date (the day before the 20th birthday) are proposed.
    /// </summary>
    public static EnrolmentApplication Prefill(ApplicantFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var app = new EnrolmentApplication { Applicant = new EnrolmentApplicant { BirthDate = facts.BirthDate } };
        var twenty = Ages.Reached(facts.BirthDate, 20);
        if (twenty >= today.AddDays(-DeadlineDays) && twenty <= today)
        {
            app.Event = EnrolmentEvent.TurningTwenty;
            app.EventDate = twenty;
        }
        return app;
    }

    /// <summary>Checks the application; errors block submission, warnings do not.</summary>
    public static IReadOnlyList<FormIssue> Validate(EnrolmentApplication app, ApplicantFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(facts);
        var issues = new IssueList();

        if (issues.Required("event", app.Event) && !Enum.IsDefined(app.Event!.Value))
            issues.Error("event", IssueCodes.Format, ApplicationMessageKeys.InvalidOption);
        if (issues.Required("eventDate", app.EventDate))
        {
            var date = app.EventDate!.Value;
            if (date > today)
                issues.Error("eventDate", IssueCodes.FutureDate, ApplicationMessageKeys.EnrolmentEventInFuture);
            else if (today > Deadline(date))
                issues.Warning("eventDate", IssueCodes.Late, ApplicationMessageKeys.EnrolmentLate, Text.Date(Deadline(date)));

            var age = facts.AgeOn(date);
            if (age is < 20 or >= 60)
                issues.Error("eventDate", IssueCodes.Age, ApplicationMessageKeys.EnrolmentAge);
            else if (app.Event == EnrolmentEvent.TurningTwenty && date != Ages.Reached(facts.BirthDate, 20)
                     && date != facts.BirthDate.AddYears(20))
                issues.Warning("eventDate", IssueCodes.Mismatch, ApplicationMessageKeys.EnrolmentTwentiethBirthday,
                    Text.Date(Ages.Reached(facts.BirthDate, 20)));
        }

        if (issues.RequiredBlock("applicant", app.Applicant))
            Applicant(app.Applicant!, facts, today, issues);

        if (facts.Category == InsuredCategory.Category1)
            issues.Warning("", IssueCodes.AlreadyActive, ApplicationMessageKeys.EnrolmentAlreadyCategory1);
        issues.Duplicate(BusinessKey(app, facts), facts);
        return issues.Issues;
    }

    private static void Applicant(EnrolmentApplicant a, ApplicantFacts facts, DateOnly today, IssueList issues)
    {
        Fields.Name(a.NameKanji, "applicant.nameKanji", issues);
        Fields.Kana(a.NameKana, "applicant.nameKana", issues);
        issues.Required("applicant.sex", a.Sex);
        if (issues.Required("applicant.birthDate", a.BirthDate))
        {
            if (a.BirthDate > today)
                issues.Error("applicant.birthDate", IssueCodes.FutureDate, ApplicationMessageKeys.DateInFuture);
            else if (a.BirthDate != facts.BirthDate)
                issues.Error("applicant.birthDate", IssueCodes.Mismatch, ApplicationMessageKeys.EnrolmentBirthDateMismatch);
        }

        var hasPension = !string.IsNullOrWhiteSpace(a.PensionNumber);
        var hasMyNumber = !string.IsNullOrWhiteSpace(a.MyNumber);
        if (!hasPension && !hasMyNumber)
            issues.Error("applicant.pensionNumber", IssueCodes.Required, ApplicationMessageKeys.EnrolmentIdentifierRequired);
        if (hasPension && BasicPensionNumber.Parse(a.PensionNumber).Error is { } pe)
            issues.Error("applicant.pensionNumber", pe);
        if (hasMyNumber && Identifiers.MyNumber.Parse(a.MyNumber).Error is { } me)
            issues.Error("applicant.myNumber", me);

        if (issues.Required("applicant.postalCode", a.PostalCode) && !PostalCode.IsValid(a.PostalCode))
            issues.Error("applicant.postalCode", IssueCodes.Format, ApplicationMessageKeys.PostalCodeFormat);
        Fields.Name(a.Address, "applicant.address", issues, 200);
    }
}

/// <summary>Japanese postal codes (郵便番号).</summary>
public static class PostalCode
{
    /// <summary>True for 7 digits, optionally <c>123-4567</c>; full-width characters accepted.</summary>
    public static bool IsValid(string? input)
    {
        var text = IdentifierText.Normalize(input);
        if (text.Length == 8 && text[3] == '-') text = text.Remove(3, 1);
        return text.Length == 7 && text.All(char.IsAsciiDigit);
    }
}
