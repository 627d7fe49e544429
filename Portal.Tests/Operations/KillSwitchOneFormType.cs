using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Operations;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Operations;
using Portal.Infrastructure.Submissions;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Operations;

/// <summary>Switching one form type off refuses only that kind; the other forms go on.</summary>
public sealed class KillSwitchOneFormType(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private Task SetExemptionOffAsync(bool off) =>
        factory.Services.GetRequiredService<KillSwitchStore>().SetAsync(KillSwitchNames.For(SubmissionKind.Exemption), off, "form test", "test-admin");

    private SubmissionStore Store => factory.Services.CreateScope().ServiceProvider.GetRequiredService<SubmissionStore>();

    [Fact]
    public async Task Only_the_switched_off_kind_is_refused_with_the_form_off_message()
    {
        var store = Store;
        var (exemption, person, actor) = await KillSwitchReadOnlyMode.DraftAsync(store, SubmissionKind.Exemption);
        var (student, studentPerson, studentActor) = await KillSwitchReadOnlyMode.DraftAsync(store, SubmissionKind.StudentDeferral);
        await SetExemptionOffAsync(true);

        var refused = await store.SubmitAsync(exemption, SubmissionScope.Citizen(person), KillSwitchReadOnlyMode.Payload, "c-1", null, actor);
        var newDraft = await Assert.ThrowsAsync<WriteRefusedException>(() => store.StartDraftAsync(SubmissionKind.Exemption,
            SubmissionOwner.Citizen("user-x", Guid.NewGuid()), SubmissionActor.Citizen("user-x"), "{}"));
        var otherDraft = await store.StartDraftAsync(SubmissionKind.StudentDeferral,
            SubmissionOwner.Citizen("user-y", Guid.NewGuid()), SubmissionActor.Citizen("user-y"), "{}");
        var savedOther = await store.SaveDraftAsync(student, SubmissionScope.Citizen(studentPerson), "{}");
        await SetExemptionOffAsync(false);
        var afterwards = await store.SubmitAsync(exemption, SubmissionScope.Citizen(person), KillSwitchReadOnlyMode.Payload, "c-2", null, actor);

        Assert.Equal(OperationsErrors.FormDisabled, refused.Error);
        Assert.Equal("Operations.FormDisabled.Refused", refused.Error!.MessageKey);
        Assert.Equal(OperationsErrors.FormDisabled, newDraft.Error);
        Assert.NotNull(otherDraft);
        Assert.Null(savedOther);
        Assert.True(afterwards.Succeeded, afterwards.Error?.Code);
    }

    [Fact]
    public async Task The_switched_off_form_shows_the_notice_and_another_form_still_starts()
    {
        await SetExemptionOffAsync(true);
        using var citizen = await factory.SignedInAsync("citizen3@demo.example");

        var off = await citizen.GetAsync("/applications/exemption");
        var other = await citizen.GetAsync("/applications/student-deferral");
        await SetExemptionOffAsync(false);

        Assert.Equal(HttpStatusCode.OK, off.Status);
        Assert.Contains("この届書・申請書は現在受け付けを停止しています", off.Document.QuerySelector("[data-testid=kill-switch-notice]")?.TextContent ?? "");
        Assert.False(off.Has("[data-testid=read-only-banner]"));
        Assert.True(other.IsRedirect, $"the student deferral form answered {other.Status}"); // to its new draft
    }
}
