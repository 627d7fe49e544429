using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Infrastructure.EmployerFilings.Csv;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Operations;

/// <summary>
/// The circuit and size limits the app runs with are the values docs/operations.md documents (change both together).
/// </summary>
public sealed class LimitsAsDocumented(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private T Options<T>() where T : class => factory.Services.GetRequiredService<IOptions<T>>().Value;

    [Fact]
    public void Circuits_are_kept_3_minutes_at_most_100_per_node_with_a_1_minute_browser_call_timeout()
    {
        var circuit = Options<CircuitOptions>();
        Assert.Equal(TimeSpan.FromMinutes(3), circuit.DisconnectedCircuitRetentionPeriod);
        Assert.Equal(100, circuit.DisconnectedCircuitMaxRetained);
        Assert.Equal(TimeSpan.FromMinutes(1), circuit.JSInteropDefaultCallTimeout);
    }

    [Fact]
    public void A_circuit_message_is_at_most_32_KiB()
    {
        // The Blazor hub (ComponentHub) is internal: resolve its options through the type's name.
        var hub = typeof(CircuitOptions).Assembly.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub", throwOnError: true)!;
        var optionsType = typeof(IOptions<>).MakeGenericType(typeof(HubOptions<>).MakeGenericType(hub));
        var options = (HubOptions)optionsType.GetProperty("Value")!.GetValue(factory.Services.GetRequiredService(optionsType))!;
        Assert.Equal(32 * 1024, options.MaximumReceiveMessageSize);
    }

    [Fact]
    public void Request_bodies_follow_the_csv_upload_limit_of_10_MiB()
    {
        var csvLimit = new EmployerCsvOptions().MaxBytes;
        Assert.Equal(10 * 1024 * 1024, csvLimit);
        Assert.Equal(csvLimit, Options<FormOptions>().MultipartBodyLengthLimit);
        Assert.Equal(11 * 1024 * 1024, Options<KestrelServerOptions>().Limits.MaxRequestBodySize);
        Assert.True(Options<KestrelServerOptions>().Limits.MaxRequestBodySize > csvLimit);
    }
}
