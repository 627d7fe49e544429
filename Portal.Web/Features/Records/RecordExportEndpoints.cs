using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Portal.Domain.Audit;
using Portal.Domain.Records;
using Portal.Infrastructure.Csv;
using Portal.Infrastructure.Documents;
using Portal.Web.Components;
using Portal.Web.Features.Accounts;
using Portal.Web.Resources;

namespace Portal.Web.Features.Records;

/// <summary>The signed-in citizen's own record as a CSV or PDF file, in the language of the page; each download audited before it is sent.</summary>
internal static class RecordExportEndpoints
{
    public static void MapRecordExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/citizen/records/export.csv", async (HttpContext context, RecordQueries queries,
                IStringLocalizer<SharedResource> l, Audit.PortalAudit audit, CancellationToken ct) =>
            {
                var record = await queries.ForUserAsync(context.User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);
                if (record is null) return Results.NotFound();

                var employers = record.Periods.ToDictionary(p => p.Id, p => p.EmployerName);
                var header = new[]
                {
                    l["Records.Page.Month"].Value, l["Records.Page.Status"].Value, l["Records.Export.Category"].Value,
                    l["Records.Export.PremiumDue"].Value, l["Records.Export.PaidOn"].Value, l["Records.Total.Additional"].Value,
                    l["Records.Export.LatePaidOn"].Value, l["Records.Page.StandardPay"].Value, l["Records.Page.Employer"].Value,
                };
                var rows = record.Months.Select(m => new string?[]
                {
                    m.Month.ToString(),
                    l[MonthStatusInfo.For(m.Status).NameKey].Value,
                    l["Simulator.Category." + m.Category].Value,
                    m.PremiumDue == 0 ? null : m.PremiumDue.ToString(),
                    m.PaidOn?.ToString("yyyy-MM-dd"),
                    m.AdditionalPremiumPaid ? "1" : null,
                    m.LatePaidOn?.ToString("yyyy-MM-dd"),
                    m.StandardMonthlyPay?.ToString(),
                    m.EmploymentPeriodId is { } id ? employers.GetValueOrDefault(id) : null,
                });

                await audit.DownloadedAsync(context.User, AuditActions.Subjects.Record(record.Person.Id), "record-csv", ct);
                context.Response.ContentType = "text/csv; charset=utf-8";
                context.Response.Headers.ContentDisposition = $"attachment; filename=\"nenkin-record-{record.Today:yyyyMMdd}.csv\"";
                await CsvExport.WriteAsync(context.Response.Body, header, rows, ct);
                return Results.Empty;
            })
            .RequireAuthorization(Policies.Citizen);

        // The same record as a PDF: person (pension number masked), totals, 厚生年金 periods, every month with its status as text.
        endpoints.MapGet("/citizen/records/export.pdf", async (HttpContext context, RecordQueries queries,
                IStringLocalizer<SharedResource> l, TimeProvider clock, Audit.PortalAudit audit, CancellationToken ct) =>
            {
                if (!PdfLicensing.IsAvailable) return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
                var record = await queries.ForUserAsync(context.User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);
                if (record is null) return Results.NotFound();
                var pdf = PdfDocumentRenderer.Render(RecordDocuments.Record(record, l, clock.GetUtcNow()));
                await audit.DownloadedAsync(context.User, AuditActions.Subjects.Record(record.Person.Id), "record-pdf", ct);
                return Results.File(pdf, "application/pdf", $"nenkin-record-{record.Today:yyyyMMdd}.pdf");
            })
            .RequireAuthorization(Policies.Citizen);
    }
}
