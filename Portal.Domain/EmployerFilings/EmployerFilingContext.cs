namespace Portal.Domain.EmployerFilings;

/// <summary>The establishment facts the rules need.</summary>
/// <param name="OfficeSymbol">事業所整理記号 the filing must carry.</param>
/// <param name="EstablishmentNumber">事業所番号 the filing must carry.</param>
/// <param name="ShortTimeWorkersCovered">特定適用事業所: short-time workers are insured here (otherwise a short-time flag is suspicious).</param>
public sealed record EstablishmentFacts(string OfficeSymbol, string EstablishmentNumber, bool ShortTimeWorkersCovered = true)
{
    /// <summary>The facts of a stored establishment.</summary>
    public static EstablishmentFacts From(Establishment establishment, bool shortTimeWorkersCovered = true) =>
        new(establishment.OfficeSymbol, establishment.EstablishmentNumber, shortTimeWorkersCovered);

    /// <summary>
    /// True when a filing's 事業所整理記号 and 事業所番号 are this establishment's: compared after NFKC, without hyphens or
    /// spaces (<c>１２－アイウ</c> = <c>12アイウ</c>).
    /// </summary>
    public bool Matches(string? officeSymbol, string? establishmentNumber) =>
        officeSymbol is not null && establishmentNumber is not null
        && FilingValidation.SameCode(officeSymbol, OfficeSymbol) && FilingValidation.SameCode(establishmentNumber, EstablishmentNumber);
}

/// <summary>What the rules check against: today's date in Japan and, when known, the establishment.</summary>
/// <param name="Today">Today in Japan (<see cref="Common.JapanTime"/>); deadlines and future dates are judged on it.</param>
/// <param name="Establishment">The establishment filing, or null when unknown (the reference is then not compared).</param>
/// <param name="ReportYear">算定基礎届: the report year; null → the filing's year, else <see cref="DefaultReportYear"/>.</param>
public sealed record EmployerFilingContext(DateOnly Today, EstablishmentFacts? Establishment = null, int? ReportYear = null)
{
    /// <summary>The report year when none is given: this year from June, else last year.</summary>
    public int DefaultReportYear => Today.Month >= 6 ? Today.Year : Today.Year - 1;

    /// <summary>The report year in effect.</summary>
    public int EffectiveReportYear => ReportYear ?? DefaultReportYear;
}
