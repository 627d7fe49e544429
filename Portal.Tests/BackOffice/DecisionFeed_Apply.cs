using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.Notices;
using Portal.Domain.Submissions;
using Portal.Infrastructure.BackOffice;

namespace Portal.Tests.BackOffice;

/// <summary>The decision feed: each decision kind through the domain with its notice; bad decisions recorded, the feed goes on.</summary>
public sealed class DecisionFeed_Apply
{
    private static NewDecision Decision(Guid id, DecisionKind kind, string? reason = null, IReadOnlyList<string>? reasons = null,
        string? outcome = null, int revision = 1) =>
        new(id, revision, kind, "reviewer-test", Reason: reason, Fields: reason is null ? null : ["applicant.income"],
            Deadline: reason is null ? null : JapanTime.DateOf(DateTimeOffset.UtcNow).AddDays(14), Outcome: outcome, Reasons: reasons,
            NoticeReference: kind == DecisionKind.Completed ? "DN-TEST-1" : null);

    private static async Task<List<Notice>> NoticesAsync(HandoffHost host, Guid id)
    {
        await using var db = await host.Contexts.CreateDbContextAsync();
        return await db.Notices.AsNoTracking().Where(n => n.SubmissionId == id).ToListAsync();
    }

    [Fact]
    public async Task Each_decision_kind_is_applied_through_the_domain_and_leaves_a_notice()
    {
        await using var host = await HandoffHost.StartAsync();
        var ids = await host.SeedSubmittedAsync(3);
        await host.Relay.RunOnceAsync();
        var bo = host.BackOffice;
        foreach (var id in ids) Assert.NotNull(await bo.DecideAsync(Decision(id, DecisionKind.UnderReview)));
        Assert.NotNull(await bo.DecideAsync(Decision(ids[0], DecisionKind.CorrectionRequested, reason: "所得の金額をご確認ください。")));
        Assert.NotNull(await bo.DecideAsync(Decision(ids[1], DecisionKind.Completed, outcome: "Accepted")));
        Assert.NotNull(await bo.DecideAsync(Decision(ids[2], DecisionKind.Returned, reasons: ["添付書類がありません。"])));

        var run = await host.Feed.RunOnceAsync();

        Assert.Equal(new Portal.Infrastructure.Submissions.FeedRun(6, 0), run);
        var corrected = await host.SubmissionAsync(ids[0]);
        Assert.Equal(SubmissionState.CorrectionRequested, corrected.State);
        Assert.Equal("所得の金額をご確認ください。", corrected.CorrectionRequest!.Reason);
        Assert.Contains(corrected.History, h => h.To == SubmissionState.UnderReview);
        var completed = await host.SubmissionAsync(ids[1]);
        Assert.Equal(SubmissionState.Completed, completed.State);
        Assert.Equal("DN-TEST-1", completed.Decision!.DecisionNoticeReference);
        Assert.Equal(SubmissionState.Returned, (await host.SubmissionAsync(ids[2])).State);
        Assert.Contains(await NoticesAsync(host, ids[0]), n => n.Kind == NoticeKind.CorrectionRequested);
        Assert.Contains(await NoticesAsync(host, ids[1]), n => n.Kind == NoticeKind.Decision);
        Assert.Contains(await NoticesAsync(host, ids[2]), n => n.Kind == NoticeKind.Returned);

        // Safe to run twice: the cursor moved with each change.
        Assert.Equal(new Portal.Infrastructure.Submissions.FeedRun(0, 0), await host.Feed.RunOnceAsync());
        Assert.Single(await NoticesAsync(host, ids[1]), n => n.Kind == NoticeKind.Decision);
        host.DeleteFiles();
    }

    [Fact]
    public async Task Unknown_submissions_and_illegal_transitions_are_recorded_as_errors_and_the_feed_goes_on()
    {
        await using var host = await HandoffHost.StartAsync();
        var ids = await host.SeedSubmittedAsync(1);
        await host.Relay.RunOnceAsync();
        var bo = host.BackOffice;
        var unknown = Guid.NewGuid();
        Assert.NotNull(await bo.DecideAsync(Decision(unknown, DecisionKind.UnderReview), checkStatus: false));
        // Completing a submission that is not under review is illegal in the domain.
        Assert.NotNull(await bo.DecideAsync(Decision(ids[0], DecisionKind.Completed, outcome: "Accepted"), checkStatus: false));
        Assert.NotNull(await bo.DecideAsync(Decision(ids[0], DecisionKind.UnderReview), checkStatus: false));

        var run = await host.Feed.RunOnceAsync();

        Assert.Equal(new Portal.Infrastructure.Submissions.FeedRun(1, 2), run);
        Assert.Equal(SubmissionState.UnderReview, (await host.SubmissionAsync(ids[0])).State);
        await using var db = await host.Contexts.CreateDbContextAsync();
        var errors = await db.DecisionFeedErrors.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(2, errors.Count);
        Assert.Equal((unknown, "not_found"), (errors[0].SubmissionId, errors[0].ErrorCode));
        Assert.Equal((ids[0], "illegal_transition"), (errors[1].SubmissionId, errors[1].ErrorCode));
        Assert.Equal(new Portal.Infrastructure.Submissions.FeedRun(0, 0), await host.Feed.RunOnceAsync());
        Assert.Equal(2, (await host.Get<Portal.Infrastructure.Submissions.HandoffFigures>().SnapshotAsync()).FeedErrors);
        host.DeleteFiles();
    }

    [Fact]
    public async Task A_decision_that_arrives_before_the_relay_recorded_the_hand_off_still_applies()
    {
        await using var host = await HandoffHost.StartAsync();
        var ids = await host.SeedSubmittedAsync(1);
        var s = await host.SubmissionAsync(ids[0]);
        // Delivered, but the relay's portal commit is lost (process killed in between).
        await host.BackOffice.DeliverAsync([new BackOfficeDelivery(s.Id, 1, false, s.Kind.Code, s.Receipt!.Number.Value,
            s.Receipt.ReceivedAt, s.Revisions[0].ContentHash, s.Payload, DateTimeOffset.UtcNow)]);
        Assert.NotNull(await host.BackOffice.DecideAsync(Decision(s.Id, DecisionKind.UnderReview)));

        Assert.Equal(1, (await host.Feed.RunOnceAsync()).Applied);
        Assert.Equal(SubmissionState.UnderReview, (await host.SubmissionAsync(s.Id)).State);
        host.DeleteFiles();
    }
}
