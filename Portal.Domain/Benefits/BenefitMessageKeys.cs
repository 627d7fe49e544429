namespace Portal.Domain.Benefits;

/// <summary>
/// Every message key the benefit simulator returns (pattern <c>Benefits.&lt;Area&gt;.&lt;Item&gt;</c>, letters only).
/// The Japanese and English texts are in <c>Portal.Web/Resources/SharedResource*.resx</c> (a test checks both languages).
/// </summary>
public static class BenefitMessageKeys
{
    // Parameters (§5.1)
    public const string ParameterFullBasicPension = "Benefits.Parameter.FullBasicPension";
    public const string ParameterFullBasicPensionOlderCohort = "Benefits.Parameter.FullBasicPensionOlderCohort";
    public const string ParameterNationalPensionPremium = "Benefits.Parameter.NationalPensionPremium";
    public const string ParameterAdditionalPremium = "Benefits.Parameter.AdditionalPremium";
    public const string ParameterAdditionalPensionPerMonth = "Benefits.Parameter.AdditionalPensionPerMonth";
    public const string ParameterEmployeesPensionPremiumRate = "Benefits.Parameter.EmployeesPensionPremiumRate";
    public const string ParameterMultiplierMonthlyPayEra = "Benefits.Parameter.MultiplierMonthlyPayEra";
    public const string ParameterMultiplierTotalRemunerationEra = "Benefits.Parameter.MultiplierTotalRemunerationEra";
    public const string ParameterSuspensionThreshold = "Benefits.Parameter.SuspensionThreshold";
    public const string ParameterDependantSpouseOrChild = "Benefits.Parameter.DependantSpouseOrChild";
    public const string ParameterDependantThirdChild = "Benefits.Parameter.DependantThirdChild";
    public const string ParameterSpouseSpecialAddition = "Benefits.Parameter.SpouseSpecialAddition";
    public const string ParameterVerify = "Benefits.Parameter.Verify";

    // Errors a user can fix
    public const string ErrorUnsupportedFiscalYear = "Benefits.Error.UnsupportedFiscalYear";
    public const string ErrorStartAgeNotAllowed = "Benefits.Error.StartAgeNotAllowed";
    public const string ErrorStartAgePassed = "Benefits.Error.StartAgePassed";
    public const string ErrorDuplicateMonth = "Benefits.Error.DuplicateMonth";
    public const string ErrorNegativeAmount = "Benefits.Error.NegativeAmount";
    public const string ErrorBirthDateAfterEvaluation = "Benefits.Error.BirthDateAfterEvaluation";
    public const string ErrorInvalidPlan = "Benefits.Error.InvalidPlan";
    public const string ErrorPeriodInPast = "Benefits.Error.PeriodInPast";
    public const string ErrorPeriodTooLate = "Benefits.Error.PeriodTooLate";
    public const string ErrorPeriodEndsBeforeStart = "Benefits.Error.PeriodEndsBeforeStart";
    public const string ErrorPeriodsOverlap = "Benefits.Error.PeriodsOverlap";
    public const string ErrorPeriodPayMissing = "Benefits.Error.PeriodPayMissing";

    // Exclusions (§5.8)
    public const string ExclusionMutualAid = "Benefits.Exclusion.MutualAid";
    public const string ExclusionDisabilitySurvivor = "Benefits.Exclusion.DisabilitySurvivor";
    public const string ExclusionAlreadyReceiving = "Benefits.Exclusion.AlreadyReceiving";
    public const string ExclusionSpecialOldAge = "Benefits.Exclusion.SpecialOldAge";
    public const string ExclusionOlderCohort = "Benefits.Exclusion.OlderCohort";
    public const string ExclusionCreditedOrAbroad = "Benefits.Exclusion.CreditedOrAbroad";
    public const string ExclusionSpecialPeriods = "Benefits.Exclusion.SpecialPeriods";

    // Why each exclusion cannot be estimated here (§5.8)
    public const string ExclusionWhyMutualAid = "Benefits.ExclusionWhy.MutualAid";
    public const string ExclusionWhyDisabilitySurvivor = "Benefits.ExclusionWhy.DisabilitySurvivor";
    public const string ExclusionWhyAlreadyReceiving = "Benefits.ExclusionWhy.AlreadyReceiving";
    public const string ExclusionWhySpecialOldAge = "Benefits.ExclusionWhy.SpecialOldAge";
    public const string ExclusionWhyOlderCohort = "Benefits.ExclusionWhy.OlderCohort";
    public const string ExclusionWhyCreditedOrAbroad = "Benefits.ExclusionWhy.CreditedOrAbroad";
    public const string ExclusionWhySpecialPeriods = "Benefits.ExclusionWhy.SpecialPeriods";

    // Remedies when short of 120 months (§5.2)
    public const string RemedyVoluntaryEnrolment = "Benefits.Remedy.VoluntaryEnrolment";
    public const string RemedyLatePayment = "Benefits.Remedy.LatePayment";

    // Assumptions shown next to every estimate
    public const string AssumptionRevaluedPay = "Benefits.Assumption.RevaluedPay";
    public const string AssumptionTransitionalAdditions = "Benefits.Assumption.TransitionalAdditions";
    public const string AssumptionEmployeesPensionOutsideAgeWindow = "Benefits.Assumption.EmployeesPensionOutsideAgeWindow";
    public const string AssumptionAnnualRounding = "Benefits.Assumption.AnnualRounding";
    public const string AssumptionMonthlyRounding = "Benefits.Assumption.MonthlyRounding";
    public const string AssumptionParameterRounding = "Benefits.Assumption.ParameterRounding";
    public const string AssumptionFiscalYearPrices = "Benefits.Assumption.FiscalYearPrices";
    public const string AssumptionPartialExemptionPaid = "Benefits.Assumption.PartialExemptionPaid";
    public const string AssumptionBonusesSpread = "Benefits.Assumption.BonusesSpread";
    public const string AssumptionCumulativeWithoutWork = "Benefits.Assumption.CumulativeWithoutWork";

    // Notes that depend on the case
    public const string NoteNotEligible = "Benefits.Note.NotEligible";
    public const string NoteEarningsRelatedNeedsEligibility = "Benefits.Note.EarningsRelatedNeedsEligibility";
    public const string NoteDeferralIncreaseCapped = "Benefits.Note.DeferralIncreaseCapped";
    public const string NoteDependantNotPaidWhileDeferred = "Benefits.Note.DependantNotPaidWhileDeferred";
    public const string NoteDependantFromSixtyFive = "Benefits.Note.DependantFromSixtyFive";
    public const string NoteDependantSuspended = "Benefits.Note.DependantSuspended";
    public const string NoteSuspensionExcludesDeferralIncrease = "Benefits.Note.SuspensionExcludesDeferralIncrease";

    // Dependants (§5.6): why one is not counted
    public const string DependantNeedsQualifyingMonths = "Benefits.Dependant.NeedsQualifyingMonths";
    public const string DependantSpouseAgeReached = "Benefits.Dependant.SpouseAgeReached";
    public const string DependantSpouseIncome = "Benefits.Dependant.SpouseIncome";
    public const string DependantSpouseOwnPension = "Benefits.Dependant.SpouseOwnPension";
    public const string DependantChildAgeReached = "Benefits.Dependant.ChildAgeReached";
    public const string DependantChildNotBorn = "Benefits.Dependant.ChildNotBorn";

    // Components of an estimate
    public const string ComponentBasicPension = "Benefits.Component.BasicPension";
    public const string ComponentAdditionalPension = "Benefits.Component.AdditionalPension";
    public const string ComponentEarningsRelated = "Benefits.Component.EarningsRelated";
    public const string ComponentInWorkSuspension = "Benefits.Component.InWorkSuspension";
    public const string ComponentDependantAddition = "Benefits.Component.DependantAddition";

    // Formula lines
    public const string FormulaQualifyingMonths = "Benefits.Formula.QualifyingMonths";
    public const string FormulaWeightedMonths = "Benefits.Formula.WeightedMonths";
    public const string FormulaBasicPension = "Benefits.Formula.BasicPension";
    public const string FormulaAdditionalPension = "Benefits.Formula.AdditionalPension";
    public const string FormulaEarningsMonthlyPayEra = "Benefits.Formula.EarningsMonthlyPayEra";
    public const string FormulaEarningsTotalRemunerationEra = "Benefits.Formula.EarningsTotalRemunerationEra";
    public const string FormulaEarningsRelated = "Benefits.Formula.EarningsRelated";
    public const string FormulaClaimFactor = "Benefits.Formula.ClaimFactor";
    public const string FormulaFactorApplied = "Benefits.Formula.FactorApplied";
    public const string FormulaBasicMonthlyAmount = "Benefits.Formula.BasicMonthlyAmount";
    public const string FormulaTotalRemuneration = "Benefits.Formula.TotalRemuneration";
    public const string FormulaInWorkSuspension = "Benefits.Formula.InWorkSuspension";
    public const string FormulaDependantQualifyingMonths = "Benefits.Formula.DependantQualifyingMonths";
    public const string FormulaSpouseAddition = "Benefits.Formula.SpouseAddition";
    public const string FormulaChildAddition = "Benefits.Formula.ChildAddition";
    public const string FormulaDependantAddition = "Benefits.Formula.DependantAddition";
    public const string FormulaTotal = "Benefits.Formula.Total";
    public const string FormulaMonthly = "Benefits.Formula.Monthly";
}
