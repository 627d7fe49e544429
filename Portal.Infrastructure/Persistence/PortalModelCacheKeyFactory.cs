using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Portal.Infrastructure.Persistence;

/// <summary>
/// EF Core caches one model per context type. Ours holds value converters bound to the application's payload protector
/// (its key ring), so the cache key includes that protector: two hosts in one process (the tests) never share keys.
/// </summary>
internal sealed class PortalModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is PortalDbContext portal
            ? (context.GetType(), portal.PayloadProtector, designTime)
            : (object)(context.GetType(), designTime);
}
