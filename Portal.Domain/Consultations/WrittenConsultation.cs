using Portal.Domain.Common;

namespace Portal.Domain.Consultations;

/// <summary>Who may consult in writing (文書相談, DOMAIN.md §8); self-declared.</summary>
public enum WrittenEligibility
{
    /// <summary>海外在住</summary>
    Overseas = 1,
    /// <summary>障害のある方</summary>
    Disability = 2,
    /// <summary>離島在住</summary>
    RemoteIsland = 3,
}

/// <summary>
/// A written consultation (文書相談): a message thread between a citizen and one office, for people who cannot come to a
/// counter (overseas, disability, remote islands). The citizen opens it; both sides write; staff of that office answer.
/// </summary>
public sealed class WrittenConsultation
{
    public const int MaxSubjectLength = 100;
    public const int MaxBodyLength = 4000;

    public static readonly RuleError SubjectRequired = new("subject", "Consultations.Written.SubjectRequired");
    public static readonly RuleError BodyRequired = new("body", "Consultations.Written.BodyRequired");

    private readonly List<WrittenMessage> _messages = [];

    private WrittenConsultation() { CitizenUserId = Subject = ""; }

    public Guid Id { get; private set; }
    public Guid OfficeId { get; private set; }
    public string CitizenUserId { get; private set; }
    public WrittenEligibility Eligibility { get; private set; }
    public ConsultationTopic Topic { get; private set; }
    public string Subject { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>True when the last message is the citizen's (the office owes an answer).</summary>
    public bool AwaitingOffice { get; private set; }
    public IReadOnlyList<WrittenMessage> Messages => _messages.AsReadOnly();

    /// <summary>Opens a thread with the first message. Errors: <c>subject</c>, <c>body</c>.</summary>
    public static ParseResult<WrittenConsultation> Start(Guid id, Guid officeId, string citizenUserId, WrittenEligibility eligibility,
        ConsultationTopic topic, string? subject, string? body, DateTimeOffset now)
    {
        var s = subject?.Trim() ?? "";
        if (s.Length is 0 or > MaxSubjectLength) return ParseResult<WrittenConsultation>.Fail(SubjectRequired);
        var consultation = new WrittenConsultation
        {
            Id = id, OfficeId = officeId, CitizenUserId = citizenUserId, Eligibility = eligibility, Topic = topic,
            Subject = s, CreatedAt = now, UpdatedAt = now,
        };
        if (consultation.Write(false, citizenUserId, body, now) is { } error) return ParseResult<WrittenConsultation>.Fail(error);
        return ParseResult<WrittenConsultation>.Ok(consultation);
    }

    /// <summary>Adds a message from the citizen or from staff. Error: <c>body</c>.</summary>
    public RuleError? Write(bool fromStaff, string authorUserId, string? body, DateTimeOffset now)
    {
        var text = body?.Trim() ?? "";
        if (text.Length is 0 or > MaxBodyLength) return BodyRequired;
        _messages.Add(new WrittenMessage(Id, fromStaff, authorUserId, text, now));
        UpdatedAt = now;
        AwaitingOffice = !fromStaff;
        return null;
    }

    /// <summary><c>Consultations.Written.Eligibility.Overseas</c> etc.</summary>
    public static string EligibilityMessageKey(WrittenEligibility e) => e switch
    {
        WrittenEligibility.Overseas => "Consultations.Written.Eligibility.Overseas",
        WrittenEligibility.Disability => "Consultations.Written.Eligibility.Disability",
        _ => "Consultations.Written.Eligibility.RemoteIsland",
    };
}

/// <summary>One message of a written consultation.</summary>
public sealed class WrittenMessage
{
    private WrittenMessage() { AuthorUserId = Body = ""; }

    public WrittenMessage(Guid consultationId, bool fromStaff, string authorUserId, string body, DateTimeOffset sentAt)
    {
        ConsultationId = consultationId;
        FromStaff = fromStaff;
        AuthorUserId = authorUserId;
        Body = body;
        SentAt = sentAt;
    }

    public long Id { get; private set; }
    public Guid ConsultationId { get; private set; }
    public bool FromStaff { get; private set; }
    public string AuthorUserId { get; private set; }
    public string Body { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
}
