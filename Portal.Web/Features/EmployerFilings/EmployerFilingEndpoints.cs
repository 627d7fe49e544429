using Microsoft.Extensions.Options;
using Portal.Domain.Common;
using Portal.Domain.EmployerFilings;
using Portal.Infrastructure.EmployerFilings;
using Portal.Infrastructure.EmployerFilings.Csv;
using Portal.Web.Features.Accounts;

namespace Portal.Web.Features.EmployerFilings;

/// <summary>Services and download endpoints of the employer filings (templates and samples for the current establishment).</summary>
public static class EmployerFilingEndpoints
{
    public static IServiceCollection AddEmployerFilings(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmployerCsvOptions>(configuration.GetSection("EmployerFilings:Csv"));
        services.AddSingleton<EstablishmentChoices>();
        services.AddScoped<EmployerFilingStager>();
        services.AddScoped<EmployerFilingService>();
        return services;
    }

    public static void MapEmployerFilingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The empty template: file record for the establishment the user acts for, then the column headers.
        endpoints.MapGet("/employer/filings/csv/template/{slug}", async (string slug, HttpContext context, EmployerFilingService filings,
                Audit.PortalAudit audit, CancellationToken ct) =>
            {
                if (EmployerFilingForms.FromSlug(slug) is not { } kind || EmployerCsvLayouts.For(kind) is not { } layout) return Results.NotFound();
                var employer = await filings.ContextAsync(context.User, null, ct);
                if (employer?.Current is not { } m) return Results.NotFound();
                var buffer = new MemoryStream();
                await EmployerCsvTemplates.WriteAsync(buffer, layout, new EstablishmentFacts(m.OfficeSymbol, m.EstablishmentNumber), filings.Today, ct);
                await audit.DownloadedAsync(context.User, Portal.Domain.Audit.AuditActions.Subjects.Establishment(m.EstablishmentId), $"csv-template:{slug}", ct);
                return Results.File(buffer.ToArray(), "text/csv; charset=utf-8", EmployerCsvTemplates.FileName(layout));
            })
            .RequireAuthorization(Policies.Employer);

        // A filled-in sample (docs/csv-samples, embedded) with the file record rewritten for the user's establishment.
        endpoints.MapGet("/employer/filings/csv/sample/{slug}", async (string slug, HttpContext context, EmployerFilingService filings,
                Audit.PortalAudit audit, CancellationToken ct) =>
            {
                if (EmployerFilingForms.FromSlug(slug) is not { } kind) return Results.NotFound();
                var employer = await filings.ContextAsync(context.User, null, ct);
                if (employer?.Current is not { } m) return Results.NotFound();
                await using var resource = typeof(EmployerFilingEndpoints).Assembly.GetManifestResourceStream($"csv-samples/{slug}.csv");
                if (resource is null) return Results.NotFound();
                using var reader = new StreamReader(resource, System.Text.Encoding.UTF8);
                var text = await reader.ReadToEndAsync(ct);
                var lines = text.Split('\n').ToList();
                var record = lines[0].TrimEnd('\r').Split(',');
                if (record.Length >= 4)
                {
                    record[1] = m.OfficeSymbol;
                    record[2] = m.EstablishmentNumber;
                    record[3] = filings.Today.ToString("yyyy-MM-dd");
                    lines[0] = string.Join(',', record) + "\r";
                }
                await audit.DownloadedAsync(context.User, Portal.Domain.Audit.AuditActions.Subjects.Establishment(m.EstablishmentId), $"csv-sample:{slug}", ct);
                var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines))).ToArray();
                return Results.File(bytes, "text/csv; charset=utf-8", $"sample-{slug}.csv");
            })
            .RequireAuthorization(Policies.Employer);
    }
}
