using Microsoft.EntityFrameworkCore;
using Portal.Domain.Submissions;
using Portal.Infrastructure.BackOffice;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Submissions;

namespace Portal.Tests.BackOffice;

/// <summary>The relay on a SQLite portal store: delivery, idempotency, back-off, dead letters and retry by hand.</summary>
public sealed class OutboxRelay_Deliver
{
    [Fact]
    public async Task The_relay_delivers_each_revision_with_its_payload_and_hash_and_marks_the_submission_transmitted()
    {
        await using var host = await HandoffHost.StartAsync();
        var ids = await host.SeedSubmittedAsync(3);

        var run = await host.Relay.RunOnceAsync();

        Assert.Equal(3, run.Delivered);
        Assert.Equal((3L, 3L), await host.BackOffice.CountAsync());
        var s = await host.SubmissionAsync(ids[0]);
        Assert.Equal(SubmissionState.Transmitted, s.State);
        var received = await host.BackOffice.FindAsync(ids[0]);
        Assert.Equal(s.Receipt!.Number.Value, received!.ReceiptNumber);
        Assert.Equal(s.Revisions[0].ContentHash, received.ContentHash);
        Assert.Equal(s.Payload, received.Payload);
        Assert.All(await host.OutboxAsync(), m => Assert.NotNull(m.DeliveredAt));
        host.DeleteFiles();
    }

    [Fact]
    public async Task A_second_delivery_of_the_same_submission_changes_nothing()
    {
        await using var host = await HandoffHost.StartAsync();
        var ids = await host.SeedSubmittedAsync(2);
        await host.Relay.RunOnceAsync();
        var before = await host.BackOffice.FindAsync(ids[0]);
        // As if the acknowledgement had been lost: the rows are due again.
        await using (var db = await host.Contexts.CreateDbContextAsync())
            await db.OutboxMessages.ExecuteUpdateAsync(u => u.SetProperty(m => m.DeliveredAt, (DateTimeOffset?)null));

        var again = await host.Relay.RunOnceAsync();

        Assert.Equal(2, again.Delivered);
        Assert.Equal((2L, 2L), await host.BackOffice.CountAsync());
        Assert.Equal(before, await host.BackOffice.FindAsync(ids[0]));
        Assert.Equal(SubmissionState.Transmitted, (await host.SubmissionAsync(ids[0])).State);
        var message = new BackOfficeDelivery(ids[1], 1, false, "x", "y", DateTimeOffset.UtcNow, "h", "{}", DateTimeOffset.UtcNow);
        Assert.Equal(0, await host.BackOffice.DeliverAsync([message, message]));
        host.DeleteFiles();
    }

    [Fact]
    public void The_back_off_doubles_per_attempt_with_jitter_and_a_cap()
    {
        var options = new JobsOptions { BackoffBase = TimeSpan.FromSeconds(2), BackoffCap = TimeSpan.FromSeconds(60) };
        Assert.Equal(TimeSpan.FromSeconds(1), OutboxRelay.Backoff(1, options, 0));
        Assert.Equal(TimeSpan.FromSeconds(2), OutboxRelay.Backoff(1, options, 1));
        Assert.Equal(TimeSpan.FromSeconds(4), OutboxRelay.Backoff(3, options, 0));
        Assert.Equal(TimeSpan.FromSeconds(8), OutboxRelay.Backoff(3, options, 1));
        Assert.Equal(TimeSpan.FromSeconds(60), OutboxRelay.Backoff(30, options, 1));
        var jittered = OutboxRelay.Backoff(3, options, 0.5);
        Assert.InRange(jittered, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task Failures_are_retried_with_back_off_then_dead_lettered_visible_to_staff_and_retried_by_hand()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var folder = Path.Combine(Path.GetTempPath(), "portal-tests", "handoff-" + Guid.NewGuid().ToString("N"));
        // A back-office store that cannot be opened (its folder does not exist).
        var broken = $"Data Source={Path.Combine(folder, "missing", "backoffice.db")};Mode=ReadWrite";
        var settings = new Dictionary<string, string?> { ["Portal:Jobs:MaxAttempts"] = "3" };
        Guid id;
        await using (var host = await HandoffHost.StartAsync(broken, settings, clock, folder))
        {
            id = (await host.SeedSubmittedAsync(1, clock.Now))[0];

            var first = await host.Relay.RunOnceAsync();
            Assert.Equal(1, first.Failed);
            var row = (await host.OutboxAsync()).Single();
            Assert.Equal(1, row.Attempts);
            Assert.NotNull(row.LastError);
            Assert.InRange(row.AvailableAt - clock.Now, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
            Assert.Equal(0, (await host.Relay.RunOnceAsync()).Total); // not due yet

            clock.Advance(TimeSpan.FromSeconds(3));
            Assert.Equal(1, (await host.Relay.RunOnceAsync()).Failed);
            row = (await host.OutboxAsync()).Single();
            Assert.InRange(row.AvailableAt - clock.Now, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
            clock.Advance(TimeSpan.FromSeconds(5));
            Assert.Equal(1, (await host.Relay.RunOnceAsync()).DeadLettered);

            clock.Advance(TimeSpan.FromHours(1));
            Assert.Equal(0, (await host.Relay.RunOnceAsync()).Total); // parked: not tried again
            var figures = host.Get<HandoffFigures>();
            var snapshot = await figures.SnapshotAsync();
            Assert.Equal(1, snapshot.DeadLettered);
            Assert.Equal(0, snapshot.QueueDepth);
            var dead = Assert.Single(await figures.DeadLettersAsync());
            Assert.Equal(3, dead.Attempts);
            Assert.False(string.IsNullOrEmpty(dead.LastError));
            Assert.Equal(SubmissionState.Submitted, (await host.SubmissionAsync(id)).State);
        }

        // The store is repaired; staff retry the parked row by hand.
        await using (var host = await HandoffHost.StartAsync(null, settings, clock, folder))
        {
            var figures = host.Get<HandoffFigures>();
            var dead = Assert.Single(await figures.DeadLettersAsync());
            Assert.True(await figures.RetryAsync(dead.Id));
            Assert.Equal(1, (await host.Relay.RunOnceAsync()).Delivered);
            Assert.Equal(SubmissionState.Transmitted, (await host.SubmissionAsync(id)).State);
            Assert.Equal(0, (await figures.SnapshotAsync()).DeadLettered);
            host.DeleteFiles();
        }
    }

    [Fact]
    public async Task The_figures_show_queue_depth_oldest_age_and_deliveries_in_the_last_minute()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var host = await HandoffHost.StartAsync(clock: clock);
        await host.SeedSubmittedAsync(4, clock.Now);
        clock.Advance(TimeSpan.FromSeconds(90));
        var figures = host.Get<HandoffFigures>();

        var before = await figures.SnapshotAsync();
        await host.Relay.RunOnceAsync();
        var after = await figures.SnapshotAsync();

        Assert.Equal(4, before.QueueDepth);
        Assert.InRange(before.OldestUndeliveredAge.TotalSeconds, 89, 91);
        Assert.Equal(0, after.QueueDepth);
        Assert.Equal(4, after.DeliveredLastMinute);
        var text = Portal.Web.Features.BackOffice.MetricsEndpoint.Format(before);
        Assert.Contains("portal_outbox_queue_depth 4\n", text);
        Assert.Contains("# TYPE portal_outbox_dead_lettered gauge", text);
        host.DeleteFiles();
    }
}
