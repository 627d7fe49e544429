using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Portal.Web.Features.Operations;

/// <summary>
/// Circuit, message and request-size limits, set on purpose rather than left to framework defaults (section
/// <c>Portal:Limits</c>; docs/operations.md explains each value). The request limits follow the largest file the portal
/// accepts: the employer CSV (<c>EmployerFilings:Csv:MaxBytes</c>, 10 MiB).
/// </summary>
public sealed class PortalLimits
{
    public const string Section = "Portal:Limits";

    /// <summary>How long a circuit whose connection dropped is kept for the browser to reconnect (phone locked, train tunnel).</summary>
    public TimeSpan DisconnectedCircuitRetention { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Most disconnected circuits a node keeps in memory; past it the oldest are dropped (drafts are on the server anyway).</summary>
    public int DisconnectedCircuitMaxRetained { get; set; } = 100;

    /// <summary>How long a call from the server into the browser may take (also the wait between chunks of a file upload).</summary>
    public TimeSpan JSInteropTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Largest message a browser may send over the circuit. File uploads are streamed in chunks below it.</summary>
    public long MaxCircuitMessageBytes { get; set; } = 32 * 1024;

    /// <summary>Largest request body Kestrel accepts: the CSV limit plus room for the multipart framing.</summary>
    public long MaxRequestBodyBytes { get; set; } = 11 * 1024 * 1024;

    /// <summary>Largest multipart form body: the CSV limit (10 MiB).</summary>
    public long MaxMultipartBodyBytes { get; set; } = 10 * 1024 * 1024;
}

/// <summary>Applies <see cref="PortalLimits"/>.</summary>
public static class PortalLimitsSetup
{
    /// <summary>Reads the section and applies it to the circuit, hub, Kestrel and form options.</summary>
    public static IServiceCollection AddPortalLimits(this IServiceCollection services, IConfiguration configuration,
        IServerSideBlazorBuilder blazor)
    {
        var limits = configuration.GetSection(PortalLimits.Section).Get<PortalLimits>() ?? new PortalLimits();
        services.AddSingleton(limits);
        blazor.AddCircuitOptions(o =>
        {
            o.DisconnectedCircuitRetentionPeriod = limits.DisconnectedCircuitRetention;
            o.DisconnectedCircuitMaxRetained = limits.DisconnectedCircuitMaxRetained;
            o.JSInteropDefaultCallTimeout = limits.JSInteropTimeout;
        });
        blazor.AddHubOptions(o => o.MaximumReceiveMessageSize = limits.MaxCircuitMessageBytes);
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = limits.MaxMultipartBodyBytes);
        return services;
    }
}

/// <summary>
/// A request body over the limit (Kestrel's <c>MaxRequestBodySize</c>, 413) gets a short page in the user's language
/// instead of the generic error page.
/// </summary>
public static class RequestTooLargePage
{
    public static IApplicationBuilder UseRequestTooLargePage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Portal.Limits")
                .LogWarning("Request body over the limit on {Path}", context.Request.Path.Value);
            var l = context.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Portal.Web.Resources.SharedResource>>();
            context.Response.Clear();
            await PlainPage.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, l["Operations.TooLarge.Title"],
                l["Operations.TooLarge.Message"], l["Operations.BackHome"]);
        }
    });
}
