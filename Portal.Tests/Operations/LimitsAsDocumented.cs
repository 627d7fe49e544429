using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Infrastructure.EmployerFilings.Csv;
using Portal.Tests.TestSupport;
using Portal.Web.Features.Operations;

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

/// <summary>A body over Kestrel's limit gets the localized 413 page (the in-memory server does not enforce the limit, so the error is raised by hand).</summary>
public sealed class RequestTooLargeAnswer
{
    private static async Task<(int Status, string Body)> RunAsync(string culture, Exception thrown)
    {
        var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var app = new Microsoft.AspNetCore.Builder.ApplicationBuilder(services);
        app.UseRequestTooLargePage();
        app.Run(_ => throw thrown);
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(culture);
        try { await app.Build()(context); }
        finally { System.Globalization.CultureInfo.CurrentUICulture = before; }
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, await new StreamReader(context.Response.Body).ReadToEndAsync());
    }

    [Theory]
    [InlineData("ja", "送信されたデータが上限を超えています。")]
    [InlineData("en", "What you sent is larger than the limit.")]
    public async Task A_body_over_the_limit_gets_413_and_a_page_in_the_users_language(string culture, string message)
    {
        var (status, body) = await RunAsync(culture, new Microsoft.AspNetCore.Http.BadHttpRequestException("too large", 413));
        Assert.Equal(413, status);
        Assert.Contains(message, body);
    }

    [Fact]
    public async Task Other_bad_requests_are_not_turned_into_413()
    {
        await Assert.ThrowsAsync<Microsoft.AspNetCore.Http.BadHttpRequestException>(() =>
            RunAsync("ja", new Microsoft.AspNetCore.Http.BadHttpRequestException("bad", 400)));
    }
}
