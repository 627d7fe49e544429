namespace Portal.Domain.Records;

/// <summary>
/// Every message key the Records rules can hand to the UI (<c>Records.&lt;Area&gt;.&lt;Item&gt;</c>); the texts are listed in
/// <c>Portal.Web/Resources/SharedResource*.resx</c> (a test checks both languages).
/// </summary>
public static class RecordMessageKeys
{
    /// <summary>The attention messages other than category changes.</summary>
    public static IReadOnlyList<string> Attention { get; } =
    [
        "Records.Attention.UnpaidPayable",
        "Records.Attention.UnpaidTimeBarred",
        "Records.Attention.NotEnrolledGap.Enrolment",
        "Records.Attention.NotEnrolledGap.Enquiry",
        "Records.Attention.GapBetweenJobs.Enrolment",
        "Records.Attention.GapBetweenJobs.Enquiry",
        "Records.Attention.LatePaymentNearLimit",
        "Records.Attention.PayJump",
        "Records.Attention.NationalPensionInEmployeesPension",
    ];

    /// <summary>The category changes explained on the record (<see cref="RecordAttention.IsExplainedCategoryChange"/>).</summary>
    public static IReadOnlyList<string> CategoryChanges { get; } =
    [
        .. from f in Enum.GetValues<InsuredCategory>()
           from t in Enum.GetValues<InsuredCategory>()
           where RecordAttention.IsExplainedCategoryChange(f, t)
           select RecordAttention.CategoryChangeKey(f, t),
    ];

    /// <summary>
    /// The record enquiry (年金記録に関する申出): its messages, field labels (<c>Records.Field.&lt;path&gt;</c>) and option
    /// names (<c>Records.Option.&lt;Enum&gt;.&lt;Value&gt;</c>, as the received-data view looks them up).
    /// </summary>
    public static IReadOnlyList<string> Enquiry { get; } =
    [
        .. RecordEnquiryRules.Keys.All,
        .. RecordEnquiryRules.FieldPaths.Select(p => "Records.Field." + p),
        .. Enum.GetValues<ContactPreference>().Select(v => $"Records.Option.ContactPreference.{v}"),
        .. Enum.GetValues<MonthStatus>().Select(v => $"Records.Option.MonthStatus.{v}"),
    ];

    /// <summary>Every key: status names and short labels, attention messages, action labels, statement age bands.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. MonthStatusInfo.All.Select(i => i.NameKey),
        .. MonthStatusInfo.All.Select(i => i.ShortLabelKey),
        .. Attention,
        .. CategoryChanges,
        .. AttentionActions.All.Select(AttentionActions.MessageKey),
        .. Enum.GetValues<StatementAgeBand>().Select(AnnualStatement.AgeBandKey),
        .. Enquiry,
    ];
}
