namespace Portal.Domain.Notices;

/// <summary>The notices a person can receive by post (DOMAIN.md §10); paper can be stopped per type.</summary>
public enum NoticeType
{
    /// <summary>ねんきん定期便 (annual statement).</summary>
    AnnualStatement = 1,
    /// <summary>社会保険料(国民年金保険料)控除証明書 (premium deduction certificate).</summary>
    DeductionCertificate = 2,
    /// <summary>公的年金等の源泉徴収票 (pension withholding slip).</summary>
    WithholdingSlip = 3,
    /// <summary>年金振込通知書・改定通知書 (payment and revision notices).</summary>
    PaymentNotice = 4,
}

/// <summary>
/// A person's choice for one notice type: paperless (no postal copy; 郵送意向登録) or paper. No row means paper, the default.
/// </summary>
public sealed class NoticePreference
{
    private NoticePreference() { }

    public NoticePreference(Guid insuredPersonId, NoticeType noticeType, bool paperless, DateTimeOffset changedAt)
    {
        InsuredPersonId = insuredPersonId;
        NoticeType = noticeType;
        Paperless = paperless;
        ChangedAt = changedAt;
    }

    public Guid InsuredPersonId { get; private set; }
    public NoticeType NoticeType { get; private set; }
    /// <summary>True when the postal copy is stopped.</summary>
    public bool Paperless { get; private set; }
    /// <summary>When the choice was last changed.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>Records a new choice; does nothing (keeps the time) when it is unchanged.</summary>
    public void Choose(bool paperless, DateTimeOffset at)
    {
        if (Paperless == paperless) return;
        Paperless = paperless;
        ChangedAt = at;
    }
}
