using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure;

namespace Portal.Tests.Operations;

/// <summary>
/// The Data Protection key ring (cookies, antiforgery, submission payloads): in its configured folder, and encrypted at
/// rest when a certificate is configured; without one the keys are plain XML (docs/operations.md says so).
/// </summary>
public sealed class KeyRingAtRest : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-tests", "keyring-" + Guid.NewGuid().ToString("N"));

    private string KeyXml(Dictionary<string, string?> settings)
    {
        settings["Portal:DataDirectory"] = Path.Combine(_folder, "data");
        settings["Portal:SeedDemoData"] = "false";
        settings["Portal:Jobs:Enabled"] = "false";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        IDataProtector Protector(ServiceProvider provider) => provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        ServiceProvider Start()
        {
            var services = new ServiceCollection().AddLogging();
            services.AddInfrastructure(configuration);
            return services.BuildServiceProvider();
        }
        string cipher;
        using (var first = Start()) cipher = Protector(first).Protect("secret");
        // A second process (or node) reads the key from disk and must be able to decrypt it.
        using (var second = Start()) Assert.Equal("secret", Protector(second).Unprotect(cipher));
        var keys = DependencyInjection.KeyRingDirectory(configuration, settings["Portal:DataDirectory"]!);
        return File.ReadAllText(Assert.Single(Directory.GetFiles(keys, "key-*.xml")));
    }

    [Fact]
    public void Without_a_certificate_the_key_is_stored_unencrypted_in_the_configured_folder()
    {
        var xml = KeyXml(new() { [DependencyInjection.KeyRingDirectoryKey] = Path.Combine(_folder, "shared-keys") });

        Assert.True(Directory.Exists(Path.Combine(_folder, "shared-keys")));
        Assert.Contains("<masterKey", xml);
        Assert.DoesNotContain("encryptedSecret", xml);
    }

    [Fact]
    public void With_a_certificate_the_key_is_encrypted_at_rest()
    {
        Directory.CreateDirectory(_folder);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=portal-key-ring-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var pfx = Path.Combine(_folder, "keyring.pfx");
        File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pkcs12, "pfx-password"));

        var xml = KeyXml(new()
        {
            [DependencyInjection.KeyRingCertificateKey] = pfx,
            [DependencyInjection.KeyRingCertificatePasswordKey] = "pfx-password",
        });

        Assert.Contains("encryptedSecret", xml);
        Assert.DoesNotContain("<masterKey", xml);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
