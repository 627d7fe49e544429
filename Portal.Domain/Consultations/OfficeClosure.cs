namespace Portal.Domain.Consultations;

/// <summary>A date an office is closed besides national holidays (臨時閉庁, 会場閉鎖): no slots that day.</summary>
public sealed class OfficeClosure
{
    private OfficeClosure() { Reason = ""; }

    public OfficeClosure(Guid id, Guid officeId, DateOnly date, string reason, DateTimeOffset createdAt)
    {
        Id = id;
        OfficeId = officeId;
        Date = date;
        Reason = reason.Trim();
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid OfficeId { get; private set; }
    public DateOnly Date { get; private set; }
    /// <summary>Staff's note (not shown to citizens).</summary>
    public string Reason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
