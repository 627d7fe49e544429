namespace Portal.Domain.Audit;

/// <summary>How an audited attempt ended.</summary>
public enum AuditOutcome
{
    Succeeded = 1,
    Failed = 2,
    Refused = 3,
}

/// <summary>
/// What happened, by whom, to what. Never personal data: the actor is an opaque account id, the subject an object
/// type and id (<c>submission:3f2a…</c>), the detail a short code such as a form kind or a new state.
/// </summary>
public sealed record AuditEvent(string Action, AuditOutcome Outcome, string? ActorId, string? Subject = null, string? Detail = null);

/// <summary>
/// One link of the append-only audit chain. <see cref="Hash"/> is the SHA-256 of the previous entry's hash and this
/// entry's canonical content (<see cref="AuditChain"/>), so editing, inserting or removing an entry breaks every later link.
/// </summary>
public sealed class AuditEntry
{
    public long Sequence { get; init; }
    public DateTimeOffset At { get; init; }
    public string Action { get; init; } = "";
    public AuditOutcome Outcome { get; init; }
    public string? ActorId { get; init; }
    public string? Subject { get; init; }
    public string? Detail { get; init; }
    public string PreviousHash { get; init; } = AuditChain.GenesisHash;
    public string Hash { get; init; } = "";
}
