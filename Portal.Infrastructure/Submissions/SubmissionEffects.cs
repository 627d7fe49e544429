using Microsoft.EntityFrameworkCore;
using Portal.Domain.Notices;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Submissions;

/// <summary>
/// Turns the domain events of the submissions a context tracks into outbox rows and inbox notices, added to the same
/// unit of work (so they commit with the state change or not at all), then clears the events.
/// </summary>
internal static class SubmissionEffects
{
    public static IReadOnlyList<Notice> Apply(PortalDbContext db)
    {
        var notices = new List<Notice>();
        foreach (var entry in db.ChangeTracker.Entries<Submission>().ToList())
        {
            var submission = entry.Entity;
            if (submission.DomainEvents.Count == 0) continue;
            foreach (var e in submission.DomainEvents)
            {
                if (ToOutbox(submission, e) is { } message) db.OutboxMessages.Add(message);
                if (ToNotice(submission, e) is { } notice)
                {
                    db.Notices.Add(notice);
                    notices.Add(notice);
                }
            }
            submission.ClearDomainEvents();
        }
        return notices;
    }

    private static OutboxMessage? ToOutbox(Submission s, SubmissionEvent e) => e switch
    {
        SubmissionSubmitted or SubmissionResubmitted => new OutboxMessage(e.MessageId, s.Kind.Code, OutboxMessageType.Deliver, e.At),
        SubmissionWithdrawn w when w.From != SubmissionState.Draft =>
            new OutboxMessage(e.MessageId, s.Kind.Code, OutboxMessageType.Withdraw, e.At),
        _ => null,
    };

    private static Notice? ToNotice(Submission s, SubmissionEvent e)
    {
        var link = NoticeLinks.Submission(s.Id);
        var kindArg = NoticeLinks.KeyArg(s.Kind.MessageKey);
        return e switch
        {
            SubmissionSubmitted x => new Notice(Guid.NewGuid(), s.Owner.UserId, NoticeKind.Receipt, "Notices.Subject.Receipt",
                [kindArg, x.ReceiptNumber.Value], e.At, s.Id, e.Revision, link, NoticeLinks.Receipt(s.Id, e.Revision)),
            SubmissionResubmitted x => new Notice(Guid.NewGuid(), s.Owner.UserId, NoticeKind.Receipt, "Notices.Subject.Resubmitted",
                [kindArg, x.ReceiptNumber.Value], e.At, s.Id, e.Revision, link, NoticeLinks.Receipt(s.Id, e.Revision)),
            SubmissionCorrectionRequested x => new Notice(Guid.NewGuid(), s.Owner.UserId, NoticeKind.CorrectionRequested,
                "Notices.Subject.CorrectionRequested", [kindArg, x.Deadline.ToString("yyyy-MM-dd")], e.At, s.Id, e.Revision, link),
            DecisionApplied { State: SubmissionState.Returned } => new Notice(Guid.NewGuid(), s.Owner.UserId, NoticeKind.Returned,
                "Notices.Subject.Returned", [kindArg], e.At, s.Id, e.Revision, link),
            DecisionApplied x => new Notice(Guid.NewGuid(), s.Owner.UserId, NoticeKind.Decision, "Notices.Subject.Decision",
                [kindArg, NoticeLinks.KeyArg(SubmissionDecision.MessageKey(x.Outcome))], e.At, s.Id, e.Revision, link,
                NoticeLinks.Decision(s.Id)),
            _ => null,
        };
    }
}

/// <summary>Where notices point, and how a notice argument names a resource key.</summary>
public static class NoticeLinks
{
    /// <summary>Prefix of a notice argument that is a resource key to translate, not a literal.</summary>
    public const string KeyPrefix = "key:";

    /// <summary>The argument for a resource key.</summary>
    public static string KeyArg(string messageKey) => KeyPrefix + messageKey;

    /// <summary>The submission's detail page.</summary>
    public static string Submission(Guid id) => $"/submissions/{id:D}";

    /// <summary>The receipt PDF of one revision.</summary>
    public static string Receipt(Guid id, int revision) => $"/submissions/{id:D}/receipt.pdf?revision={revision}";

    /// <summary>The decision notice PDF.</summary>
    public static string Decision(Guid id) => $"/submissions/{id:D}/decision.pdf";
}
