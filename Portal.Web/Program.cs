using Portal.Infrastructure;
using Portal.Infrastructure.Persistence;
using Portal.Web;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddJsonConsole(o => o.IncludeScopes = false);

builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddWeb(builder.Configuration);

var app = builder.Build();
await app.Services.GetRequiredService<PortalStoreInitializer>().InitialiseAsync();

app.UseWeb();
app.MapWeb();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
