using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Audit;
using Portal.Infrastructure.Audit;
using Portal.Tests.TestSupport;
using Quartz;

namespace Portal.Tests.Audit;

/// <summary>
/// The scheduled job and the admin page against a database someone edited by hand. Its own app and store: the tampering
/// breaks the chain for everything after it, so the steps run in one test, in order (the gap case is in AuditChainRules).
/// </summary>
public sealed class AuditVerificationAndPage(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    /// <summary>The scheduled job itself, resolved as Quartz would and run with a context that only gives a cancellation token.</summary>
    private async Task RunScheduledJobAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<AuditVerificationJob>();
        await job.Execute(DispatchProxy.Create<IJobExecutionContext, TokenOnlyContext>());
    }

    public class TokenOnlyContext : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? method, object?[]? args) =>
            method?.Name == "get_CancellationToken" ? CancellationToken.None : throw new NotSupportedException(method?.Name);
    }

    private async Task TamperAsync(string sql, long sequence)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "portal.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$s", sequence);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task The_job_and_the_admin_page_report_OK_and_after_a_row_is_edited_in_the_database_the_first_broken_link()
    {
        var status = factory.Services.GetRequiredService<AuditVerificationStatus>();
        var admin = await factory.UserIdAsync("admin@demo.example");
        using var client = await factory.SignInAsync("admin@demo.example");

        // Before any check in this process the page says so.
        var fresh = await client.GetAsync("/admin/audit");
        Assert.True(fresh.Has("[data-testid=audit-not-verified]"), fresh.Html);

        // The scheduled job on an untouched chain: OK, kept in the status, shown on the page with the latest entries.
        await RunScheduledJobAsync();
        Assert.True(status.LatestScheduled!.Result.Intact);
        var ok = await client.GetAsync("/admin/audit");
        Assert.Equal("true", ok.Document.QuerySelector("[data-testid=audit-result]")!.GetAttribute("data-intact"));
        Assert.Contains("正常", ok.Document.QuerySelector("[data-testid=audit-result]")!.TextContent);
        Assert.NotEmpty(ok.Document.QuerySelectorAll("[data-testid=audit-entries] tbody tr"));

        // "Verify now" is recorded with the admin's account id.
        var head = await factory.HeadAsync();
        var verified = await client.FollowAsync(await client.SubmitAsync(ok, "audit-verify", new()));
        Assert.True(verified.Has("[data-testid=audit-verified-now]"), $"{verified.Status} {verified.Html[..Math.Min(3000, verified.Html.Length)]}");
        var byHand = Assert.Single(await factory.SinceAsync(head, AuditActions.ChainVerified));
        Assert.Equal((AuditOutcome.Succeeded, admin), (byHand.Outcome, byHand.ActorId));
        Assert.EndsWith(";by-hand", byHand.Detail);
        Assert.False(status.Latest!.Scheduled);

        // The filter shows one action only.
        var filtered = await client.GetAsync($"/admin/audit?action={AuditActions.SignIn}");
        var rows = filtered.Document.QuerySelectorAll("[data-testid=audit-entries] tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(AuditActions.SignIn, r.GetAttribute("data-action")));

        // Someone with database access turns a failed sign-in into a success and rewrites its detail.
        var failed = await factory.Services.GetRequiredService<IAuditTrail>().RecordAsync(
            new AuditEvent(AuditActions.SignIn, AuditOutcome.Failed, null, "account:probe", "bad-password"));
        await factory.Services.GetRequiredService<IAuditTrail>().RecordAsync(
            new AuditEvent(AuditActions.SignIn, AuditOutcome.Succeeded, "actor-after", "account:probe", "password"));
        await TamperAsync("UPDATE AuditEntries SET Outcome = 1, Detail = 'password' WHERE Sequence = $s", failed.Sequence);

        await RunScheduledJobAsync();
        var broken = status.LatestScheduled!.Result;
        Assert.False(broken.Intact);
        Assert.Equal(failed.Sequence, broken.FirstBrokenSequence);
        Assert.Equal(AuditBreak.ContentMismatch, broken.Break);
        Assert.Equal(failed.Sequence - 1, broken.EntriesChecked);
        Assert.Same(status.LatestScheduled, status.Latest);

        var page = await client.GetAsync("/admin/audit");
        var alert = page.Document.QuerySelector("[data-testid=audit-result]")!;
        Assert.Equal("false", alert.GetAttribute("data-intact"));
        Assert.Equal(failed.Sequence.ToString(), alert.GetAttribute("data-broken-at"));
        Assert.Contains($"連番 {failed.Sequence}", alert.TextContent);
        Assert.Contains("書き換え", alert.TextContent);

        // The job's own entry records the failure (the chain is still appended to, for the record).
        var jobEntry = (await factory.SinceAsync(failed.Sequence, AuditActions.ChainVerified)).Last();
        Assert.Equal(AuditOutcome.Failed, jobEntry.Outcome);
        Assert.Equal($"broken-at={failed.Sequence};scheduled", jobEntry.Detail);
    }
}
