using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Infrastructure.Documents;
using Portal.Web.Features.Accounts;
using Portal.Web.Resources;

namespace Portal.Web.Features.Records;

/// <summary>The annual statement's paper opt-out (a plain form post, so it works with or without the circuit) and its PDF.</summary>
internal static class StatementEndpoints
{
    public static void MapStatementEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/citizen/statement/paperless", async (HttpContext context, [FromForm(Name = "paperless")] string? paperless,
                StatementQueries queries, CancellationToken ct) =>
            {
                var stop = string.Equals(paperless, "true", StringComparison.OrdinalIgnoreCase);
                var saved = await queries.SetPaperlessAsync(context.User.FindFirstValue(ClaimTypes.NameIdentifier)!, stop, ct);
                return saved ? Results.LocalRedirect("/citizen/statement?saved=1") : Results.NotFound();
            })
            .RequireAuthorization(Policies.Citizen);

        endpoints.MapGet("/citizen/statement/statement.pdf", async (HttpContext context, StatementQueries queries,
                IStringLocalizer<SharedResource> l, TimeProvider clock, Audit.PortalAudit audit, CancellationToken ct) =>
            {
                if (!PdfLicensing.IsAvailable) return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
                var view = await queries.ForUserAsync(context.User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);
                if (view is null) return Results.NotFound();
                var pdf = PdfDocumentRenderer.Render(StatementDocuments.Statement(view, l, clock.GetUtcNow()));
                await audit.DownloadedAsync(context.User, Portal.Domain.Audit.AuditActions.Subjects.Record(view.Person.Id), "statement-pdf", ct);
                return Results.File(pdf, "application/pdf", $"nenkin-teikibin-{view.Statement.AsOf:yyyyMMdd}.pdf");
            })
            .RequireAuthorization(Policies.Citizen);
    }
}
