using System.Net;
using Portal.Tests.TestSupport;

namespace Portal.Tests.BackOffice;

/// <summary>The metrics endpoint answers the hand-off figures in the Prometheus text format; the staff pages need a staff sign-in.</summary>
public sealed class MetricsAndPages(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    [Fact]
    public async Task Metrics_lists_the_hand_off_figures_as_plain_text()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.ToString());
        var text = await response.Content.ReadAsStringAsync();
        foreach (var name in new[] { "portal_outbox_queue_depth", "portal_outbox_oldest_undelivered_age_seconds", "portal_outbox_dead_lettered",
                     "portal_outbox_deliveries_per_minute", "portal_decision_feed_errors" })
            Assert.Contains($"\n{name} ", "\n" + text);
    }

    [Theory]
    [InlineData("/staff/handoff")]
    [InlineData("/reviewer/submissions")]
    public async Task Staff_pages_send_an_anonymous_visitor_to_sign_in(string path)
    {
        using var client = factory.CreateFormClient();
        var page = await client.GetAsync(path);
        Assert.True(page.IsRedirect, $"{path} answered {page.Status}");
        Assert.Contains("/Account/Login", page.Location);
        Assert.False(page.Has("[data-testid=handoff-figures]"));
        Assert.False(page.Has("[data-testid=review-list]"));
    }
}
