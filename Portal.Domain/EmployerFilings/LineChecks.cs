using Portal.Domain.Common;
using Portal.Domain.Identifiers;

namespace Portal.Domain.EmployerFilings;

/// <summary>Collects the issues of one line; field names are the line-relative camelCase JSON names.</summary>
internal sealed class LineChecks
{
    /// <summary>Largest amount of yen accepted in a pay or bonus field (a typo guard).</summary>
    public const long MaxAmount = 999_999_999;

    private readonly EmployerFilingContext context;

    public LineChecks(EmployerFilingContext context) => this.context = context;

    public List<FormIssue> Issues { get; } = [];

    public bool HasErrorOn(string field) => Issues.Exists(i => i.Field == field && i.Severity == IssueSeverity.Error);

    public static string Field(string propertyName) => char.ToLowerInvariant(propertyName[0]) + propertyName[1..];

    public void Add(FormIssue issue) => Issues.Add(issue);

    public T? Required<T>(string property, T? value) where T : struct
    {
        if (value is null) Issues.Add(FilingRules.Required.Error(Field(property)));
        return value;
    }

    public string? RequiredText(string property, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Issues.Add(FilingRules.Required.Error(Field(property)));
            return null;
        }
        return value.Trim();
    }

    public void Name(string property, string? value, bool required, bool kana)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Issues.Add(FilingRules.Required.Error(Field(property)));
            return;
        }
        var text = value.Trim();
        var rule = kana ? FilingText.CheckKanaName(text) : FilingText.CheckKanjiName(text);
        if (rule is not null) Issues.Add(rule.Error(Field(property)));
    }

    /// <summary>Free text (notes, addresses): no control, half-width kana, machine-dependent or non-standard characters.</summary>
    public void FreeText(string property, string? value, int maxLength)
    {
        if (string.IsNullOrEmpty(value)) return;
        if (value.Length > maxLength) { Issues.Add(FilingRules.TextTooLong.Error(Field(property), maxLength.ToString())); return; }
        foreach (var c in value)
        {
            if (char.IsControl(c) && c is not '\n' and not '\r') { Issues.Add(FilingRules.ControlCharacter.Error(Field(property))); return; }
            if (c is >= '\uFF61' and <= '\uFF9F') { Issues.Add(FilingRules.HalfWidthKana.Error(Field(property))); return; }
        }
        if (FilingText.CheckCp932(value.Replace("\r", "").Replace("\n", "")) is { } rule) Issues.Add(rule.Error(Field(property)));
    }

    public long? Amount(string property, long? value, bool required)
    {
        if (value is null)
        {
            if (required) Issues.Add(FilingRules.Required.Error(Field(property)));
            return null;
        }
        if (value < 0) { Issues.Add(FilingRules.NegativeAmount.Error(Field(property))); return null; }
        if (value > MaxAmount) { Issues.Add(FilingRules.AmountTooLarge.Error(Field(property))); return null; }
        return value;
    }

    public int? Days(string property, int? value, YearMonth? month)
    {
        if (value is null) { Issues.Add(FilingRules.Required.Error(Field(property))); return null; }
        var max = month is { } m ? DateTime.DaysInMonth(m.Year, m.Month) : 31;
        if (value < 0 || value > max) { Issues.Add(FilingRules.PaidDaysRange.Error(Field(property), max.ToString())); return null; }
        return value;
    }

    public void BirthDate(string property, DateOnly? value, bool required)
    {
        if (value is null) { if (required) Issues.Add(FilingRules.Required.Error(Field(property))); return; }
        if (value > context.Today) Issues.Add(FilingRules.BirthDateInFuture.Error(Field(property)));
    }

    /// <summary>An insured reference (被保険者整理番号): 1–6 digits.</summary>
    public void InsuredReference(string? value, bool required)
    {
        const string field = "insuredReference";
        if (string.IsNullOrWhiteSpace(value)) { if (required) Issues.Add(FilingRules.Required.Error(field)); return; }
        if (FilingText.NormalizeInsuredReference(value) is null) Issues.Add(FilingRules.InsuredReferenceFormat.Error(field));
    }

    /// <summary>My Number and/or basic pension number through the value objects (never echoed).</summary>
    public void Identity(string myNumberProperty, string? myNumber, string pensionProperty, string? pensionNumber, bool oneRequired)
    {
        var hasMy = !string.IsNullOrWhiteSpace(myNumber);
        var hasPension = !string.IsNullOrWhiteSpace(pensionNumber);
        if (!hasMy && !hasPension)
        {
            if (oneRequired) Issues.Add(FilingRules.IdentityRequired.Error(Field(myNumberProperty)));
            return;
        }
        if (hasMy && Identifiers.MyNumber.Parse(myNumber).Error is { } myError)
            Issues.Add(new FormIssue(Field(myNumberProperty), myError.Code, myError.MessageKey, IssueSeverity.Error, []));
        if (hasPension && Identifiers.BasicPensionNumber.Parse(pensionNumber).Error is { } pensionError)
            Issues.Add(new FormIssue(Field(pensionProperty), pensionError.Code, pensionError.MessageKey, IssueSeverity.Error, []));
    }

    public YearMonth? Month(string property, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value)) { if (required) Issues.Add(FilingRules.Required.Error(Field(property))); return null; }
        var parsed = YearMonth.Parse(value);
        if (!parsed.IsValid) { Issues.Add(FilingRules.MonthFormat.Error(Field(property))); return null; }
        return parsed.Value;
    }

    /// <summary>Warns when <paramref name="deadline"/> has passed.</summary>
    public void Deadline(string property, DateOnly deadline)
    {
        if (context.Today > deadline) Issues.Add(FilingRules.Late.Warning(Field(property), deadline.ToString("yyyy-MM-dd")));
    }

    public void ShortTime(string property, bool? shortTime)
    {
        if (shortTime == true && context.Establishment is { ShortTimeWorkersCovered: false })
            Issues.Add(FilingRules.ShortTimeNotCovered.Warning(Field(property)));
    }

    /// <summary>The common employee fields.</summary>
    public void Employee(EmployeeLineBase line, bool referenceRequired, bool kanaRequired, bool birthRequired, bool identityRequired)
    {
        InsuredReference(line.InsuredReference, referenceRequired);
        Name(nameof(line.Name), line.Name, required: true, kana: false);
        Name(nameof(line.NameKana), line.NameKana, required: kanaRequired, kana: true);
        BirthDate(nameof(line.BirthDate), line.BirthDate, birthRequired);
        Identity(nameof(line.MyNumber), line.MyNumber, nameof(line.BasicPensionNumber), line.BasicPensionNumber, identityRequired);
        FreeText(nameof(line.Note), line.Note, 200);
    }

    /// <summary>The 70+ flag must match the age on <paramref name="onDate"/>.</summary>
    public void Aged70(EmployeeLineBase line, DateOnly? onDate)
    {
        if (line.BirthDate is not { } birth || onDate is not { } date || birth > date) return;
        var is70 = LossDates.AgeOn(birth, date) >= 70;
        if (is70 && line.Aged70OrOver != true) Issues.Add(FilingRules.Aged70FlagRequired.Error("aged70OrOver"));
        else if (!is70 && line.Aged70OrOver == true) Issues.Add(FilingRules.Aged70FlagWrong.Error("aged70OrOver"));
    }
}
