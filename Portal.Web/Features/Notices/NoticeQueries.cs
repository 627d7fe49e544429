using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Domain.Notices;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Submissions;
using Portal.Web.Features.Operations;

namespace Portal.Web.Features.Notices;

/// <summary>The inbox: a user's own notices, the unread count, opening one.</summary>
public sealed class NoticeQueries(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, AccessRefusals refusals)
{
    /// <summary>Raised after a notice is opened, so the unread count in the layout refreshes.</summary>
    public event Action? Changed;

    /// <summary>The user's notices, newest first.</summary>
    public async Task<IReadOnlyList<Notice>> ListAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var notices = await db.Notices.AsNoTracking().Where(n => n.RecipientUserId == userId).ToListAsync(ct);
        return notices.OrderByDescending(n => n.CreatedAt).ToList();
    }

    /// <summary>How many of the user's notices are unread.</summary>
    public async Task<int> UnreadCountAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Notices.CountAsync(n => n.RecipientUserId == userId && n.ReadAt == null, ct);
    }

    /// <summary>Opens one of the user's notices (marking it read); null when it is not theirs (the refusal is audited).</summary>
    public async Task<Notice?> OpenAsync(string userId, Guid id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var notice = await db.Notices.FirstOrDefaultAsync(n => n.Id == id && n.RecipientUserId == userId, ct);
        if (notice is null)
        {
            await refusals.RefuseAsync(userId, AccessRefusals.Subjects.Notice, id, ct);
            return null;
        }
        if (notice.IsUnread)
        {
            notice.MarkRead(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            Changed?.Invoke();
        }
        return notice;
    }

    /// <summary>The subject in the current language (arguments that name a resource key are translated).</summary>
    public static string Subject(Notice notice, IStringLocalizer localizer) =>
        string.Format(localizer[notice.SubjectKey], notice.Args
            .Select(a => a.StartsWith(NoticeLinks.KeyPrefix, StringComparison.Ordinal) ? (object)localizer[a[NoticeLinks.KeyPrefix.Length..]].Value : a)
            .ToArray());

    /// <summary>The signed-in user's id.</summary>
    public static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
