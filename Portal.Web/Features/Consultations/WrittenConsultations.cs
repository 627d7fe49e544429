using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.Consultations;
using Portal.Domain.Notices;
using Portal.Infrastructure.Consultations;
using Portal.Infrastructure.Persistence;
using Portal.Web.Features.Operations;

namespace Portal.Web.Features.Consultations;

/// <summary>
/// Written consultation (文書相談) threads. A citizen sees only their own threads; staff only their office's. A staff reply
/// writes the citizen's inbox notice in the same save. In read-only mode (a kill switch) the citizen can neither start a
/// thread nor write in one; staff replies go on, as other staff actions do.
/// </summary>
public sealed class WrittenConsultations(IDbContextFactory<PortalDbContext> contexts, BookingStore store, AccessRefusals refusals,
    AuthenticationStateProvider authentication, Portal.Domain.Operations.IWriteGate gate)
{
    public static string Link(Guid id) => $"/consultations/written/{id:D}";

    public async Task<IReadOnlyList<WrittenConsultation>> ForCitizenAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var list = await db.WrittenConsultations.AsNoTracking().Where(w => w.CitizenUserId == userId).ToListAsync(ct);
        return list.OrderByDescending(w => w.UpdatedAt).ToList();
    }

    public async Task<IReadOnlyList<WrittenConsultation>> ForOfficeAsync(Guid officeId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var list = await db.WrittenConsultations.AsNoTracking().Where(w => w.OfficeId == officeId).ToListAsync(ct);
        return list.OrderByDescending(w => w.AwaitingOffice).ThenByDescending(w => w.UpdatedAt).ToList();
    }

    /// <summary>
    /// One thread with its messages, when the citizen owns it (<paramref name="citizenUserId"/>) or it is the office's;
    /// otherwise null, and the refusal is audited against the signed-in account.
    /// </summary>
    public async Task<WrittenConsultation?> OneAsync(Guid id, string? citizenUserId, Guid? officeId, CancellationToken ct = default)
    {
        WrittenConsultation? thread;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            thread = await db.WrittenConsultations.AsNoTracking().Include(w => w.Messages)
                .SingleOrDefaultAsync(w => w.Id == id && (citizenUserId != null ? w.CitizenUserId == citizenUserId : w.OfficeId == officeId), ct);
        if (thread is null)
            await refusals.RefuseAsync(authentication, AccessRefusals.Subjects.WrittenConsultation, id, ct);
        return thread;
    }

    public async Task<ParseResult<WrittenConsultation>> StartAsync(string userId, Guid officeId, WrittenEligibility eligibility,
        ConsultationTopic topic, string? subject, string? body, CancellationToken ct = default)
    {
        if (await gate.RefusalAsync(null, ct) is { } refused) return ParseResult<WrittenConsultation>.Fail(refused);
        var result = WrittenConsultation.Start(Guid.NewGuid(), officeId, userId, eligibility, topic, subject, body, store.Now);
        if (!result.IsValid) return result;
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.WrittenConsultations.Add(result.Value);
        await db.SaveChangesAsync(ct);
        return result;
    }

    /// <summary>Adds a message. Staff (<paramref name="officeId"/> set) may answer only their office's threads; the citizen gets a notice.</summary>
    public async Task<RuleError?> WriteAsync(Guid id, string authorUserId, string? citizenUserId, Guid? officeId, string? body, CancellationToken ct = default)
    {
        if (citizenUserId is not null && await gate.RefusalAsync(null, ct) is { } refused) return refused;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var thread = await db.WrittenConsultations.Include(w => w.Messages)
            .SingleOrDefaultAsync(w => w.Id == id && (citizenUserId != null ? w.CitizenUserId == citizenUserId : w.OfficeId == officeId), ct);
        if (thread is null) return new RuleError("not_found", "Consultations.Written.NotFound");
        var now = store.Now;
        var fromStaff = citizenUserId is null;
        if (thread.Write(fromStaff, authorUserId, body, now) is { } error) return error;
        if (fromStaff)
        {
            var office = await db.Offices.Where(o => o.Id == thread.OfficeId).Select(o => o.Name).SingleAsync(ct);
            db.Notices.Add(new Notice(Guid.NewGuid(), thread.CitizenUserId, NoticeKind.Booking, BookingNotices.WrittenReply,
                [thread.Subject, office], now, link: Link(thread.Id)));
        }
        await db.SaveChangesAsync(ct);
        return null;
    }
}
