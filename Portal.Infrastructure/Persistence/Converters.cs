using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Domain.Common;
using Portal.Domain.Identifiers;

namespace Portal.Infrastructure.Persistence;

/// <summary>Value converters for the domain's value types.</summary>
internal static class Converters
{
    public static readonly ValueConverter<YearMonth, int> YearMonth =
        new(v => v.ToInt(), v => Domain.Common.YearMonth.FromInt(v));

    public static readonly ValueConverter<BasicPensionNumber, string> PensionNumber =
        new(v => v.Value, v => BasicPensionNumber.From(v));

    // Optional on an establishment; EF Core never passes null to a converter.
    public static readonly ValueConverter<CorporateNumber?, string> CorporateNumber =
        new(v => v!.Value, v => Domain.Identifiers.CorporateNumber.From(v));
}
