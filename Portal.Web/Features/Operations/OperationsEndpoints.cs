using System.Reflection;
using System.Runtime.InteropServices;

namespace Portal.Web.Features.Operations;

internal static class OperationsEndpoints
{
    public static void MapOperationsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // /health, /health/ready and /health/live: see PortalHealth.
        var version = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        endpoints.MapGet("/version", (IHostEnvironment env) => TypedResults.Ok(new VersionInfo(
            version, RuntimeInformation.FrameworkDescription, env.EnvironmentName)));
    }

    public sealed record VersionInfo(string Version, string Framework, string Environment);
}
