using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.E2E.Accessibility;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Accessibility;

/// <summary>
/// "Every page is scanned" is kept true by this test: each Razor page route of the app must be in the lists the axe scans
/// open (e2e/Accessibility/ScannedPages.cs) or be listed there as not scanned, with the reason.
/// </summary>
public sealed class AxeScanCoverage(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    [Fact]
    public void Every_page_of_the_app_is_in_the_axe_scans()
    {
        var pages = factory.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Contains("/admin/audit", pages); // the enumeration sees the pages
        Assert.Contains("/submissions/{Id:guid}", pages);

        var covered = ScannedPages.All.Concat(ScannedPages.NotScanned.Keys).ToHashSet(StringComparer.Ordinal);
        var missing = pages.Where(p => !covered.Contains(p)).ToList();
        Assert.True(missing.Count == 0,
            "These pages are not opened by the axe scans: add each to e2e/Accessibility/ScannedPages.cs (and to the scan), "
            + "or to NotScanned with the reason:\n  " + string.Join("\n  ", missing));
    }
}
