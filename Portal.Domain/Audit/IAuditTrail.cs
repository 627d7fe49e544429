namespace Portal.Domain.Audit;

/// <summary>Appends to the tamper-evident audit chain. Implemented in Portal.Infrastructure (Audit/AuditTrail).</summary>
public interface IAuditTrail
{
    /// <summary>Appends one entry; returns it once it is stored.</summary>
    Task<AuditEntry> RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);
}
