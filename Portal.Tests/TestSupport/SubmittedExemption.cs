using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Submissions;

namespace Portal.Tests.TestSupport;

/// <summary>A half exemption submitted through the real store for a demo citizen (receipt, outbox row and inbox notice).</summary>
public static class SubmittedExemption
{
    public const string Payload = """{"type":"half","period":{"start":"2026-07"}}""";

    public static async Task<Submission> SubmitExemptionAsync(this PortalWebFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var store = scope.ServiceProvider.GetRequiredService<SubmissionStore>();
        var owner = SubmissionOwner.Citizen(user.Id, user.InsuredPersonId!.Value);
        var draft = await store.StartDraftAsync(SubmissionKind.Exemption, owner, SubmissionActor.Citizen(user.Id), Payload);
        var outcome = await store.SubmitAsync(draft.Id, SubmissionScope.Citizen(user.InsuredPersonId.Value), Payload,
            Guid.NewGuid().ToString("N"), null, SubmissionActor.Citizen(user.Id));
        return outcome.Submission!;
    }
}
