using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Portal.Infrastructure.DemoData;

/// <summary>
/// Inserts many rows of one entity type with a single prepared INSERT, inside the context's current
/// transaction. Table, columns, value converters and parameter types all come from the EF model, so the
/// rows are stored exactly as SaveChanges would store them (but about 20 times faster on SQLite, where
/// SaveChanges round-trips each generated key). Store-generated keys are left to the database.
/// Used only for the demo record months (tens of thousands of rows).
/// </summary>
internal static class ModelBulkInsert
{
    public static async Task<int> InsertAsync<T>(DbContext db, IEnumerable<T> rows, CancellationToken cancellationToken) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never))
            .Select(p => (Property: p, Column: p.GetColumnName(table)!, Mapping: p.GetRelationalTypeMapping(), Getter: p.GetGetter()))
            .ToArray();

        var sql = db.GetService<ISqlGenerationHelper>();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A transaction is required.");
        var connection = db.Database.GetDbConnection();

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.Column)))}) " +
            $"VALUES ({string.Join(", ", properties.Select((_, i) => "@p" + i))})";

        var count = 0;
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var i = 0; i < properties.Length; i++)
            {
                var (property, _, mapping, getter) = properties[i];
                var value = getter.GetClrValue(row);
                // The mapping applies the property's value converter and the provider's parameter type.
                command.Parameters.Add(mapping.CreateParameter(command, "@p" + i, value, property.IsNullable));
            }
            if (count == 0) await command.PrepareAsync(cancellationToken);
            await command.ExecuteNonQueryAsync(cancellationToken);
            count++;
        }
        return count;
    }
}
