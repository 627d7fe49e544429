using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.Consultations;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Consultations;

/// <summary>A waiting visitor with their place and estimated wait.</summary>
public sealed record QueuedVisitor(WalkInTicket Ticket, int Ahead, TimeSpan EstimatedWait);

/// <summary>The day's walk-in queue of an office for the staff screen.</summary>
public sealed record WalkInQueueView(DateOnly Date, IReadOnlyList<QueuedVisitor> Waiting, IReadOnlyList<WalkInTicket> AtBooths,
    int BoothsFreeNow, int InPersonBooths, TimeSpan AverageService);

/// <summary>Walk-ins (飛び込み来所): register a visitor, see the queue with estimated waits, call the next visitor.</summary>
public sealed class WalkInStore(IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Issues the next ticket number of the day (retries if another desk took the same number at once).</summary>
    public async Task<QueuedVisitor> RegisterAsync(Guid officeId, ConsultationTopic topic, CancellationToken ct = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var now = clock.GetUtcNow();
            var date = JapanTime.DateOf(now);
            await using var db = await contextFactory.CreateDbContextAsync(ct);
            var last = await db.WalkInTickets.Where(t => t.OfficeId == officeId && t.Date == date)
                .MaxAsync(t => (int?)t.Number, ct) ?? 0;
            var ticket = new WalkInTicket(Guid.NewGuid(), officeId, date, last + 1, topic, now);
            db.WalkInTickets.Add(ticket);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (BookingStore.IsUniqueViolation(e) && attempt < 10)
            {
                continue;
            }
            var queue = await QueueAsync(officeId, ct);
            return queue.Waiting.Single(v => v.Ticket.Id == ticket.Id);
        }
    }

    /// <summary>The day's queue: waiting visitors in call order with estimated waits, and visitors at booths.</summary>
    public async Task<WalkInQueueView> QueueAsync(Guid officeId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var date = JapanTime.DateOf(now);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var tickets = await db.WalkInTickets.AsNoTracking().Where(t => t.OfficeId == officeId && t.Date == date).ToListAsync(ct);
        var inPerson = await db.Booths.Where(b => b.OfficeId == officeId && b.Mode == BoothMode.InPerson).Select(b => b.Id).ToListAsync(ct);
        var bookedNow = await db.Bookings.Where(b => b.OfficeId == officeId && b.Mode == BoothMode.InPerson
                && b.Status != BookingStatus.Cancelled && b.Status != BookingStatus.NoShow && b.Status != BookingStatus.Completed
                && b.StartsAt <= now && b.EndsAt > now)
            .Select(b => b.BoothId).ToListAsync(ct);
        var atBooths = tickets.Where(t => t.Status == WalkInStatus.Called).OrderBy(t => t.Number).ToList();
        var busy = bookedNow.Concat(atBooths.Select(t => t.BoothId!.Value)).ToHashSet();
        var freeNow = inPerson.Count(b => !busy.Contains(b));
        var average = WalkInQueue.AverageServiceTime(tickets);
        var waiting = WalkInQueue.Waiting(tickets)
            .Select((t, i) => new QueuedVisitor(t, i, WalkInQueue.EstimateWait(i, freeNow, inPerson.Count, average)))
            .ToList();
        return new WalkInQueueView(date, waiting, atBooths, freeNow, inPerson.Count, average);
    }

    /// <summary>Calls the lowest waiting number to <paramref name="boothId"/>. Error <c>queue_empty</c>.</summary>
    public async Task<ParseResult<WalkInTicket>> CallNextAsync(Guid officeId, Guid boothId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var date = JapanTime.DateOf(now);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var waiting = await db.WalkInTickets.Where(t => t.OfficeId == officeId && t.Date == date && t.Status == WalkInStatus.Waiting)
            .OrderBy(t => t.Number).Take(1).ToListAsync(ct);
        var result = WalkInQueue.CallNext(waiting, boothId, now);
        if (!result.IsValid) return result;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>The visitor's consultation ended.</summary>
    public Task<RuleError?> FinishAsync(Guid ticketId, CancellationToken ct = default) =>
        UpdateAsync(ticketId, (t, now) => t.Finish(now), ct);

    /// <summary>The visitor left or did not answer the call.</summary>
    public Task<RuleError?> MarkLeftAsync(Guid ticketId, CancellationToken ct = default) =>
        UpdateAsync(ticketId, (t, now) => t.MarkLeft(now), ct);

    private async Task<RuleError?> UpdateAsync(Guid ticketId, Func<WalkInTicket, DateTimeOffset, RuleError?> change, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var ticket = await db.WalkInTickets.SingleOrDefaultAsync(t => t.Id == ticketId, ct);
        if (ticket is null) return new RuleError("not_found", "Consultations.WalkIn.NotFound");
        if (change(ticket, clock.GetUtcNow()) is { } error) return error;
        await db.SaveChangesAsync(ct);
        return null;
    }
}
