namespace Portal.Domain.Submissions;

/// <summary>Whether a submission was filed by an insured person or for an establishment.</summary>
public enum SubmissionOwnerKind
{
    /// <summary>An insured person filing for themselves.</summary>
    Citizen = 1,
    /// <summary>An employer user (or attorney) filing for an establishment.</summary>
    Employer = 2,
}

/// <summary>
/// Who filed a submission and for whom (DOMAIN §1: "each filing records attorney X for establishment Y").
/// Create with <see cref="Citizen"/> or <see cref="Employer"/>; mapped as an owned type.
/// </summary>
public sealed class SubmissionOwner
{
    private SubmissionOwner() { UserId = ""; }

    private SubmissionOwner(SubmissionOwnerKind kind, string userId, Guid? insuredPersonId, Guid? establishmentId, bool filedAsAttorney)
    {
        if (string.IsNullOrWhiteSpace(userId)) throw new ArgumentException("A user id is required.", nameof(userId));
        Kind = kind;
        UserId = userId;
        InsuredPersonId = insuredPersonId;
        EstablishmentId = establishmentId;
        FiledAsAttorney = filedAsAttorney;
    }

    /// <summary>Citizen or employer filing.</summary>
    public SubmissionOwnerKind Kind { get; private set; }
    /// <summary>The portal user who filed it (citizen, employer staff or 社労士).</summary>
    public string UserId { get; private set; }
    /// <summary>The insured person it is for (citizen filings only).</summary>
    public Guid? InsuredPersonId { get; private set; }
    /// <summary>The establishment it is for (employer filings only).</summary>
    public Guid? EstablishmentId { get; private set; }
    /// <summary>True when a labour and social-security attorney (社会保険労務士) filed it under a proxy certificate.</summary>
    public bool FiledAsAttorney { get; private set; }

    /// <summary>An insured person filing for themselves.</summary>
    public static SubmissionOwner Citizen(string userId, Guid insuredPersonId)
    {
        if (insuredPersonId == Guid.Empty) throw new ArgumentException("An insured person id is required.", nameof(insuredPersonId));
        return new(SubmissionOwnerKind.Citizen, userId, insuredPersonId, null, false);
    }

    /// <summary>An employer user filing for an establishment, as the employer or as its attorney.</summary>
    public static SubmissionOwner Employer(string userId, Guid establishmentId, bool filedAsAttorney)
    {
        if (establishmentId == Guid.Empty) throw new ArgumentException("An establishment id is required.", nameof(establishmentId));
        return new(SubmissionOwnerKind.Employer, userId, null, establishmentId, filedAsAttorney);
    }

    /// <summary>True when this kind of owner files this kind of form.</summary>
    public bool Files(SubmissionKind kind) =>
        (Kind, kind.Audience) is (SubmissionOwnerKind.Citizen, SubmissionAudience.Citizen)
            or (SubmissionOwnerKind.Employer, SubmissionAudience.Employer);
}

/// <summary>What kind of party took an action recorded in a submission's history.</summary>
public enum SubmissionActorKind
{
    /// <summary>An insured person.</summary>
    Citizen = 1,
    /// <summary>An employer user or attorney.</summary>
    Employer = 2,
    /// <summary>Counter staff (年金相談職員), e.g. keying a paper form or a withdrawal received on paper.</summary>
    Staff = 3,
    /// <summary>A back-office reviewer (審査担当) named in a decision.</summary>
    Reviewer = 4,
    /// <summary>The portal itself (relay job, timers).</summary>
    System = 5,
    /// <summary>The back office's decision feed, when no reviewer is named.</summary>
    BackOffice = 6,
}

/// <summary>Who took an action: an id (user id, staff id, or a fixed name for machines) and a kind.</summary>
public sealed record SubmissionActor
{
    /// <summary>Creates an actor. Throws when <paramref name="id"/> is blank.</summary>
    public SubmissionActor(string id, SubmissionActorKind kind)
    {
        if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("An actor id is required.", nameof(id));
        if (!Enum.IsDefined(kind)) throw new ArgumentOutOfRangeException(nameof(kind));
        Id = id;
        Kind = kind;
    }

    /// <summary>User id, staff id, or <c>system</c> / <c>back-office</c>.</summary>
    public string Id { get; }
    /// <summary>What kind of party this is.</summary>
    public SubmissionActorKind Kind { get; }

    /// <summary>The portal's own jobs (the outbox relay marks transmissions).</summary>
    public static SubmissionActor System { get; } = new("system", SubmissionActorKind.System);
    /// <summary>The back office's decision feed.</summary>
    public static SubmissionActor BackOffice { get; } = new("back-office", SubmissionActorKind.BackOffice);

    /// <summary>An insured person.</summary>
    public static SubmissionActor Citizen(string userId) => new(userId, SubmissionActorKind.Citizen);
    /// <summary>An employer user or attorney.</summary>
    public static SubmissionActor Employer(string userId) => new(userId, SubmissionActorKind.Employer);
    /// <summary>Counter staff.</summary>
    public static SubmissionActor Staff(string staffId) => new(staffId, SubmissionActorKind.Staff);
    /// <summary>A named back-office reviewer.</summary>
    public static SubmissionActor Reviewer(string reviewerId) => new(reviewerId, SubmissionActorKind.Reviewer);

    /// <summary>Resource key of the actor kind: <c>Submissions.ActorKind.&lt;Kind&gt;</c>.</summary>
    public static string MessageKey(SubmissionActorKind kind) => SubmissionMessageKeys.ActorKindPrefix + kind;
}
