using System.Collections.Specialized;
using System.Text.Json;
using Quartz;
using Quartz.Spi;

namespace Portal.Infrastructure.Jobs;

/// <summary>
/// Quartz's <see cref="IObjectSerializer"/> on System.Text.Json (the binary serializer cannot work on .NET 9 and the
/// JSON serializer packages are not served). The job store runs with <c>useProperties</c>, so what Quartz hands over is a
/// job data map (or its property bag) of strings; maps are written as a flat JSON object, anything else with the default
/// System.Text.Json contract.
/// </summary>
public sealed class SystemTextJsonObjectSerializer : IObjectSerializer
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public void Initialize() { }

    public byte[] Serialize<T>(T obj) where T : class
    {
        ArgumentNullException.ThrowIfNull(obj);
        return obj switch
        {
            JobDataMap map => JsonSerializer.SerializeToUtf8Bytes(ToDictionary(map), Options),
            NameValueCollection bag => JsonSerializer.SerializeToUtf8Bytes(
                bag.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => (object?)bag[k]), Options),
            _ => JsonSerializer.SerializeToUtf8Bytes(obj, obj.GetType(), Options),
        };
    }

    public T? DeSerialize<T>(byte[] data) where T : class
    {
        if (data is null || data.Length == 0) return null;
        if (typeof(T) == typeof(JobDataMap) || typeof(T) == typeof(IDictionary<string, object>))
        {
            var map = new JobDataMap();
            foreach (var (key, value) in ReadObject(data)) map[key] = value!;
            return (T)(object)map;
        }
        if (typeof(T) == typeof(NameValueCollection))
        {
            var bag = new NameValueCollection();
            foreach (var (key, value) in ReadObject(data)) bag.Add(key, value?.ToString());
            return (T)(object)bag;
        }
        return JsonSerializer.Deserialize<T>(data, Options);
    }

    private static Dictionary<string, object?> ToDictionary(JobDataMap map) =>
        map.ToDictionary(p => p.Key, p => (object?)p.Value);

    private static IEnumerable<KeyValuePair<string, object?>> ReadObject(byte[] data)
    {
        using var doc = JsonDocument.Parse(data);
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            object? value = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Number when p.Value.TryGetInt32(out var i) => i,
                JsonValueKind.Number when p.Value.TryGetInt64(out var l) => l,
                JsonValueKind.Number => p.Value.GetDouble(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Null => null,
                _ => p.Value.GetRawText(),
            };
            yield return new(p.Name, value);
        }
    }
}
