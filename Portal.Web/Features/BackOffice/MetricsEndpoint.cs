using System.Globalization;
using System.Text;
using Portal.Infrastructure.Submissions;

namespace Portal.Web.Features.BackOffice;

/// <summary>GET /metrics: the hand-off figures in the Prometheus text format (no personal data, counts only).</summary>
public static class MetricsEndpoint
{
    public static IEndpointRouteBuilder MapHandoffMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/metrics", async (HandoffFigures figures, CancellationToken ct) =>
            Results.Text(Format(await figures.SnapshotAsync(ct)), "text/plain; version=0.0.4; charset=utf-8"));
        return endpoints;
    }

    /// <summary>The exposition text.</summary>
    public static string Format(HandoffSnapshot s)
    {
        var text = new StringBuilder();
        void Metric(string name, string type, string help, double value)
        {
            text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n');
            text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
            text.Append(name).Append(' ').Append(value.ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');
        }
        Metric("portal_outbox_queue_depth", "gauge", "Outbox rows waiting for delivery (not dead-lettered).", s.QueueDepth);
        Metric("portal_outbox_oldest_undelivered_age_seconds", "gauge", "Age of the oldest undelivered outbox row.", s.OldestUndeliveredAge.TotalSeconds);
        Metric("portal_outbox_dead_lettered", "gauge", "Outbox rows parked after too many failed attempts.", s.DeadLettered);
        Metric("portal_outbox_deliveries_per_minute", "gauge", "Outbox rows delivered in the last minute.", s.DeliveredLastMinute);
        Metric("portal_decision_feed_errors", "gauge", "Back-office decisions recorded as errors by the feed.", s.FeedErrors);
        return text.ToString();
    }
}
