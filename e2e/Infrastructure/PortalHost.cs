using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace Portal.E2E.Infrastructure;

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalHost>
{
    public const string Name = "portal";
}

/// <summary>
/// Starts the built Portal.Web (its own process, fresh data folder, free loopback port), waits for /health,
/// and launches one headless Chromium shared by the collection. Each test opens its own browser context.
/// App output goes to artifacts/e2e/app-{timestamp}.log; the cold start time to artifacts/e2e/timings.txt.
/// </summary>
public sealed class PortalHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private Process? _app;
    private StreamWriter? _log;
    private readonly object _logLock = new();
    private IPlaywright? _playwright;

    public string RepoRoot { get; } = FindRepoRoot();
    public string ArtifactsDir => Path.Combine(RepoRoot, "artifacts", "e2e");
    public string ScreenshotsDir => Path.Combine(ArtifactsDir, "screenshots");
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "portal-e2e-" + Guid.NewGuid().ToString("N")[..12]);
    public Uri BaseUrl { get; private set; } = default!;
    public string LogPath { get; private set; } = "";
    public TimeSpan ColdStart { get; private set; }
    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotsDir);
        Directory.CreateDirectory(DataDirectory);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

        await StartAppAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
            ],
        });
    }

    /// <summary>A fresh context (own cookies) and page, with generous timeouts for a 2-core CI machine.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new() { Width = 1280, Height = 900 },
            Locale = "ja-JP",
        });
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public string ScreenshotPath(string name) => Path.Combine(ScreenshotsDir, name + ".png");

    private async Task StartAppAsync()
    {
        var webDir = Path.Combine(RepoRoot, "Portal.Web");
        var binDir = Path.Combine(webDir, "bin", "Debug", "net9.0", "linux-x64");
        var apphost = Path.Combine(binDir, "Portal.Web");
        var dll = Path.Combine(binDir, "Portal.Web.dll");
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");

        var psi = File.Exists(apphost)
            ? new ProcessStartInfo(apphost)
            : File.Exists(dll)
                ? new ProcessStartInfo("dotnet") { ArgumentList = { dll } }
                : throw new InvalidOperationException($"Portal.Web is not built: neither {apphost} nor {dll} exists. Run `dotnet build Portal.sln` first.");
        psi.WorkingDirectory = webDir;
        psi.UseShellExecute = false;
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.RedirectStandardInput = true;
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        psi.Environment["DOTNET_ENVIRONMENT"] = "Development";
        psi.Environment["ASPNETCORE_URLS"] = BaseUrl.ToString().TrimEnd('/');
        psi.Environment["Portal__DataDirectory"] = DataDirectory;
        // Lets a journey move the consultation clock to a booking's day (Portal.Web/Features/Consultations/ConsultationDemoClock.cs).
        psi.Environment["Portal__Consultations__DemoClock"] = "true";
        psi.Environment.Remove("ASPNETCORE_HTTPS_PORTS");
        psi.Environment.Remove("ASPNETCORE_HTTP_PORTS");

        var stamp = DateTime.Now.ToString("yyyyMMdd-HHmmss");
        LogPath = Path.Combine(ArtifactsDir, $"app-{stamp}.log");
        _log = new StreamWriter(LogPath, append: true) { AutoFlush = true };
        WriteLog($"# {DateTimeOffset.Now:O} starting {psi.FileName} {string.Join(' ', psi.ArgumentList)} in {webDir}");
        WriteLog($"# url {BaseUrl} data {DataDirectory}");

        var clock = Stopwatch.StartNew();
        var app = new Process { StartInfo = psi, EnableRaisingEvents = true };
        app.OutputDataReceived += (_, e) => { if (e.Data is not null) WriteLog(e.Data); };
        app.ErrorDataReceived += (_, e) => { if (e.Data is not null) WriteLog("[stderr] " + e.Data); };
        app.Start();
        _app = app;
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        string? lastProblem = null;
        while (true)
        {
            if (app.HasExited)
                throw new InvalidOperationException(
                    $"Portal.Web exited with code {app.ExitCode} before it was healthy. Log: {LogPath}\n{Tail(LogPath)}");
            if (clock.Elapsed > StartTimeout)
                throw new TimeoutException(
                    $"Portal.Web was not healthy within {StartTimeout.TotalSeconds:0} s (last: {lastProblem}). Log: {LogPath}\n{Tail(LogPath)}");
            try
            {
                using var response = await http.GetAsync("health");
                if (response.StatusCode == HttpStatusCode.OK) break;
                lastProblem = $"/health answered {(int)response.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                lastProblem = e.Message;
            }
            await Task.Delay(250);
        }
        ColdStart = clock.Elapsed;
        var line = $"{DateTimeOffset.Now:O} cold start (process start to /health 200, fresh data folder): {ColdStart.TotalSeconds:0.0} s";
        WriteLog("# " + line);
        await File.AppendAllTextAsync(Path.Combine(ArtifactsDir, "timings.txt"), line + Environment.NewLine);
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (Browser is not null) await Browser.CloseAsync();
        }
        catch { /* browser already gone */ }
        _playwright?.Dispose();

        if (_app is not null)
        {
            try
            {
                if (!_app.HasExited)
                {
                    _app.Kill(entireProcessTree: true);
                    await _app.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(15)).Token);
                }
            }
            catch (Exception e) { WriteLog($"# stopping the app: {e.Message}"); }
            _app.Dispose();
        }
        lock (_logLock)
        {
            _log?.Dispose();
            _log = null;
        }
        try { Directory.Delete(DataDirectory, recursive: true); } catch { /* best effort */ }
    }

    private void WriteLog(string line)
    {
        lock (_logLock)
        {
            _log?.WriteLine(line);
            _logLines.Add(line);
        }
    }

    private readonly List<string> _logLines = [];
    private int _scannedLines;

    /// <summary>
    /// Scans the app's log lines written since the last scan for personal data (<see cref="PersonalDataScan"/>) and
    /// returns the findings; every journey calls it when it ends, so the whole run's log is covered.
    /// </summary>
    public (int Lines, IReadOnlyList<string> Findings) ScanNewLogLines()
    {
        List<string> lines;
        int first;
        lock (_logLock)
        {
            first = _scannedLines + 1;
            lines = _logLines.GetRange(_scannedLines, _logLines.Count - _scannedLines);
            _scannedLines = _logLines.Count;
        }
        return (lines.Count, PersonalDataScan.FromStore(DataDirectory).Find(lines, first));
    }

    private string Tail(string path, int lines = 40)
    {
        try
        {
            lock (_logLock) _log?.Flush();
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var all = reader.ReadToEnd().Split('\n');
            return string.Join('\n', all.TakeLast(lines));
        }
        catch { return ""; }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Portal.sln not found above {AppContext.BaseDirectory}.");
    }
}
