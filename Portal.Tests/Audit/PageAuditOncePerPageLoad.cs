using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Infrastructure;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Accounts;
using Portal.Domain.Audit;
using Portal.Tests.TestSupport;
using Portal.Web.Features.Audit;

namespace Portal.Tests.Audit;

/// <summary>
/// A prerendered page initialises twice (the HTTP request, then the circuit): its view is recorded by the first run, and the
/// circuit, restored from the state the prerender persisted, records nothing; a later view in the same circuit records again.
/// </summary>
public sealed class PageAuditOncePerPageLoad(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private sealed class MemoryStateStore : IPersistentComponentStateStore
    {
        public IDictionary<string, byte[]> State { get; private set; } = new Dictionary<string, byte[]>();
        public Task<IDictionary<string, byte[]>> GetPersistedStateAsync() => Task.FromResult(State);
        public Task PersistStateAsync(IReadOnlyDictionary<string, byte[]> state)
        {
            State = state.ToDictionary();
            return Task.CompletedTask;
        }
    }

    private sealed class NullRenderer(IServiceProvider services) : Renderer(services, NullLoggerFactory.Instance)
    {
        public override Dispatcher Dispatcher { get; } = Dispatcher.CreateDefault();
        protected override void HandleException(Exception exception) => throw exception;
        protected override Task UpdateDisplayAsync(in RenderBatch renderBatch) => Task.CompletedTask;
    }

    [Fact]
    public async Task The_prerender_records_the_view_and_the_circuit_start_does_not()
    {
        var audit = factory.Services.GetRequiredService<PortalAudit>();
        var user = AuditTestSupport.Principal("viewer-1", Roles.Citizen);
        var subject = $"record:{Guid.NewGuid():D}";
        var head = await factory.HeadAsync();

        var prerender = new ComponentStatePersistenceManager(NullLogger<ComponentStatePersistenceManager>.Instance);
        using var prerendered = new PageAudit(audit, prerender.State); // lives as long as the request's scope
        await prerendered.ViewedAsync(user, subject, "record-page");
        var store = new MemoryStateStore();
        await using (var scope = factory.Services.CreateAsyncScope())
            await prerender.PersistStateAsync(store, new NullRenderer(scope.ServiceProvider));

        var circuit = new ComponentStatePersistenceManager(NullLogger<ComponentStatePersistenceManager>.Instance);
        await circuit.RestoreStateAsync(store);
        using var interactive = new PageAudit(audit, circuit.State);
        await interactive.ViewedAsync(user, subject, "record-page"); // the same page load, now interactive
        Assert.Single((await factory.SinceAsync(head, AuditActions.RecordViewed)).Where(e => e.Subject == subject));

        await interactive.ViewedAsync(user, subject, "record-page"); // navigated back to it later in the circuit
        Assert.Equal(2, (await factory.SinceAsync(head, AuditActions.RecordViewed)).Count(e => e.Subject == subject));
    }
}
