using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Identifiers;
using Portal.Domain.Records;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Jobs;
using Portal.Tests.BackOffice;

namespace Portal.Tests.Jobs;

/// <summary>The daily retention job: expired drafts and access keys go, everything else stays; running it twice is harmless.</summary>
public sealed class RetentionSweep_Run
{
    [Fact]
    public async Task Removes_old_drafts_and_expired_access_keys_only_and_is_safe_to_run_twice()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow.AddDays(-400));
        await using var host = await HandoffHost.StartAsync(clock: clock);
        var person = Guid.NewGuid();
        var owner = SubmissionOwner.Citizen("user-ret", person);
        var oldDraft = await host.Store.StartDraftAsync(SubmissionKind.Exemption, owner, SubmissionActor.Citizen("user-ret"), "{}");
        var oldSubmitted = (await host.SeedSubmittedAsync(1, clock.Now))[0];
        await using (var db = await host.Contexts.CreateDbContextAsync())
        {
            var insured = new InsuredPerson(Guid.NewGuid(), BasicPensionNumber.From("8888700001"), "試験", "花子", "シケン", "ハナコ",
                new DateOnly(1985, 1, 1), Sex.Female, "東京都");
            db.InsuredPersons.Add(insured);
            db.RegistrationAccessKeys.Add(new RegistrationAccessKey(Guid.NewGuid(), insured.Id, AccessKey.Generate(new Random(1)), clock.Now));
            await db.SaveChangesAsync();
        }
        clock.Advance(TimeSpan.FromDays(390));
        var recentDraft = await host.Store.StartDraftAsync(SubmissionKind.Exemption, owner, SubmissionActor.Citizen("user-ret"), "{}");
        Guid freshKey;
        await using (var db = await host.Contexts.CreateDbContextAsync())
        {
            var insured = await db.InsuredPersons.FirstAsync();
            var key = new RegistrationAccessKey(Guid.NewGuid(), insured.Id, AccessKey.Generate(new Random(2)), clock.Now);
            db.RegistrationAccessKeys.Add(key);
            await db.SaveChangesAsync();
            freshKey = key.Id;
        }

        var first = await host.Get<RetentionSweep>().RunAsync();
        var second = await host.Get<RetentionSweep>().RunAsync();

        Assert.Equal((1, 1), first);
        Assert.Equal((0, 0), second);
        await using var check = await host.Contexts.CreateDbContextAsync();
        var left = await check.Submissions.AsNoTracking().Select(s => s.Id).ToListAsync();
        Assert.DoesNotContain(oldDraft.Id, left);
        Assert.Contains(recentDraft.Id, left);
        Assert.Contains(oldSubmitted, left);
        Assert.Equal([freshKey], await check.RegistrationAccessKeys.Select(k => k.Id).ToListAsync());
        host.DeleteFiles();
    }
}
