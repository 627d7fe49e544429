using System.Reflection;
using System.Runtime.InteropServices;

namespace Portal.Web.Features.Operations;

internal static class OperationsEndpoints
{
    public static void MapOperationsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Checks the portal store; answers "Healthy" (200) or "Unhealthy" (503).
        endpoints.MapHealthChecks("/health");

        var version = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        endpoints.MapGet("/version", (IHostEnvironment env) => TypedResults.Ok(new VersionInfo(
            version, RuntimeInformation.FrameworkDescription, env.EnvironmentName)));
    }

    public sealed record VersionInfo(string Version, string Framework, string Environment);
}
