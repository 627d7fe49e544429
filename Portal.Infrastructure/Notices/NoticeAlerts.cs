using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Notices;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Notices;

/// <summary>
/// Tells users outside the portal (e-mail, push) that a notice is waiting. The message never carries personal data,
/// amounts or form names (DOMAIN §10): only "you have a new message".
/// </summary>
public interface INoticeAlerts
{
    /// <summary>Alerts the recipients of notices that have just been stored.</summary>
    Task NoticesCreatedAsync(IReadOnlyList<Notice> notices, CancellationToken ct = default);
}

/// <summary>
/// The development sink: instead of sending e-mail, appends the alert that would be sent to
/// <c>{data folder}/alerts/alerts.log</c> (one line per alert: time, recipient's account id, the fixed text).
/// </summary>
public sealed class FolderNoticeAlerts(IOptions<PortalStoreOptions> options, Microsoft.Extensions.Hosting.IHostEnvironment env,
    ILogger<FolderNoticeAlerts> log, TimeProvider clock) : INoticeAlerts
{
    /// <summary>The only text an alert ever carries.</summary>
    public const string Text = "新しいお知らせが届いています。ねんきんポータルにログインしてご確認ください。 / You have a new message. Sign in to the pension portal to read it.";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <inheritdoc />
    public async Task NoticesCreatedAsync(IReadOnlyList<Notice> notices, CancellationToken ct = default)
    {
        if (notices.Count == 0) return;
        var folder = Path.Combine(Path.GetFullPath(options.Value.DataDirectory, env.ContentRootPath), "alerts");
        Directory.CreateDirectory(folder);
        var lines = notices.Select(n => n.RecipientUserId).Distinct()
            .Select(user => $"{clock.GetUtcNow():O}\t{user}\t{Text}");
        await Gate.WaitAsync(ct);
        try
        {
            await File.AppendAllLinesAsync(Path.Combine(folder, "alerts.log"), lines, ct);
        }
        finally
        {
            Gate.Release();
        }
        log.LogInformation("Sent {Count} new-message alert(s)", notices.Select(n => n.RecipientUserId).Distinct().Count());
    }
}
