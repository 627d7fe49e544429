using System.Reflection;
using System.Runtime.InteropServices;

namespace Portal.Web.Features.Operations;

internal static class OperationsEndpoints
{
    public static void MapOperationsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // /health, /health/ready and /health/live: see PortalHealth.
        var version = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        // Anonymous: outside Development it names only the portal's own version, not the runtime or the environment
        // (nothing that helps pick an exploit).
        endpoints.MapGet("/version", (IHostEnvironment env) => TypedResults.Ok(env.IsDevelopment()
            ? new VersionInfo(version, RuntimeInformation.FrameworkDescription, env.EnvironmentName)
            : new VersionInfo(version, null, null)));
    }

    public sealed record VersionInfo(string Version, string? Framework, string? Environment);
}
