using Portal.Domain.Records;

namespace Portal.Domain.Benefits;

/// <summary>
/// A case the simulator cannot estimate (試算対象外): a stable <paramref name="Code"/> (DOMAIN.md §5.8) and the
/// <paramref name="MessageKey"/> of the plain reason shown with the consultation booking link. The simulator returns
/// exclusions instead of any amount, never a wrong number.
/// </summary>
public sealed record Exclusion(string Code, string MessageKey);

/// <summary>The exclusion rules of DOMAIN.md §5.8, in the order they are shown.</summary>
public static class ExclusionRules
{
    /// <summary>Any mutual-aid (共済) period.</summary>
    public const string MutualAid = "MUTUAL_AID";
    /// <summary>Disability or survivors' benefit, claimed or paid.</summary>
    public const string DisabilitySurvivor = "DISABILITY_SURVIVOR";
    /// <summary>Any public pension in payment.</summary>
    public const string AlreadyReceiving = "ALREADY_RECEIVING";
    /// <summary>Under 65 in a cohort with the special old-age employees' pension (特別支給の老齢厚生年金).</summary>
    public const string SpecialOldAge = "SPECIAL_OLD_AGE";
    /// <summary>Born before 1946-04-02.</summary>
    public const string Pre1946 = "PRE_1946";
    /// <summary>Credited periods (合算対象期間) or periods under social-security agreements.</summary>
    public const string CreditedOrAbroad = "CREDITED_OR_ABROAD";
    /// <summary>Seafarer or miner periods, employees'-pension-fund membership, divorce pension split.</summary>
    public const string SpecialPeriods = "SPECIAL_PERIODS";

    /// <summary>Every exclusion code in the order they are shown, with the message key of its reason and of why it cannot be estimated.</summary>
    public static IReadOnlyList<(string Code, string ReasonKey, string WhyKey)> All { get; } =
    [
        (MutualAid, BenefitMessageKeys.ExclusionMutualAid, BenefitMessageKeys.ExclusionWhyMutualAid),
        (DisabilitySurvivor, BenefitMessageKeys.ExclusionDisabilitySurvivor, BenefitMessageKeys.ExclusionWhyDisabilitySurvivor),
        (AlreadyReceiving, BenefitMessageKeys.ExclusionAlreadyReceiving, BenefitMessageKeys.ExclusionWhyAlreadyReceiving),
        (SpecialOldAge, BenefitMessageKeys.ExclusionSpecialOldAge, BenefitMessageKeys.ExclusionWhySpecialOldAge),
        (Pre1946, BenefitMessageKeys.ExclusionOlderCohort, BenefitMessageKeys.ExclusionWhyOlderCohort),
        (CreditedOrAbroad, BenefitMessageKeys.ExclusionCreditedOrAbroad, BenefitMessageKeys.ExclusionWhyCreditedOrAbroad),
        (SpecialPeriods, BenefitMessageKeys.ExclusionSpecialPeriods, BenefitMessageKeys.ExclusionWhySpecialPeriods),
    ];

    /// <summary>The exclusion of <paramref name="code"/> (case-insensitive), or null for an unknown code.</summary>
    public static Exclusion? ForCode(string? code)
    {
        foreach (var (c, reason, _) in All)
            if (string.Equals(c, code?.Trim(), StringComparison.OrdinalIgnoreCase)) return new Exclusion(c, reason);
        return null;
    }

    /// <summary>The message key that explains why <paramref name="code"/> cannot be estimated here.</summary>
    public static string? WhyKeyFor(string code)
    {
        foreach (var (c, _, why) in All)
            if (c == code) return why;
        return null;
    }

    /// <summary>Every exclusion that applies to the person on <paramref name="evaluationDate"/>; empty when an estimate can be made.</summary>
    public static IReadOnlyList<Exclusion> Evaluate(DateOnly birthDate, Sex sex, ExclusionFlags flags, DateOnly evaluationDate)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var found = new List<Exclusion>();
        if (flags.MutualAidPeriod) found.Add(new(MutualAid, BenefitMessageKeys.ExclusionMutualAid));
        if (flags.DisabilityOrSurvivorBenefit) found.Add(new(DisabilitySurvivor, BenefitMessageKeys.ExclusionDisabilitySurvivor));
        if (flags.AlreadyReceivingPension) found.Add(new(AlreadyReceiving, BenefitMessageKeys.ExclusionAlreadyReceiving));
        if (IsSpecialOldAgeCase(birthDate, sex, evaluationDate)) found.Add(new(SpecialOldAge, BenefitMessageKeys.ExclusionSpecialOldAge));
        if (birthDate < BenefitDates.EarningsRelatedCohortStart) found.Add(new(Pre1946, BenefitMessageKeys.ExclusionOlderCohort));
        if (flags.CreditedOrAbroadPeriods) found.Add(new(CreditedOrAbroad, BenefitMessageKeys.ExclusionCreditedOrAbroad));
        if (flags.SpecialPeriods) found.Add(new(SpecialPeriods, BenefitMessageKeys.ExclusionSpecialPeriods));
        return found;
    }

    /// <summary>
    /// Under 65 on <paramref name="evaluationDate"/> and a man born on/before 1961-04-01 or a woman born on/before 1966-04-01.
    /// </summary>
    public static bool IsSpecialOldAgeCase(DateOnly birthDate, Sex sex, DateOnly evaluationDate)
    {
        var lastBirthDate = sex == Sex.Male ? BenefitDates.SpecialOldAgeLastBirthDateMen : BenefitDates.SpecialOldAgeLastBirthDateWomen;
        return birthDate <= lastBirthDate && BenefitDates.AgeOn(birthDate, evaluationDate) < 65;
    }
}
