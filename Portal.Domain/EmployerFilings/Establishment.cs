using Portal.Domain.Identifiers;

namespace Portal.Domain.EmployerFilings;

/// <summary>An establishment (事業所) that files employees' notifications.</summary>
public sealed class Establishment
{
    private Establishment() { Name = OfficeSymbol = EstablishmentNumber = Address = ""; }

    public Establishment(Guid id, string name, string officeSymbol, string establishmentNumber,
        CorporateNumber? corporateNumber, string address)
    {
        Id = id;
        Name = name;
        OfficeSymbol = officeSymbol;
        EstablishmentNumber = establishmentNumber;
        CorporateNumber = corporateNumber;
        Address = address;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    /// <summary>事業所整理記号, shown as <c>12-アイウ</c>.</summary>
    public string OfficeSymbol { get; private set; }
    /// <summary>事業所番号</summary>
    public string EstablishmentNumber { get; private set; }
    /// <summary>法人番号 (absent for sole proprietors).</summary>
    public CorporateNumber? CorporateNumber { get; private set; }
    public string Address { get; private set; }
}
