using Microsoft.AspNetCore.DataProtection;

namespace Portal.Infrastructure.Submissions;

/// <summary>
/// Encrypts form payloads at rest (drafts and every submitted revision: they hold names, addresses, incomes and, where a
/// form needs it, the My Number) with ASP.NET Core Data Protection, whose key ring lives in the data folder. Applied by
/// the storage layer as a value converter, so the domain and the screens only ever see plain JSON.
/// </summary>
public sealed class PayloadProtector
{
    /// <summary>Purpose string: changing it makes existing payloads unreadable.</summary>
    public const string Purpose = "Portal.Submissions.Payload.v1";

    private readonly IDataProtector _protector;

    /// <summary>A protector from the application's key ring.</summary>
    public PayloadProtector(IDataProtectionProvider provider) =>
        _protector = provider.CreateProtector(Purpose);

    /// <summary>Ciphertext (base64url) of <paramref name="plain"/>.</summary>
    public string Protect(string plain) => _protector.Protect(plain);

    /// <summary>The plain JSON of <paramref name="cipher"/>.</summary>
    public string Unprotect(string cipher) => _protector.Unprotect(cipher);
}
