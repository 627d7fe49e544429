using System.Globalization;
using System.Net;
using System.Text;
using Portal.Infrastructure.Operations;
using Portal.Infrastructure.Submissions;
using Portal.Web.Features.Operations;

namespace Portal.Web.Features.BackOffice;

/// <summary>
/// GET /metrics: request, job, queue and kill-switch figures in the Prometheus text format (no personal data, counts
/// only). Anonymous by default, because a scraper cannot do two-factor sign-in and nothing here identifies anybody;
/// <c>Portal:Metrics:AllowedNetworks</c> (CIDR list, e.g. <c>10.0.0.0/8;127.0.0.1/32</c>) limits it to the
/// monitoring network, and other addresses get 404 (docs/operations.md).
/// </summary>
public static class MetricsEndpoint
{
    /// <summary>Configuration key of the networks allowed to read /metrics (empty: everybody).</summary>
    public const string AllowedNetworksKey = "Portal:Metrics:AllowedNetworks";

    public static IEndpointRouteBuilder MapHandoffMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/metrics", async (HttpContext context, HandoffFigures figures, RequestCounters requests, JobFigures jobs,
            KillSwitchStore switches, IConfiguration configuration, CancellationToken ct) =>
        {
            if (!Allowed(context.Connection.RemoteIpAddress, configuration[AllowedNetworksKey])) return Results.NotFound();
            var text = Format(await figures.SnapshotAsync(ct)) + FormatOperations(requests, jobs, await switches.CurrentAsync(ct));
            return Results.Text(text, "text/plain; version=0.0.4; charset=utf-8");
        }).AllowAnonymous();
        return endpoints;
    }

    /// <summary>True when no networks are configured, or the address is in one of them.</summary>
    public static bool Allowed(IPAddress? address, string? networks)
    {
        if (string.IsNullOrWhiteSpace(networks)) return true;
        if (address is null) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        foreach (var part in networks.Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries))
            if (IPNetwork.TryParse(part, out var network) && network.Contains(address)) return true;
        return false;
    }

    /// <summary>The exposition text of the hand-off figures.</summary>
    public static string Format(HandoffSnapshot s)
    {
        var text = new StringBuilder();
        void Metric(string name, string type, string help, double value)
        {
            text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n');
            text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
            text.Append(name).Append(' ').Append(Number(value)).Append('\n');
        }
        Metric("portal_outbox_queue_depth", "gauge", "Outbox rows waiting for delivery (not dead-lettered).", s.QueueDepth);
        Metric("portal_outbox_oldest_undelivered_age_seconds", "gauge", "Age of the oldest undelivered outbox row.", s.OldestUndeliveredAge.TotalSeconds);
        Metric("portal_outbox_dead_lettered", "gauge", "Outbox rows parked after too many failed attempts.", s.DeadLettered);
        Metric("portal_outbox_deliveries_per_minute", "gauge", "Outbox rows delivered in the last minute.", s.DeliveredLastMinute);
        Metric("portal_decision_feed_errors", "gauge", "Back-office decisions recorded as errors by the feed.", s.FeedErrors);
        return text.ToString();
    }

    /// <summary>Requests by status class, per-job runs and failures (this process), and the kill switches.</summary>
    public static string FormatOperations(RequestCounters requests, JobFigures jobs, KillSwitchState switches)
    {
        var text = new StringBuilder();
        void Header(string name, string type, string help) =>
            text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n').Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
        void Line(string name, string? label, string? value, double number)
        {
            text.Append(name);
            if (label is not null) text.Append('{').Append(label).Append("=\"").Append(value).Append("\"}");
            text.Append(' ').Append(Number(number)).Append('\n');
        }

        Header("portal_http_requests_total", "counter", "Responses by status class since this process started.");
        foreach (var (statusClass, count) in requests.Snapshot()) Line("portal_http_requests_total", "status_class", statusClass, count);

        var figures = jobs.Snapshot();
        Header("portal_job_runs_total", "counter", "Job runs in this process since start.");
        foreach (var (job, f) in figures) Line("portal_job_runs_total", "job", job, f.Runs);
        Header("portal_job_failures_total", "counter", "Job runs that ended with an exception.");
        foreach (var (job, f) in figures) Line("portal_job_failures_total", "job", job, f.Failures);
        Header("portal_job_last_run_timestamp_seconds", "gauge", "Unix time of the last run of the job in this process.");
        foreach (var (job, f) in figures) Line("portal_job_last_run_timestamp_seconds", "job", job, f.LastRun?.ToUnixTimeSeconds() ?? 0);
        Header("portal_job_last_duration_seconds", "gauge", "Duration of the last run of the job.");
        foreach (var (job, f) in figures) Line("portal_job_last_duration_seconds", "job", job, f.LastDurationSeconds);

        Header("portal_read_only", "gauge", "1 while the read-only kill switch is on.");
        Line("portal_read_only", null, null, switches.ReadOnly ? 1 : 0);
        Header("portal_forms_disabled", "gauge", "Form types switched off by a kill switch.");
        Line("portal_forms_disabled", null, null, switches.Switches.Count(s => s.IsOn && s.Name.StartsWith(Portal.Domain.Operations.KillSwitchNames.FormPrefix, StringComparison.Ordinal)));
        return text.ToString();
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
