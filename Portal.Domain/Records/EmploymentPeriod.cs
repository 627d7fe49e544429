namespace Portal.Domain.Records;

/// <summary>
/// A period of employees' pension (厚生年金) membership. Months count from the acquisition month
/// to the month before the loss date's month (DOMAIN.md §4.2).
/// </summary>
public sealed class EmploymentPeriod
{
    private EmploymentPeriod() { EmployerName = EstablishmentSymbol = ""; }

    public EmploymentPeriod(Guid id, Guid personId, string employerName, string establishmentSymbol,
        DateOnly acquiredOn, DateOnly? lostOn, Guid? establishmentId = null)
    {
        if (lostOn is { } l && l <= acquiredOn)
            throw new ArgumentException("The loss date must come after the acquisition date.", nameof(lostOn));
        Id = id;
        PersonId = personId;
        EmployerName = employerName;
        EstablishmentSymbol = establishmentSymbol;
        AcquiredOn = acquiredOn;
        LostOn = lostOn;
        EstablishmentId = establishmentId;
    }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    /// <summary>The establishment in the portal, when it is one of ours (current employers).</summary>
    public Guid? EstablishmentId { get; private set; }
    public string EmployerName { get; private set; }
    /// <summary>事業所整理記号</summary>
    public string EstablishmentSymbol { get; private set; }
    /// <summary>資格取得日</summary>
    public DateOnly AcquiredOn { get; private set; }
    /// <summary>資格喪失日 (the day after leaving); null while employed.</summary>
    public DateOnly? LostOn { get; private set; }

    public List<BonusPayment> Bonuses { get; private set; } = [];
}

/// <summary>A bonus with its standard bonus amount (標準賞与額), recorded from April 2003.</summary>
public sealed class BonusPayment
{
    private BonusPayment() { }

    public BonusPayment(Guid employmentPeriodId, DateOnly paidOn, long standardBonus)
    {
        EmploymentPeriodId = employmentPeriodId;
        PaidOn = paidOn;
        StandardBonus = standardBonus;
    }

    public long Id { get; private set; }
    public Guid EmploymentPeriodId { get; private set; }
    public DateOnly PaidOn { get; private set; }
    public long StandardBonus { get; private set; }
}
