namespace Portal.Infrastructure.Persistence;

/// <summary>Where the portal store lives. Section <c>Portal</c> of the configuration.</summary>
public sealed class PortalStoreOptions
{
    public const string Section = "Portal";

    /// <summary>Folder for the SQLite store; relative paths are under the content root.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>Seed the fictional demo data on first run (the embedded default).</summary>
    public bool SeedDemoData { get; set; } = true;

    public static string ConnectionStringFor(string dataDirectory) =>
        $"Data Source={Path.Combine(dataDirectory, "portal.db")};Pooling=True;Default Timeout=30";
}
