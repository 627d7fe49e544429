using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Configuration;
using Portal.Domain.Audit;
using Portal.Domain.Common;
using Portal.Domain.Operations;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Operations;

/// <summary>One kill switch as stored in the portal store (shared by every node). A missing row means off.</summary>
public sealed class KillSwitch
{
    public string Name { get; set; } = "";
    public bool IsOn { get; set; }
    public string Reason { get; set; } = "";
    public string? ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}

internal sealed class KillSwitchConfiguration : IEntityTypeConfiguration<KillSwitch>
{
    public void Configure(EntityTypeBuilder<KillSwitch> builder)
    {
        builder.ToTable("KillSwitches");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Reason).HasMaxLength(500);
        builder.Property(s => s.ChangedBy).HasMaxLength(450);
    }
}

/// <summary>What is switched on right now.</summary>
public sealed record KillSwitchState(IReadOnlyList<KillSwitch> Switches)
{
    public static readonly KillSwitchState None = new([]);

    /// <summary>Read-only mode is on.</summary>
    public bool ReadOnly => IsOn(KillSwitchNames.ReadOnly);

    /// <summary>This form type is switched off.</summary>
    public bool Disabled(SubmissionKind kind) => IsOn(KillSwitchNames.For(kind));

    public bool IsOn(string name) => Switches.Any(s => s.Name == name && s.IsOn);

    /// <summary>The stored row (on or off) of a switch, if it was ever set.</summary>
    public KillSwitch? Find(string name) => Switches.FirstOrDefault(s => s.Name == name);

    /// <summary>The refusal for a write of this kind (read-only first), or null.</summary>
    public RuleError? Refusal(SubmissionKind? kind) =>
        ReadOnly ? OperationsErrors.ReadOnly
        : kind is not null && Disabled(kind) ? OperationsErrors.FormDisabled
        : null;
}

/// <summary>
/// Reads and sets the kill switches. Every node reads the same rows; each caches them for a few seconds
/// (<c>Portal:Operations:SwitchCacheSeconds</c>, default 5), so a change reaches all nodes within that time and at once
/// on the node that made it. Every change is written to the audit chain.
/// </summary>
public sealed class KillSwitchStore(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IAuditTrail audit,
    IConfiguration configuration) : IWriteGate
{
    /// <summary>Configuration key of the cache time in seconds.</summary>
    public const string CacheSecondsKey = "Portal:Operations:SwitchCacheSeconds";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (KillSwitchState State, DateTimeOffset Until)? _cached;

    /// <summary>The switches, from the cache when fresh.</summary>
    public async Task<KillSwitchState> CurrentAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (_cached is { } c && c.Until > now) return c.State;
        await _gate.WaitAsync(ct);
        try
        {
            if (_cached is { } again && again.Until > now) return again.State;
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rows = await db.KillSwitches.AsNoTracking().ToListAsync(ct);
            var state = new KillSwitchState(rows.OrderBy(r => r.Name, StringComparer.Ordinal).ToList());
            var seconds = Math.Max(0, configuration.GetValue(CacheSecondsKey, 5));
            _cached = (state, now.AddSeconds(seconds));
            return state;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask<RuleError?> RefusalAsync(SubmissionKind? kind = null, CancellationToken cancellationToken = default) =>
        (await CurrentAsync(cancellationToken)).Refusal(kind);

    /// <summary>Turns a switch on or off with a reason, audited. Throws for an unknown name or an empty reason.</summary>
    public async Task SetAsync(string name, bool on, string reason, string? actorId, CancellationToken ct = default)
    {
        if (!KillSwitchNames.IsKnown(name)) throw new ArgumentException($"Unknown kill switch '{name}'.", nameof(name));
        if (string.IsNullOrWhiteSpace(reason)) throw new ArgumentException("A reason is required.", nameof(reason));
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var row = await db.KillSwitches.FirstOrDefaultAsync(s => s.Name == name, ct);
            if (row is null) db.KillSwitches.Add(row = new KillSwitch { Name = name });
            row.IsOn = on;
            row.Reason = reason.Trim().Length > 500 ? reason.Trim()[..500] : reason.Trim();
            row.ChangedBy = actorId;
            row.ChangedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }
        _cached = null;
        await audit.RecordAsync(new AuditEvent(AuditActions.KillSwitchChanged, AuditOutcome.Succeeded, actorId,
            Subject: "kill-switch:" + name, Detail: on ? "on" : "off"), ct);
    }

    /// <summary>Forgets the cached rows (tests, or after a change made on another node).</summary>
    public void Invalidate() => _cached = null;
}
