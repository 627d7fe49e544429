using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.EmployerFilings;
using Portal.Domain.Submissions;
using Portal.Infrastructure.EmployerFilings;
using Portal.Infrastructure.EmployerFilings.Csv;
using Portal.Infrastructure.Notices;
using Portal.Infrastructure.Persistence;
using Portal.Tests.TestSupport;
using static Portal.Tests.EmployerFilings.EmployerFilingTestSupport;

namespace Portal.Tests.EmployerFilings;

/// <summary>"File the valid rows only": one submission holding exactly the valid lines, or nothing at all.</summary>
public sealed class EmployerCsvStaging(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    [Fact]
    public async Task The_valid_rows_become_one_submitted_filing_with_exactly_those_lines()
    {
        var establishment = await EstablishmentAsync(factory, "12-サクラ");
        var userId = await UserIdAsync(factory, "employer1@demo.example");
        var result = await ReadAsync(SubmissionKind.AnnualBaseReport, AnnualBaseCsv(establishment.Symbol, establishment.Number, 5, bad: 3),
            establishment.Symbol, establishment.Number);
        Assert.False(result.IsRefused);
        Assert.Equal(4, result.ValidRowCount);
        Assert.Contains(result.Issues, i => i.Row == 5 && i.IsErrorFor("4月支払基礎日数"));

        var outcome = await StageAsync(factory, result, userId, establishment);

        Assert.True(outcome.Succeeded, outcome.ErrorKey);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var saved = await db.Submissions.AsNoTracking().SingleAsync(s => s.Id == outcome.Submission!.Id);
        Assert.Equal(SubmissionState.Submitted, saved.State);
        Assert.Equal(establishment.Id, saved.Owner.EstablishmentId);
        Assert.False(saved.Owner.FiledAsAttorney);
        var filing = JsonSerializer.Deserialize<AnnualBaseReportFiling>(saved.Payload!, EmployerForms.JsonOptions)!;
        Assert.Equal(["1", "2", "4", "5"], filing.Lines.Select(l => l.InsuredReference));
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.SubmissionId == saved.Id));
        Assert.Equal(1, await db.Notices.CountAsync(n => n.SubmissionId == saved.Id));
    }

    [Fact]
    public async Task A_failure_while_saving_leaves_no_submission_no_outbox_row_and_no_notice()
    {
        var establishment = await EstablishmentAsync(factory, "12-サクラ");
        var userId = "staging-failure-user";
        var result = await ReadAsync(SubmissionKind.AnnualBaseReport, AnnualBaseCsv(establishment.Symbol, establishment.Number, 3),
            establishment.Symbol, establishment.Number);
        await using var scope = factory.Services.CreateAsyncScope();
        var real = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var options = new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite(real.Database.GetConnectionString())
            .UseApplicationServiceProvider(factory.Services)
            .AddInterceptors(new FailingSave())
            .Options;
        var stager = new EmployerFilingStager(new Contexts(options), TimeProvider.System, scope.ServiceProvider.GetRequiredService<INoticeAlerts>());
        var context = new EmployerFilingContext(Today, new EstablishmentFacts(establishment.Symbol, establishment.Number));
        var outboxBefore = await real.OutboxMessages.CountAsync();

        await Assert.ThrowsAsync<DbUpdateException>(() => stager.StageAsync(SubmissionKind.AnnualBaseReport, EmployerCsvImport.ToFiling(result, context)!,
            SubmissionOwner.Employer(userId, establishment.Id, false), SubmissionActor.Employer(userId), context, "click-1"));

        Assert.Equal(0, await real.Submissions.CountAsync(s => s.Owner.UserId == userId));
        Assert.Equal(outboxBefore, await real.OutboxMessages.CountAsync());
        Assert.Equal(0, await real.Notices.CountAsync(n => n.RecipientUserId == userId));
    }

    [Fact]
    public async Task A_filing_for_another_establishment_is_refused_and_nothing_is_saved()
    {
        var mine = await EstablishmentAsync(factory, "12-サクラ");
        var other = await EstablishmentAsync(factory, "13-アオバ");
        var userId = "staging-mismatch-user";
        // A file made for 13-アオバ, staged as 12-サクラ (the reader would already refuse it; the stager checks again).
        var result = await ReadAsync(SubmissionKind.AnnualBaseReport, AnnualBaseCsv(other.Symbol, other.Number, 2), other.Symbol, other.Number);

        var outcome = await StageAsync(factory, result, userId, mine);

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Issues, i => i.Code == FilingRules.EstablishmentMismatch.Code);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(0, await db.Submissions.CountAsync(s => s.Owner.UserId == userId));
    }

    private sealed class FailingSave : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default) => throw new DbUpdateException("Injected failure while saving the filing.");
    }

    private sealed class Contexts(DbContextOptions<PortalDbContext> options) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => new(options);
    }
}

internal static class CsvRowIssueAssertions
{
    public static bool IsErrorFor(this CsvRowIssue issue, string column) =>
        issue.Column == column && issue.Severity == Portal.Domain.Common.IssueSeverity.Error;
}
