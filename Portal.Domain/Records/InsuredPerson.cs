using Portal.Domain.Identifiers;

namespace Portal.Domain.Records;

/// <summary>Sex as recorded on the pension record.</summary>
public enum Sex { Female = 1, Male = 2 }

/// <summary>
/// An insured person (被保険者) as the portal's read model knows them: identity and the
/// month-by-month record pushed in from the back office (see DOMAIN.md §4).
/// </summary>
public sealed class InsuredPerson
{
    private InsuredPerson() { PensionNumber = null!; FamilyName = GivenName = FamilyNameKana = GivenNameKana = ""; }

    public InsuredPerson(Guid id, BasicPensionNumber pensionNumber, string familyName, string givenName,
        string familyNameKana, string givenNameKana, DateOnly birthDate, Sex sex, string prefecture)
    {
        Id = id;
        PensionNumber = pensionNumber;
        FamilyName = familyName;
        GivenName = givenName;
        FamilyNameKana = familyNameKana;
        GivenNameKana = givenNameKana;
        BirthDate = birthDate;
        Sex = sex;
        Prefecture = prefecture;
    }

    public Guid Id { get; private set; }
    public BasicPensionNumber PensionNumber { get; private set; }
    public string FamilyName { get; private set; }
    public string GivenName { get; private set; }
    public string FamilyNameKana { get; private set; }
    public string GivenNameKana { get; private set; }
    public DateOnly BirthDate { get; private set; }
    public Sex Sex { get; private set; }
    public string Prefecture { get; private set; } = "";

    public string FullName => $"{FamilyName} {GivenName}";

    /// <summary>Age in completed years on <paramref name="date"/> (an age is reached the day before the birthday).</summary>
    public int AgeOn(DateOnly date)
    {
        var dayBefore = BirthDate.AddDays(-1);
        var age = date.Year - dayBefore.Year;
        if (date < dayBefore.AddYears(age)) age--;
        return age;
    }
}
