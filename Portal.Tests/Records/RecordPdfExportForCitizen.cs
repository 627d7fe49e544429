using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PdfSharp.Pdf.IO;
using Portal.Infrastructure.Documents;
using Portal.Infrastructure.Persistence;
using Portal.Tests.TestSupport;
using Portal.Web.Features.Records;
using Portal.Web.Resources;

namespace Portal.Tests.Records;

/// <summary>GET /citizen/records/export.pdf: the signed-in citizen's own record as a PDF.</summary>
public sealed class RecordPdfExportForCitizen(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private Task<FormClient> SignedInAsync(string email) =>
        factory.SignedInAsync(email);

    [Fact]
    public async Task DownloadsTheOwnRecordAsAPdfFile()
    {
        using var client = await SignedInAsync("citizen1@demo.example");

        var response = await client.Http.GetAsync("/citizen/records/export.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Matches(@"^nenkin-record-\d{8}\.pdf$", disposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (Environment.GetEnvironmentVariable("PORTAL_PDF_SAMPLES") is { Length: > 0 } dir)
            await File.WriteAllBytesAsync(Path.Combine(dir, "record.pdf"), bytes);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        // Several pages: every month since age 20 is listed with its status.
        Assert.True(pdf.PageCount >= 3, $"{pdf.PageCount} pages");
    }

    [Fact]
    public async Task TheRecordPageLinksToIt()
    {
        using var client = await SignedInAsync("citizen1@demo.example");
        var page = await client.GetAsync("/citizen/records");
        Assert.Equal("/citizen/records/export.pdf", page.Document.GetElementById("records-export-pdf")?.GetAttribute("href"));
        var english = await client.GetAsync("/citizen/records?culture=en");
        Assert.Equal("Download the record (PDF)", english.Document.GetElementById("records-export-pdf")?.TextContent.Trim());
    }

    [Fact]
    public async Task IsBuiltFromTheSignedInCitizensOwnPersonWithTheNumberMasked()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == "citizen2@demo.example");
        var person = await db.InsuredPersons.SingleAsync(p => p.Id == user.InsuredPersonId);
        var record = await scope.ServiceProvider.GetRequiredService<RecordQueries>().ForUserAsync(user.Id);
        var l = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();

        var doc = RecordDocuments.Record(record!, l, DateTimeOffset.UtcNow);

        Assert.Equal(person.FullName, doc.Subtitle);
        var fields = doc.Blocks.OfType<FieldSection>().SelectMany(s => s.Fields).ToList();
        Assert.Contains(fields, f => f.Value == person.PensionNumber.Masked());
        Assert.DoesNotContain(fields, f => f.Value.Contains(person.PensionNumber.Serial));
        var months = doc.Blocks.OfType<DocumentTable>().Last();
        Assert.Equal(record!.Months.Count, months.Rows.Count(r => r.GroupHeading is null));
        // Status as text in every month row, never colour alone.
        Assert.All(months.Rows.Where(r => r.GroupHeading is null), r => Assert.False(string.IsNullOrWhiteSpace(r.Cells[1])));

        // Two citizens get two different documents from the same URL.
        using var first = await SignedInAsync("citizen1@demo.example");
        using var second = await SignedInAsync("citizen2@demo.example");
        var a = await first.Http.GetByteArrayAsync("/citizen/records/export.pdf");
        var b = await second.Http.GetByteArrayAsync("/citizen/records/export.pdf");
        Assert.NotEqual(a.Length, b.Length);
    }

    [Fact]
    public async Task AnonymousAndOtherRolesAreRefused()
    {
        using var anonymous = factory.CreateFormClient();
        var refused = await anonymous.Http.GetAsync("/citizen/records/export.pdf");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/Login", refused.Headers.Location?.PathAndQuery);

        using var employer = factory.CreateFormClient();
        await employer.SubmitAsync(await employer.GetAsync("/Account/Login"), "login-submit",
            new() { ["login-email"] = "employer1@demo.example", ["login-password"] = "Demo#Pension2026" });
        var denied = await employer.Http.GetAsync("/citizen/records/export.pdf");
        Assert.StartsWith("/Account/AccessDenied", denied.Headers.Location?.PathAndQuery);
    }

}
