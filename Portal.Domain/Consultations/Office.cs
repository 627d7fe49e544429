namespace Portal.Domain.Consultations;

/// <summary>A pension office (年金事務所) or consultation centre (街角の年金相談センター).</summary>
public sealed class Office
{
    private Office() { Code = Name = NameEn = Prefecture = City = Postcode = Address = ""; }

    public Office(Guid id, string code, string name, string nameEn, string prefecture, string city,
        string postcode, string address, bool offersVideo)
    {
        Id = id;
        Code = code;
        Name = name;
        NameEn = nameEn;
        Prefecture = prefecture;
        City = city;
        Postcode = postcode;
        Address = address;
        OffersVideo = offersVideo;
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public string NameEn { get; private set; }
    public string Prefecture { get; private set; }
    public string City { get; private set; }
    public string Postcode { get; private set; }
    public string Address { get; private set; }
    public bool OffersVideo { get; private set; }

    public List<Booth> Booths { get; private set; } = [];
    public List<OpeningHours> OpeningHours { get; private set; } = [];
}

public enum BoothMode { InPerson = 1, Video = 2 }

/// <summary>A consultation booth at an office.</summary>
public sealed class Booth
{
    private Booth() { Name = ""; }

    public Booth(Guid id, Guid officeId, string name, BoothMode mode)
    {
        Id = id;
        OfficeId = officeId;
        Name = name;
        Mode = mode;
    }

    public Guid Id { get; private set; }
    public Guid OfficeId { get; private set; }
    public string Name { get; private set; }
    public BoothMode Mode { get; private set; }
}

/// <summary>Opening hours of an office on one day of the week.</summary>
public sealed class OpeningHours
{
    private OpeningHours() { }

    public OpeningHours(Guid officeId, DayOfWeek day, TimeOnly opens, TimeOnly closes)
    {
        if (closes <= opens) throw new ArgumentException("An office must close after it opens.", nameof(closes));
        OfficeId = officeId;
        Day = day;
        Opens = opens;
        Closes = closes;
    }

    public long Id { get; private set; }
    public Guid OfficeId { get; private set; }
    public DayOfWeek Day { get; private set; }
    public TimeOnly Opens { get; private set; }
    public TimeOnly Closes { get; private set; }
}
