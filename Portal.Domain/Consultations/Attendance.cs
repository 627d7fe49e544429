using Portal.Domain.Common;

namespace Portal.Domain.Consultations;

/// <summary>Who comes to the consultation.</summary>
public enum AttendeeKind
{
    /// <summary>本人</summary>
    Self = 1,
    /// <summary>代理人 (with a 委任状, or family in the DOMAIN.md §1 cases)</summary>
    Agent = 2,
}

/// <summary>The agent's relationship to the person the consultation is about.</summary>
public enum AgentRelationship
{
    /// <summary>配偶者</summary>
    Spouse = 1,
    /// <summary>父母</summary>
    Parent = 2,
    /// <summary>子</summary>
    Child = 3,
    /// <summary>兄弟姉妹</summary>
    Sibling = 4,
    /// <summary>祖父母・孫</summary>
    GrandparentOrGrandchild = 5,
    /// <summary>その他の親族（3親等内）</summary>
    OtherRelative = 6,
    /// <summary>親族以外（知人、社労士、ケアマネジャー等）</summary>
    NotFamily = 7,
}

/// <summary>Why the person cannot come (DOMAIN.md §1: the family cases where no 委任状 is needed).</summary>
public enum CannotAttendReason
{
    /// <summary>No such reason given.</summary>
    None = 0,
    /// <summary>障害: proof is the 障害者手帳.</summary>
    Disability = 1,
    /// <summary>介護: proof is the 要介護認定通知書.</summary>
    NursingCare = 2,
    /// <summary>施設入所: proof is the facility's certificate.</summary>
    Facility = 3,
}

/// <summary>
/// Who attends and why (来所者): the person themselves, or an agent who gives their own name, phone and relationship.
/// An agent needs a 委任状 unless they are family and the person cannot come for disability, care or a facility stay
/// (DOMAIN.md §1); family then bring the proof instead. Agents always bring their own ID.
/// </summary>
public sealed record Attendance
{
    private Attendance() { }

    public AttendeeKind Kind { get; private init; }
    public string? AgentName { get; private init; }
    public string? AgentPhone { get; private init; }
    public AgentRelationship? Relationship { get; private init; }
    public CannotAttendReason Reason { get; private init; }
    /// <summary>Name of the person the consultation is about, when an agent books.</summary>
    public string? PrincipalName { get; private init; }
    public DateOnly? PrincipalBirthDate { get; private init; }

    /// <summary>The person comes themselves.</summary>
    public static Attendance Self { get; } = new() { Kind = AttendeeKind.Self };

    /// <summary>Spouse and relatives; <see cref="AgentRelationship.NotFamily"/> is not.</summary>
    public static bool IsFamily(AgentRelationship relationship) => relationship != AgentRelationship.NotFamily;

    /// <summary>True when the agent must bring a 委任状 (power of attorney).</summary>
    public bool NeedsPowerOfAttorney =>
        Kind == AttendeeKind.Agent && !(Relationship is { } r && IsFamily(r) && Reason != CannotAttendReason.None);

    /// <summary>What the confirmation tells the attendee to bring, as message keys.</summary>
    public IReadOnlyList<string> WhatToBring()
    {
        if (Kind == AttendeeKind.Self) return ["Consultations.Bring.OwnId", "Consultations.Bring.PensionBook"];
        var list = new List<string> { "Consultations.Bring.AgentId", "Consultations.Bring.PensionBook" };
        if (NeedsPowerOfAttorney) list.Add("Consultations.Bring.PowerOfAttorney");
        else list.Add(Reason switch
        {
            CannotAttendReason.Disability => "Consultations.Bring.DisabilityCertificate",
            CannotAttendReason.NursingCare => "Consultations.Bring.CareCertificate",
            _ => "Consultations.Bring.FacilityCertificate",
        });
        return list;
    }

    /// <summary>An agent books for someone else. Errors: <c>agent_name</c>, <c>agent_phone</c>, <c>principal_name</c>, <c>principal_birth</c>.</summary>
    public static ParseResult<Attendance> Agent(string? agentName, string? agentPhone, AgentRelationship relationship,
        CannotAttendReason reason, string? principalName, DateOnly? principalBirthDate)
    {
        var name = agentName?.Trim() ?? "";
        var phone = new string((agentPhone ?? "").Where(c => char.IsAsciiDigit(c)).ToArray());
        var principal = principalName?.Trim() ?? "";
        if (name.Length is 0 or > 100)
            return ParseResult<Attendance>.Fail("agent_name", "Consultations.Agent.NameRequired");
        if (phone.Length is < 10 or > 11)
            return ParseResult<Attendance>.Fail("agent_phone", "Consultations.Agent.PhoneInvalid");
        if (principal.Length is 0 or > 100)
            return ParseResult<Attendance>.Fail("principal_name", "Consultations.Agent.PrincipalNameRequired");
        if (principalBirthDate is null)
            return ParseResult<Attendance>.Fail("principal_birth", "Consultations.Agent.PrincipalBirthDateRequired");
        return ParseResult<Attendance>.Ok(new Attendance
        {
            Kind = AttendeeKind.Agent,
            AgentName = name,
            AgentPhone = phone,
            Relationship = relationship,
            Reason = reason,
            PrincipalName = principal,
            PrincipalBirthDate = principalBirthDate,
        });
    }

    /// <summary>Rebuilds a stored attendance (no validation).</summary>
    public static Attendance Restore(AttendeeKind kind, string? agentName, string? agentPhone, AgentRelationship? relationship,
        CannotAttendReason reason, string? principalName, DateOnly? principalBirthDate) => new()
    {
        Kind = kind, AgentName = agentName, AgentPhone = agentPhone, Relationship = relationship, Reason = reason,
        PrincipalName = principalName, PrincipalBirthDate = principalBirthDate,
    };
}

/// <summary>
/// Who phoned to book (電話での予約者): a name and a number to call back (10–11 digits, separators dropped), the same
/// checks as an agent's details. Errors: <c>caller_name</c>, <c>caller_phone</c>.
/// </summary>
public sealed record PhoneCaller
{
    private PhoneCaller(string name, string phone) { Name = name; Phone = phone; }

    public string Name { get; }
    public string Phone { get; }

    public static readonly RuleError NameRequired = new("caller_name", "Consultations.Phone.NameRequired");
    public static readonly RuleError PhoneInvalid = new("caller_phone", "Consultations.Phone.PhoneInvalid");

    /// <summary>The caller, or the first error (name before number).</summary>
    public static ParseResult<PhoneCaller> Parse(string? name, string? phone)
    {
        if (Check(name, phone) is [var first, ..]) return ParseResult<PhoneCaller>.Fail(first.Code, first.MessageKey);
        return ParseResult<PhoneCaller>.Ok(new PhoneCaller(name!.Trim(), Digits(phone)));
    }

    /// <summary>Every error of the caller's details at once (a form shows each next to its field).</summary>
    public static IReadOnlyList<RuleError> Check(string? name, string? phone)
    {
        var errors = new List<RuleError>();
        if ((name?.Trim() ?? "").Length is 0 or > 100) errors.Add(NameRequired);
        var other = (phone ?? "").Any(c => !char.IsAsciiDigit(c) && c is not ('-' or ' ' or '(' or ')' or '+'));
        if (other || Digits(phone).Length is < 10 or > 11) errors.Add(PhoneInvalid);
        return errors;
    }

    private static string Digits(string? phone) => new((phone ?? "").Where(char.IsAsciiDigit).ToArray());
}
