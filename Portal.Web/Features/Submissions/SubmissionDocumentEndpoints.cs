using Microsoft.Extensions.Localization;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Documents;
using Portal.Infrastructure.Submissions;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Applications;
using Portal.Web.Features.Notices;
using Portal.Web.Resources;

namespace Portal.Web.Features.Submissions;

/// <summary>
/// The documents of a submission, for its filer only: the receipt of each revision (受付票: number, time, content hash
/// and the data exactly as received) and, once decided, the decision notice (決定通知書). Rendered on demand from the
/// stored revision, which never changes, so every download shows the same content. Each download is audited before the
/// file is sent (<see cref="Portal.Domain.Audit.AuditActions.DocumentDownloaded"/>); no entry, no file.
/// </summary>
public static class SubmissionDocumentEndpoints
{
    // A citizen for their own submissions; an employer user for the filings of the establishments they belong to.
    private static readonly Microsoft.AspNetCore.Authorization.AuthorizationPolicy FilerPolicy =
        new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireRole(Portal.Domain.Accounts.Roles.Citizen, Portal.Domain.Accounts.Roles.Employer).Build();

    public static void MapSubmissionDocumentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/submissions/{id:guid}/receipt.pdf", async (Guid id, int? revision, HttpContext context,
                SubmissionAccess access, SubmissionStore store, IStringLocalizer<SharedResource> l, TimeProvider clock, Audit.PortalAudit audit,
                CancellationToken ct) =>
            {
                if (!PdfLicensing.IsAvailable) return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
                var submission = await access.FindForFilerAsync(context.User, id, ct);
                var rev = submission?.Revisions.FirstOrDefault(r => r.Number == (revision ?? submission.Revision));
                if (submission?.Receipt is null || rev is null) return Results.NotFound();

                var receivedAt = rev.Number == 1 ? submission.Receipt.ReceivedAt : rev.SubmittedAt;
                var data = ReceivedData.Describe(rev.Payload, ApplicationCatalogue.LabelPrefix(submission.Kind), l)
                    .Select(line => new DocumentField(line.Label, line.Value));
                var title = string.Format(l["Submissions.Pdf.ReceiptTitle"], l[submission.Kind.MessageKey], rev.Number);
                var document = ReceiptDocument.Create(title, submission.Receipt.Number.Value, receivedAt, rev.ContentHash, data,
                    DocumentTexts.Receipt(l), clock.GetUtcNow());
                var pdf = PdfDocumentRenderer.Render(document);
                await audit.DownloadedAsync(context.User, Portal.Domain.Audit.AuditActions.Subjects.Submission(submission.Id), $"receipt-pdf:r{rev.Number}", ct);
                return Results.File(pdf, "application/pdf",
                    $"receipt-{submission.Receipt.Number.Value}-r{rev.Number}.pdf");
            })
            .RequireAuthorization(FilerPolicy);

        endpoints.MapGet("/submissions/{id:guid}/decision.pdf", async (Guid id, HttpContext context, SubmissionAccess access,
                SubmissionStore store, IStringLocalizer<SharedResource> l, TimeProvider clock, Audit.PortalAudit audit, CancellationToken ct) =>
            {
                if (!PdfLicensing.IsAvailable) return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
                var submission = await access.FindForFilerAsync(context.User, id, ct);
                if (submission is not { State: SubmissionState.Completed, Decision: { } decision, Receipt: { } receipt }) return Results.NotFound();

                var document = DocumentTexts.Document(l, string.Format(l["Submissions.Pdf.DecisionTitle"], l[submission.Kind.MessageKey]), clock.GetUtcNow()) with
                {
                    Blocks =
                    [
                        new FieldSection(null,
                        [
                            new DocumentField(l["Submissions.Field.ReceiptNumber"], receipt.Number.Value),
                            new DocumentField(l["Submissions.Field.ReceivedAt"], PdfDocumentRenderer.FormatJapanTime(receipt.ReceivedAt)),
                            new DocumentField(l["Submissions.Pdf.Outcome"], l[SubmissionDecision.MessageKey(decision.Outcome)]),
                            new DocumentField(l["Submissions.Pdf.DecidedAt"], PdfDocumentRenderer.FormatJapanTime(decision.DecidedAt)),
                            new DocumentField(l["Submissions.Pdf.NoticeReference"], decision.DecisionNoticeReference ?? "—"),
                        ]),
                        new DocumentParagraph(l["Submissions.Pdf.Reasons"],
                            decision.Reasons.Count == 0 ? l["Submissions.Pdf.NoReasons"] : string.Join("\n", decision.Reasons)),
                    ],
                    FooterNote = l["Submissions.Pdf.DecisionFooter"],
                };
                var pdf = PdfDocumentRenderer.Render(document);
                await audit.DownloadedAsync(context.User, Portal.Domain.Audit.AuditActions.Subjects.Submission(submission.Id), "decision-pdf", ct);
                return Results.File(pdf, "application/pdf", $"decision-{receipt.Number.Value}.pdf");
            })
            .RequireAuthorization(FilerPolicy);
    }
}
