using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Common;
using Portal.Domain.EmployerFilings;
using Portal.Domain.Submissions;
using Portal.Infrastructure.EmployerFilings;
using Portal.Infrastructure.EmployerFilings.Csv;
using Portal.Infrastructure.Persistence;
using Portal.Tests.TestSupport;

namespace Portal.Tests.EmployerFilings;

/// <summary>Demo establishments, users and CSV files for the employer-filing web and staging tests.</summary>
internal static class EmployerFilingTestSupport
{
    public const string Password = "Demo#Pension2026";

    public static Task<FormClient> SignedInAsync(PortalWebFactory factory, string email) =>
        factory.SignedInAsync(email, "/employer");

    public static async Task<(Guid Id, string Symbol, string Number)> EstablishmentAsync(PortalWebFactory factory, string symbol)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var e = await db.Establishments.AsNoTracking().SingleAsync(x => x.OfficeSymbol == symbol);
        return (e.Id, e.OfficeSymbol, e.EstablishmentNumber);
    }

    public static async Task<string> UserIdAsync(PortalWebFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    public static DateOnly Today => JapanTime.DateOf(DateTimeOffset.UtcNow);

    /// <summary>An 算定基礎届 CSV for the establishment: rows with insured references 1..n; the rows in <paramref name="bad"/> have 45 paid days in April.</summary>
    public static byte[] AnnualBaseCsv(string symbol, string number, int rows, params int[] bad)
    {
        var year = new EmployerFilingContext(Today).DefaultReportYear;
        var text = new StringBuilder();
        text.Append($"ABR,{symbol},{number},{Today:yyyy-MM-dd},001\r\n");
        text.Append("被保険者整理番号,氏名,生年月日,個人番号,基礎年金番号,従前の標準報酬月額,資格取得年月日,月額変更予定月,短時間労働者,4月報酬月額,4月支払基礎日数,5月報酬月額,5月支払基礎日数,6月報酬月額,6月支払基礎日数,70歳以上被用者,備考\r\n");
        for (var i = 1; i <= rows; i++)
        {
            var april = bad.Contains(i) ? 45 : 30;
            text.Append($"{i},年金 太郎,1980-04-01,,,300000,{year - 5}-04-01,,0,{300000 + i},{april},305000,31,320000,30,0,\r\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Reads a CSV the way the upload page does.</summary>
    public static async Task<CsvImportResult> ReadAsync(SubmissionKind kind, byte[] csv, string symbol, string number)
    {
        var context = new EmployerFilingContext(Today, new EstablishmentFacts(symbol, number));
        return (await EmployerCsvImport.ReadAsync(kind, new MemoryStream(csv), context, declaredLength: csv.Length))!;
    }

    /// <summary>Files the valid rows of a CSV as a submission of the establishment (as the CSV page does).</summary>
    public static async Task<StageOutcome> StageAsync(PortalWebFactory factory, CsvImportResult result, string userId,
        (Guid Id, string Symbol, string Number) establishment, bool attorney = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var stager = scope.ServiceProvider.GetRequiredService<EmployerFilingStager>();
        var context = new EmployerFilingContext(Today, new EstablishmentFacts(establishment.Symbol, establishment.Number));
        var filing = EmployerCsvImport.ToFiling(result, context)!;
        return await stager.StageAsync(SubmissionKind.AnnualBaseReport, filing, SubmissionOwner.Employer(userId, establishment.Id, attorney),
            SubmissionActor.Employer(userId), context, Guid.NewGuid().ToString("N"));
    }
}
