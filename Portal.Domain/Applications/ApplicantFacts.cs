using Portal.Domain.Common;
using Portal.Domain.Records;

namespace Portal.Domain.Applications;

/// <summary>
/// One of the person's submissions that blocks a duplicate (open, or completed with an approval): its duplicate-rule
/// <paramref name="BusinessKey"/> (<c>Submission.ActiveBusinessKey</c>) and the <paramref name="Reference"/> the duplicate
/// message shows as <c>{0}</c>, normally its receipt number (the UI builds the link to the existing submission).
/// </summary>
public sealed record ActiveSubmission(string BusinessKey, string Reference);

/// <summary>
/// What the portal already knows about the signed-in person (申請者の既知情報), passed into every form's rules.
/// The rules never look anything up themselves.
/// </summary>
/// <param name="PersonId">The insured person's id (used in business keys).</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="Category">The current insured category (the slice covering today).</param>
/// <param name="IsVoluntaryMember">
/// True while the person is a voluntary member (任意加入 or 特例任意加入). <see cref="Category"/> values
/// <see cref="InsuredCategory.Voluntary"/> and <see cref="InsuredCategory.SpecialVoluntary"/> count as voluntary too.
/// </param>
/// <param name="ExemptOrDeferredMonths">Months with an approved exemption or deferral in force (any type: statutory, full…quarter, deferral, student, maternity, childcare).</param>
/// <param name="AdditionalPremiumActive">True while 付加保険料 is being paid.</param>
/// <param name="NationalPensionFundMember">True while a member of 国民年金基金 (NPF).</param>
/// <param name="ActiveSubmissions">The person's submissions that block a duplicate (open, or approved).</param>
public sealed record ApplicantFacts(
    Guid PersonId,
    DateOnly BirthDate,
    InsuredCategory Category,
    bool IsVoluntaryMember,
    IReadOnlySet<YearMonth> ExemptOrDeferredMonths,
    bool AdditionalPremiumActive,
    bool NationalPensionFundMember,
    IReadOnlyList<ActiveSubmission> ActiveSubmissions)
{
    /// <summary>Voluntary by flag or by category (任意加入・特例任意加入).</summary>
    public bool IsVoluntary =>
        IsVoluntaryMember || Category is InsuredCategory.Voluntary or InsuredCategory.SpecialVoluntary;

    /// <summary>True when an exemption or deferral is in force for <paramref name="month"/>.</summary>
    public bool IsExemptOrDeferred(YearMonth month) => ExemptOrDeferredMonths.Contains(month);

    /// <summary>The blocking submission with this business key (ordinal), or null.</summary>
    public ActiveSubmission? FindActive(string businessKey) =>
        ActiveSubmissions.FirstOrDefault(s => string.Equals(s.BusinessKey, businessKey, StringComparison.Ordinal));

    /// <summary>
    /// Age on <paramref name="date"/> in the legal sense (年齢計算ニ関スル法律): an age is reached on the day before the
    /// birthday, as <c>InsuredPerson.AgeOn</c> counts it.
    /// </summary>
    public int AgeOn(DateOnly date) => Ages.On(BirthDate, date);
}

/// <summary>Legal age arithmetic: an age is reached on the day before the birthday.</summary>
public static class Ages
{
    /// <summary>Age on <paramref name="date"/> for someone born on <paramref name="birthDate"/>.</summary>
    public static int On(DateOnly birthDate, DateOnly date)
    {
        var dayBefore = birthDate.AddDays(-1);
        var age = date.Year - dayBefore.Year;
        if (date < dayBefore.AddYears(age)) age--;
        return age;
    }

    /// <summary>The day <paramref name="age"/> is reached: the day before that birthday.</summary>
    public static DateOnly Reached(DateOnly birthDate, int age) => birthDate.AddYears(age).AddDays(-1);
}
