using Microsoft.Extensions.Localization;
using Portal.Domain.Records;
using Portal.Infrastructure.Documents;
using Portal.Web.Components;
using Portal.Web.Features.Notices;
using Portal.Web.Resources;

namespace Portal.Web.Features.Records;

/// <summary>The texts of the annual statement, shared by its page and its PDF.</summary>
public static class StatementDocuments
{
    /// <summary>The amounts for the person's age band as label/value pairs (empty when the calculator cannot estimate).</summary>
    public static IReadOnlyList<DocumentField> AmountFields(StatementQueries.StatementView view, IStringLocalizer<SharedResource> l)
    {
        if (view.Amounts is not { } a) return [];
        var perYear = (long yen) => string.Format(l["Records.Statement.PerYear"], Formats.Yen(yen));
        List<DocumentField> fields =
        [
            new(l["Records.Statement.Basic"], perYear(a.Basic)),
            new(l["Records.Statement.EarningsRelated"], perYear(a.EarningsRelated)),
            new(l["Records.Statement.TotalAt65"], perYear(a.Total)),
        ];
        if (a.DeferredTo70Total is { } deferred)
            fields.Add(new(string.Format(l["Records.Statement.DeferredTo70"],
                a.DeferredTo70IncreasePercent?.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)), perYear(deferred)));
        return fields;
    }

    /// <summary>
    /// The heading of the amounts: the age band's, except that from 60 (nothing left to project) the amounts are those
    /// earned so far, so the heading says so.
    /// </summary>
    public static string AmountsHeadingKey(AnnualStatement s) =>
        AnnualStatement.AgeBandKey(s.ShowsProjectionTo60 ? StatementAgeBand.FiftyAndOver : StatementAgeBand.Under50);

    /// <summary>The explanation under the amounts for the age band.</summary>
    public static string AmountsNote(AnnualStatement s, IStringLocalizer<SharedResource> l) =>
        s.ShowsProjectionTo60 ? l["Records.Statement.ProjectionNote"] : l["Records.Statement.EarnedSoFarNote"];

    public static IReadOnlyList<DocumentField> MonthFields(AnnualStatement s, IStringLocalizer<SharedResource> l)
    {
        var m = s.MonthsByScheme;
        string Months(int n) => string.Format(l["Records.Page.MonthsValue"], n);
        return
        [
            new(l["Records.Statement.Category1Paid"], Months(m.Category1PaidMonths)),
            new(l["Records.Statement.FullExemption"], Months(m.FullExemptionMonths)),
            new(l["Records.Statement.PartialExemption"], Months(m.PartialExemptionMonths)),
            new(l["Records.Status.PaymentDeferral"], Months(m.PaymentDeferralMonths)),
            new(l["Records.Status.StudentDeferral"], Months(m.StudentDeferralMonths)),
            new(l["Records.Statement.Category3"], Months(m.Category3Months)),
            new(l["Records.Statement.NationalPension"], Months(m.NationalPensionMonths)),
            new(l["Records.Statement.EmployeesPension"], Months(m.EmployeesPensionMonths)),
            new(l["Records.Statement.TotalMonths"], Months(m.TotalMonths)),
            new(l["Records.Total.Additional"], Months(m.AdditionalPremiumMonths)),
            new(l["Records.Status.Unpaid"], Months(m.UnpaidMonths)),
        ];
    }

    public static IReadOnlyList<DocumentField> PremiumFields(AnnualStatement s, IStringLocalizer<SharedResource> l) =>
    [
        new(l["Records.Statement.PremiumsNational"], Formats.Yen(s.PremiumsPaid.NationalPension)),
        new(l["Records.Statement.PremiumsEmployees"], Formats.Yen(s.PremiumsPaid.EmployeesPensionEmployeeShare)),
        new(l["Records.Statement.PremiumsTotal"], Formats.Yen(s.PremiumsPaid.Total)),
    ];

    /// <summary>A recent month as table cells: month, status as text, category, premium, paid on, standard pay.</summary>
    public static string[] RecentCells(StatementMonth m, IStringLocalizer<SharedResource> l) =>
    [
        Formats.Month(m.Month),
        m.Status is { } st ? l[MonthStatusInfo.For(st).NameKey].Value : l["Records.Page.NoEntry"].Value,
        m.Category is { } c ? l["Simulator.Category." + c].Value : "",
        m.PremiumDue == 0 ? "" : Formats.Yen(m.PremiumDue),
        m.PaidOn is { } paid ? Formats.Date(paid) : "",
        m.StandardMonthlyPay is { } pay ? Formats.Yen(pay) : "",
    ];

    public static string[] RecentHeaders(IStringLocalizer<SharedResource> l) =>
    [
        l["Records.Page.Month"], l["Records.Page.Status"], l["Records.Export.Category"], l["Records.Export.PremiumDue"],
        l["Records.Export.PaidOn"], l["Records.Page.StandardPay"],
    ];

    /// <summary>The statement as a PDF document.</summary>
    public static PortalDocument Statement(StatementQueries.StatementView view, IStringLocalizer<SharedResource> l, DateTimeOffset issuedAt)
    {
        var s = view.Statement;
        var amounts = AmountFields(view, l);
        var headers = RecentHeaders(l);
        return DocumentTexts.Document(l, l["Records.Statement.Title"], issuedAt) with
        {
            Subtitle = view.Person.FullName,
            FooterNote = string.Format(l["Records.Statement.Footer"], Formats.Date(s.AsOf)),
            Blocks =
            [
                RecordDocuments.Person(view.Person, l) with
                {
                    Fields = [.. RecordDocuments.Person(view.Person, l).Fields,
                        new DocumentField(l["Records.Statement.AgeLabel"], string.Format(l["Records.Page.Age"], s.Age))],
                },
                amounts.Count > 0
                    ? new FieldSection(l[AmountsHeadingKey(s)], amounts)
                    : new DocumentParagraph(l[AmountsHeadingKey(s)], l["Records.Statement.NotEstimated"]),
                new DocumentParagraph(null, AmountsNote(s, l)),
                new FieldSection(l["Records.Statement.Months"], MonthFields(s, l)),
                new FieldSection(l["Records.Statement.Premiums"], PremiumFields(s, l)),
                new DocumentTable(l["Records.Statement.Recent"],
                    [new(headers[0], 1.2), new(headers[1], 1.5), new(headers[2], 1.5), new(headers[3], 1, ColumnAlignment.Right),
                     new(headers[4], 1.3), new(headers[5], 1.1, ColumnAlignment.Right)],
                    [.. s.RecentMonths.Select(m => TableRow.Of(RecentCells(m, l)))]),
            ],
        };
    }
}
