using Microsoft.Data.Sqlite;

namespace Portal.E2E.Infrastructure;

/// <summary>The log scan itself: it must find what it claims to find, and not flag ordinary log lines.</summary>
public sealed class PersonalDataScanTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "scan-" + Guid.NewGuid().ToString("N")[..8]);

    public PersonalDataScanTests()
    {
        Directory.CreateDirectory(_dir);
        using var c = new SqliteConnection($"Data Source={Path.Combine(_dir, "portal.db")};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            CREATE TABLE InsuredPersons (PensionNumber TEXT, FamilyName TEXT, GivenName TEXT, FamilyNameKana TEXT, GivenNameKana TEXT);
            CREATE TABLE AspNetUsers (Email TEXT);
            CREATE TABLE Offices (Address TEXT);
            CREATE TABLE Establishments (Address TEXT);
            INSERT INTO Offices VALUES ('東京都千代田区架空町1-2-3');
            INSERT INTO Establishments VALUES ('大阪府大阪市北区架空通2丁目4番');
            INSERT INTO InsuredPersons VALUES ('1234567890', '架空', '花子', 'カクウ', 'ハナコ');
            INSERT INTO AspNetUsers VALUES ('someone@demo.example');
            """;
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch { /* best effort */ }
    }

    [Theory]
    [InlineData("""{"Message":"filed for 1234-567890"}""", "pension number")]
    [InlineData("""{"Message":"mn 123456789018 ok"}""", "My Number")]
    [InlineData("""{"Message":"name \u67B6\u7A7A \u82B1\u5B50"}""", "full name")]
    [InlineData("""{"Message":"kana カクウハナコ"}""", "full name")]
    [InlineData("""{"Message":"user SOMEONE@demo.example signed in"}""", "e-mail")]
    [InlineData("""{"Message":"address 神奈川県横浜市中区架空町3丁目5番"}""", "postal address")]
    [InlineData("""{"Message":"moved to \u5317\u6d77\u9053\u672d\u5e4c\u5e02\u4e2d\u592e\u533a\u67b6\u7a7a12-3"}""", "postal address")]
    public void FindsPersonalData(string line, string kind)
    {
        var findings = PersonalDataScan.FromStore(_dir).Find([line]);
        Assert.Contains(findings, f => f.Contains(kind, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"EventId":1,"Message":"Request finished in 12.3 ms 200","TraceId":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"}""")]
    [InlineData("""{"Message":"relayed 1234567891 rows"}""")] // ten digits that are nobody's pension number
    [InlineData("""{"Message":"receipt 123456789012"}""")] // twelve digits with a wrong check digit
    [InlineData("""{"Message":"花子 alone is not a full name"}""")]
    [InlineData("""{"Message":"office 東京都千代田区架空町1-2-3 opened"}""")] // an office's address is public
    [InlineData("""{"Message":"booked at 東京都 office"}""")] // a prefecture alone is no address
    public void LeavesOrdinaryLinesAlone(string line) =>
        Assert.Empty(PersonalDataScan.FromStore(_dir).Find([line]));
}
