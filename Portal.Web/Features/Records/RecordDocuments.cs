using Microsoft.Extensions.Localization;
using Portal.Domain.Common;
using Portal.Domain.Records;
using Portal.Infrastructure.Documents;
using Portal.Web.Components;
using Portal.Web.Features.Notices;
using Portal.Web.Resources;

namespace Portal.Web.Features.Records;

/// <summary>The citizen's record as a printable document (PDF), in the language of the request.</summary>
public static class RecordDocuments
{
    /// <summary>Person, totals, 厚生年金 periods and every month grouped by year, each with its status as text.</summary>
    public static PortalDocument Record(RecordQueries.PersonRecord record, IStringLocalizer<SharedResource> l, DateTimeOffset issuedAt)
    {
        var s = record.Summary;
        var asOf = s.LastMonth ?? YearMonth.From(s.AsOf);
        return DocumentTexts.Document(l, l["Records.Pdf.Title"], issuedAt) with
        {
            Subtitle = record.Person.FullName,
            FooterNote = string.Format(l["Records.Pdf.Footer"], Formats.Month(asOf)),
            Blocks =
            [
                Person(record.Person, l),
                new FieldSection(l["Records.Page.Eligibility"], [.. Totals(s, l)]),
                EmploymentTable(record, l),
                MonthTable(record, l),
            ],
        };
    }

    /// <summary>Name, the pension number with only its last four digits, and the birth date.</summary>
    public static FieldSection Person(InsuredPerson person, IStringLocalizer<SharedResource> l) => new(l["Records.Pdf.Person"],
    [
        new DocumentField(l["Field.Name"], person.FullName),
        new DocumentField(l["Records.Pdf.PensionNumber"], person.PensionNumber.Masked()),
        new DocumentField(l["Field.BirthDate"], Formats.Date(person.BirthDate)),
    ]);

    private static IEnumerable<DocumentField> Totals(RecordSummary s, IStringLocalizer<SharedResource> l)
    {
        string Months(int n) => string.Format(l["Records.Page.MonthsValue"], n);
        yield return new(l["Records.Pdf.Qualifying"], s.Qualifies
            ? string.Format(l["Records.Page.Qualifies"], s.EligibilityMonths, RecordSummary.RequiredEligibilityMonths)
            : string.Format(l["Records.Page.NotYetQualifies"], s.EligibilityMonths, RecordSummary.RequiredEligibilityMonths, s.MonthsStillNeeded));
        yield return new(l["Records.Total.Paid"], Months(s.PaidMonths));
        yield return new(l["Records.Total.Category3"], Months(s.Category3Months));
        yield return new(l["Records.Total.EmployeesPension"], string.Format(l["Records.Page.EmployeesPensionValue"],
            s.EmployeesPensionMonths.Total, s.EmployeesPensionMonths.Before, s.EmployeesPensionMonths.From));
        foreach (var (status, split) in s.ExemptMonths.Where(e => e.Value.Total > 0).OrderBy(e => e.Key))
            yield return new(l["Records.Status." + status], string.Format(l["Records.Page.ExemptValue"], split.Total, split.Before, split.From));
        yield return new(l["Records.Status.PaymentDeferral"], Months(s.PaymentDeferralMonths));
        yield return new(l["Records.Status.StudentDeferral"], Months(s.StudentDeferralMonths));
        yield return new(l["Records.Status.Unpaid"], Months(s.UnpaidMonths));
        yield return new(l["Records.Status.NotEnrolled"], Months(s.NotEnrolledMonths));
        yield return new(l["Records.Total.Additional"], Months(s.AdditionalPremiumMonths));
        yield return new(l["Records.Total.Weighted"], string.Format(l["Records.Page.WeightedValue"],
            Formats.Months(s.WeightedMonths), RecordSummary.MaximumWeightedMonths));
    }

    private static DocumentTable EmploymentTable(RecordQueries.PersonRecord record, IStringLocalizer<SharedResource> l) =>
        new(l["Records.Page.Employment"],
            [
                new TableColumn(l["Records.Page.Employer"], 2), new TableColumn(l["Establishment.Symbol"], 1),
                new TableColumn(l["Records.Page.Acquired"], 1.2), new TableColumn(l["Records.Page.Lost"], 1.2),
                new TableColumn(l["Records.Page.StandardPay"], 1.5, ColumnAlignment.Right),
                new TableColumn(l["Records.Page.Bonuses"], 1.5, ColumnAlignment.Right),
            ],
            [.. record.Periods.Select(p =>
            {
                var pay = record.Months.Where(m => m.EmploymentPeriodId == p.Id && m.StandardMonthlyPay is not null)
                    .Select(m => m.StandardMonthlyPay!.Value).ToList();
                return TableRow.Of(p.EmployerName, p.EstablishmentSymbol, Formats.Date(p.AcquiredOn),
                    p.LostOn is { } lost ? Formats.Date(lost) : l["Records.Page.Current"].Value,
                    pay.Count == 0 ? "—" : $"{Formats.Yen(pay.Min())} – {Formats.Yen(pay.Max())}",
                    string.Format(l["Records.Page.BonusesValue"], p.Bonuses.Count, Formats.Yen(p.Bonuses.Sum(b => b.StandardBonus))));
            })])
        { EmptyText = l["Records.Page.NoEmployment"] };

    private static DocumentTable MonthTable(RecordQueries.PersonRecord record, IStringLocalizer<SharedResource> l)
    {
        var employers = record.Periods.ToDictionary(p => p.Id, p => p.EmployerName);
        var rows = new List<TableRow>();
        foreach (var year in record.Months.GroupBy(m => m.Month.Year).OrderBy(g => g.Key))
        {
            rows.Add(TableRow.Group(string.Format(l["Records.Pdf.Year"], year.Key, record.Person.AgeOn(new DateOnly(year.Key, 12, 31)))));
            foreach (var m in year.OrderBy(m => m.Month))
            {
                var status = l[MonthStatusInfo.For(m.Status).NameKey].Value;
                if (m.LatePaidOn is { } late) status += string.Format(l["Records.Pdf.LatePaid"], Formats.Date(late));
                rows.Add(TableRow.Of(
                    Formats.Month(m.Month),
                    status,
                    l["Simulator.Category." + m.Category].Value,
                    m.PremiumDue == 0 ? "" : Formats.Yen(m.PremiumDue),
                    m.PaidOn is { } paid ? Formats.Date(paid) : "",
                    m.AdditionalPremiumPaid ? l["Records.Pdf.Yes"].Value : "",
                    m.StandardMonthlyPay is { } pay ? Formats.Yen(pay) : "",
                    m.EmploymentPeriodId is { } id ? employers.GetValueOrDefault(id) ?? "" : ""));
            }
        }
        return new DocumentTable(l["Records.Page.Months"],
            [
                new TableColumn(l["Records.Page.Month"], 1.15), new TableColumn(l["Records.Page.Status"], 1.5),
                new TableColumn(l["Records.Export.Category"], 1.3), new TableColumn(l["Records.Export.PremiumDue"], 1, ColumnAlignment.Right),
                new TableColumn(l["Records.Export.PaidOn"], 1.25), new TableColumn(l["Records.Pdf.Additional"], 0.55, ColumnAlignment.Center),
                new TableColumn(l["Records.Page.StandardPay"], 1.1, ColumnAlignment.Right), new TableColumn(l["Records.Page.Employer"], 1.5),
            ], rows)
        { EmptyText = l["Records.Page.NoRecord"] };
    }
}
