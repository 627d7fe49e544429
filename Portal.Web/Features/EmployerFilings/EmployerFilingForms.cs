using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Portal.Domain.Common;
using Portal.Domain.EmployerFilings;
using Portal.Domain.Identifiers;
using Portal.Domain.Submissions;

namespace Portal.Web.Features.EmployerFilings;

/// <summary>One input of an employee line: the payload property, its JSON name and how it is edited.</summary>
/// <param name="Kind">WizardField kind: text, number, date, month, select, checkbox.</param>
public sealed record LineField(PropertyInfo Property, string Json, string Kind, Type? EnumType)
{
    /// <summary>Label key, e.g. <c>EmployerFilings.Field.AprilPay</c>.</summary>
    public string LabelKey => "EmployerFilings.Field." + Property.Name;
}

/// <summary>A computed value shown under a line (grade, standard bonus, loss date, average...).</summary>
public sealed record ComputedValue(string LabelKey, string Value);

/// <summary>
/// The seven notifications for the screens: routes (slugs), the payload's line fields (read from the domain payload
/// types), values as text for the inputs, and the values the domain computes. No rule lives here.
/// </summary>
public static class EmployerFilingForms
{
    private static readonly Dictionary<SubmissionKind, string> Slugs = new()
    {
        [SubmissionKind.Acquisition] = "acquisition",
        [SubmissionKind.Loss] = "loss",
        [SubmissionKind.AnnualBaseReport] = "annual-base-report",
        [SubmissionKind.MonthlyChange] = "monthly-change",
        [SubmissionKind.BonusReport] = "bonus-report",
        [SubmissionKind.DependantChange] = "dependant-change",
        [SubmissionKind.Category3Notification] = "category3-notification",
    };

    /// <summary>The slug of a kind (<c>acquisition</c>).</summary>
    public static string Slug(SubmissionKind kind) => Slugs[kind];

    /// <summary>The kind of a slug, or null.</summary>
    public static SubmissionKind? FromSlug(string? slug) => Slugs.FirstOrDefault(p => p.Value == slug).Key;

    public static string NewLink(SubmissionKind kind) => $"/employer/filings/new/{Slug(kind)}";
    public static string EditLink(Guid id) => $"/employer/filings/{id:D}/edit";
    public static string DetailLink(Guid id) => $"/employer/filings/{id:D}";

    private static readonly string[] MonthFields = [nameof(AnnualBaseReportLine.MonthlyChangeFrom), nameof(MonthlyChangeLine.ChangeMonth)];

    /// <summary>The inputs of a line of <paramref name="kind"/>: the shared employee fields first, then the form's own.</summary>
    public static IReadOnlyList<LineField> Fields(SubmissionKind kind)
    {
        var type = LineType(kind);
        string[] first = [nameof(EmployeeLineBase.InsuredReference), nameof(EmployeeLineBase.Name), nameof(EmployeeLineBase.NameKana),
            nameof(EmployeeLineBase.BirthDate), nameof(EmployeeLineBase.MyNumber), nameof(EmployeeLineBase.BasicPensionNumber)];
        string[] last = [nameof(EmployeeLineBase.Aged70OrOver), nameof(EmployeeLineBase.Note)];
        var own = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(p => p.CanWrite);
        return first.Concat(own.Select(p => p.Name)).Concat(last).Select(n => type.GetProperty(n)!)
            .Select(p => Describe(p))
            .ToList();
    }

    private static LineField Describe(PropertyInfo p)
    {
        var t = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
        var json = JsonNamingPolicy.CamelCase.ConvertName(p.Name);
        if (t.IsEnum) return new(p, json, "select", t);
        if (t == typeof(DateOnly)) return new(p, json, "date", null);
        if (t == typeof(long) || t == typeof(int)) return new(p, json, "number", null);
        if (t == typeof(bool)) return new(p, json, "checkbox", null);
        return new(p, json, MonthFields.Contains(p.Name) ? "month" : "text", null);
    }

    /// <summary>The line class of a kind.</summary>
    public static Type LineType(SubmissionKind kind) =>
        EmployerForms.PayloadType(kind)!.GetProperty("Lines")!.PropertyType.GetGenericArguments()[0];

    /// <summary>The lines of a filing (the payload's list).</summary>
    public static System.Collections.IList Lines(EmployerFilingBase filing) =>
        (System.Collections.IList)filing.GetType().GetProperty("Lines")!.GetValue(filing)!;

    /// <summary>A new empty line for the kind.</summary>
    public static EmployeeLineBase NewLine(SubmissionKind kind) => (EmployeeLineBase)Activator.CreateInstance(LineType(kind))!;

    /// <summary>A new filing for the establishment, with one empty line.</summary>
    public static EmployerFilingBase NewFiling(SubmissionKind kind, string officeSymbol, string establishmentNumber, DateOnly today)
    {
        var filing = (EmployerFilingBase)Activator.CreateInstance(EmployerForms.PayloadType(kind)!)!;
        filing.OfficeSymbol = officeSymbol;
        filing.EstablishmentNumber = establishmentNumber;
        if (filing is AnnualBaseReportFiling abr) abr.Year = new EmployerFilingContext(today).DefaultReportYear;
        Lines(filing).Add(NewLine(kind));
        return filing;
    }

    private static readonly JsonSerializerOptions WriteOptions = new(EmployerForms.JsonOptions)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(EmployerFilingBase filing) => JsonSerializer.Serialize(filing, filing.GetType(), WriteOptions);

    /// <summary>The payload in <paramref name="json"/>, or null when it does not parse.</summary>
    public static EmployerFilingBase? Deserialize(SubmissionKind kind, string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || EmployerForms.PayloadType(kind) is not { } type) return null;
        try { return JsonSerializer.Deserialize(json, type, EmployerForms.JsonOptions) as EmployerFilingBase; }
        catch (JsonException) { return null; }
    }

    /// <summary>The value of a line field as input text (dates yyyy-MM-dd, booleans true/false, enums by name).</summary>
    public static string? Get(object line, LineField field) => field.Property.GetValue(line) switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var v => v.ToString(),
    };

    /// <summary>Sets a line field from input text; text that does not convert leaves null (the rules then say what is missing).</summary>
    public static void Set(object line, LineField field, string? text)
    {
        var t = Nullable.GetUnderlyingType(field.Property.PropertyType) ?? field.Property.PropertyType;
        object? value = null;
        if (!string.IsNullOrWhiteSpace(text))
        {
            if (t == typeof(string)) value = text;
            else if (t == typeof(DateOnly) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) value = d;
            else if (t == typeof(long) && long.TryParse(IdentifierText.Normalize(text), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)) value = l;
            else if (t == typeof(int) && int.TryParse(IdentifierText.Normalize(text), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)) value = i;
            else if (t == typeof(bool)) value = text == "true";
            else if (t.IsEnum && Enum.TryParse(t, text, out var e) && Enum.IsDefined(t, e!)) value = e;
        }
        else if (t == typeof(string)) value = null;
        field.Property.SetValue(line, value);
    }

    /// <summary>The checks of the domain for the whole filing (field paths <c>lines[i].field</c>).</summary>
    public static IReadOnlyList<FormIssue> Validate(SubmissionKind kind, EmployerFilingBase filing, EmployerFilingContext context) =>
        EmployerForms.Validate(kind, Serialize(filing), context);

    /// <summary>What the domain computes for a line: grade and standard pay, average, standard bonus, loss date, deadline.</summary>
    public static IReadOnlyList<ComputedValue> Computed(EmployerFilingBase filing, EmployeeLineBase line, EmployerFilingContext context)
    {
        var values = new List<ComputedValue>();
        void Grade(StandardMonthlyPayGrade? g)
        {
            if (g is null) return;
            values.Add(new("EmployerFilings.Result.Grade", g.Grade.ToString(CultureInfo.InvariantCulture)));
            values.Add(new("EmployerFilings.Result.StandardMonthlyPay", Yen(g.StandardPay)));
        }
        void Decision(PayDecision? d)
        {
            if (d is null) return;
            values.Add(new("EmployerFilings.Result.CountedMonths", d.Average.CountedMonths.ToString(CultureInfo.InvariantCulture)));
            if (d.Average.Average is { } avg) values.Add(new("EmployerFilings.Result.Average", Yen(avg)));
            Grade(d.NewGrade);
            values.Add(new("EmployerFilings.Result.EffectiveFrom", d.EffectiveFrom.ToString()));
        }
        void Deadline(DateOnly? d)
        {
            if (d is { } date) values.Add(new("EmployerFilings.Result.Deadline", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        switch (line)
        {
            case AcquisitionLine a:
                Grade(AcquisitionRules.StandardPay(a));
                Deadline(a.AcquisitionDate is { } ad ? FilingDeadlines.After(ad, FilingDeadlines.FiveDays) : null);
                break;
            case LossLine l:
                var loss = LossRules.LossDate(l);
                if (loss is { } ld) values.Add(new("EmployerFilings.Result.LossDate", ld.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                Deadline(loss is { } ld2 ? FilingDeadlines.After(ld2, FilingDeadlines.FiveDays) : null);
                break;
            case AnnualBaseReportLine r:
                var year = filing is AnnualBaseReportFiling { Year: { } y and >= 2000 and <= 2200 } ? y : context.EffectiveReportYear;
                Decision(AnnualBaseReportRules.Calculate(r, year));
                Deadline(FilingDeadlines.AnnualBase(year));
                break;
            case MonthlyChangeLine m:
                Decision(MonthlyChangeRules.Calculate(m));
                if (MonthlyChangeRules.IsDue(m)) values.Add(new("EmployerFilings.Result.MonthlyChangeDue", "✓"));
                break;
            case BonusReportLine b:
                if (BonusReportRules.StandardBonusOf(b) is { } bonus) values.Add(new("EmployerFilings.Result.StandardBonus", Yen(bonus)));
                Deadline(b.PaymentDate is { } pd ? FilingDeadlines.After(pd, FilingDeadlines.FiveDays) : null);
                break;
            case DependantChangeLine dc:
                Deadline(dc.EventDate is { } ed ? FilingDeadlines.After(ed, FilingDeadlines.FiveDays) : null);
                break;
            case Category3NotificationLine c3:
                Deadline(c3.EventDate is { } ce ? FilingDeadlines.After(ce, FilingDeadlines.Category3Days) : null);
                break;
        }
        return values;
    }

    private static string Yen(long amount) => amount.ToString("N0", CultureInfo.InvariantCulture) + " 円";
}
