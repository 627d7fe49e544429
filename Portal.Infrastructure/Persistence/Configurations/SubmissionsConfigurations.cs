using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Domain.Notices;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Submissions;

namespace Portal.Infrastructure.Persistence.Configurations;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    private static readonly ValueConverter<SubmissionKind, string> KindConverter =
        new(v => v.Code, v => SubmissionKind.FromCode(v).Value);

    private static readonly ValueConverter<ReceiptNumber, string> ReceiptNumberConverter =
        new(v => v.Value, v => ReceiptNumber.Parse(v).Value);

    public void Configure(EntityTypeBuilder<Submission> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Kind).HasConversion(KindConverter).HasMaxLength(60);
        b.Property(s => s.State).HasConversion<string>().HasMaxLength(30);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Property(s => s.ClientRequestId).HasMaxLength(Submission.MaxClientRequestIdLength);
        b.Property(s => s.BusinessKey).HasMaxLength(Submission.MaxBusinessKeyLength);
        b.Property(s => s.ActiveBusinessKey).HasMaxLength(Submission.MaxBusinessKeyLength);
        // The duplicate rule (one open or approved filing per person, type and period) is enforced by the store.
        b.HasIndex(s => s.ActiveBusinessKey).IsUnique();
        b.HasIndex(s => s.State);
        b.Ignore(s => s.DomainEvents);
        b.Ignore(s => s.IsOpen);
        b.Ignore(s => s.MessageId);
        b.Ignore(s => s.AllowedActions);

        b.OwnsOne(s => s.Owner, o =>
        {
            o.Property(x => x.Kind).HasColumnName("OwnerKind").HasConversion<string>().HasMaxLength(20);
            o.Property(x => x.UserId).HasColumnName("OwnerUserId").HasMaxLength(450);
            o.Property(x => x.InsuredPersonId).HasColumnName("OwnerInsuredPersonId");
            o.Property(x => x.EstablishmentId).HasColumnName("OwnerEstablishmentId");
            o.Property(x => x.FiledAsAttorney).HasColumnName("OwnerFiledAsAttorney");
            o.HasIndex(x => x.UserId);
            o.HasIndex(x => x.InsuredPersonId);
            o.HasIndex(x => x.EstablishmentId);
        });
        b.Navigation(s => s.Owner).IsRequired();

        b.OwnsOne(s => s.Receipt, r =>
        {
            r.Property(x => x.Number).HasColumnName("ReceiptNumber").HasConversion(ReceiptNumberConverter).HasMaxLength(ReceiptNumber.Length);
            r.Property(x => x.ReceivedAt).HasColumnName("ReceivedAt");
            r.Property(x => x.ContentHash).HasColumnName("ReceiptHash").HasMaxLength(64);
            r.HasIndex(x => x.Number).IsUnique();
            r.Ignore(x => x.ReceivedOn);
        });

        b.OwnsOne(s => s.CorrectionRequest, c =>
        {
            c.Property(x => x.Reason).HasColumnName("CorrectionReason").HasMaxLength(2000);
            c.Property<List<string>>("_fields").HasColumnName("CorrectionFields").HasConversion(StringList.Converter, StringList.Comparer);
            c.Ignore(x => x.Fields);
            c.Property(x => x.Deadline).HasColumnName("CorrectionDeadline");
            c.Property(x => x.RequestedAt).HasColumnName("CorrectionRequestedAt");
            c.Property(x => x.Revision).HasColumnName("CorrectionRevision");
        });

        b.OwnsOne(s => s.Decision, d =>
        {
            d.Property(x => x.Outcome).HasColumnName("DecisionOutcome");
            d.Property<List<string>>("_reasons").HasColumnName("DecisionReasons").HasConversion(StringList.Converter, StringList.Comparer);
            d.Ignore(x => x.Reasons);
            d.Property(x => x.DecisionNoticeReference).HasColumnName("DecisionNoticeReference").HasMaxLength(100);
            d.Property(x => x.DecidedAt).HasColumnName("DecidedAt");
        });

        b.OwnsMany(s => s.Revisions, r =>
        {
            r.ToTable("SubmissionRevisions");
            r.WithOwner().HasForeignKey("SubmissionId");
            r.HasKey("SubmissionId", nameof(SubmissionRevision.Number));
            r.Property(x => x.Number).ValueGeneratedNever();
            r.Property(x => x.ContentHash).HasMaxLength(64);
            r.Property(x => x.ClientRequestId).HasMaxLength(Submission.MaxClientRequestIdLength);
        });
        b.Navigation(s => s.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field);

        b.OwnsMany(s => s.History, h =>
        {
            h.ToTable("SubmissionHistory");
            h.WithOwner().HasForeignKey("SubmissionId");
            h.HasKey("SubmissionId", nameof(SubmissionHistoryEntry.Sequence));
            h.Property(x => x.Sequence).ValueGeneratedNever();
            h.Property(x => x.From).HasConversion<string>().HasMaxLength(30);
            h.Property(x => x.To).HasConversion<string>().HasMaxLength(30);
            h.Property(x => x.ActorKind).HasConversion<string>().HasMaxLength(20);
            h.Property(x => x.ActorId).HasMaxLength(450);
            h.Property(x => x.Note).HasMaxLength(2000);
        });
        b.Navigation(s => s.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    /// <summary>Encrypts the draft and every revision's payload with the application's key ring.</summary>
    internal static void ProtectPayloads(ModelBuilder builder, PayloadProtector? protector)
    {
        // EF Core never passes null to a converter; the nullable form only matches the optional columns.
        var optional = new ValueConverter<string?, string?>(v => protector!.Protect(v!), v => protector!.Unprotect(v!));
        var required = new ValueConverter<string, string>(v => protector!.Protect(v), v => protector!.Unprotect(v));
        var submission = builder.Entity<Submission>();
        submission.Property(s => s.DraftPayload).HasConversion(optional);
        submission.Property(s => s.Payload).HasConversion(optional);
        submission.OwnsMany(s => s.Revisions, r => r.Property(x => x.Payload).HasConversion(required));
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.HasKey(m => m.Id);
        b.Property(m => m.Key).HasMaxLength(80);
        b.HasIndex(m => m.Key).IsUnique();
        b.Property(m => m.KindCode).HasMaxLength(60);
        b.Property(m => m.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.LeaseOwner).HasMaxLength(100);
        b.Property(m => m.LastError).HasMaxLength(1000);
        // The relay's query: undelivered, live rows by due time.
        b.HasIndex(m => new { m.DeliveredAt, m.DeadLetteredAt, m.AvailableAt });
    }
}

internal sealed class ReceiptCounterConfiguration : IEntityTypeConfiguration<ReceiptCounter>
{
    public void Configure(EntityTypeBuilder<ReceiptCounter> b)
    {
        b.HasKey(c => new { c.Day, c.KindCode });
        b.Property(c => c.KindCode).HasMaxLength(3);
    }
}

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> b)
    {
        b.HasKey(n => n.Id);
        b.Property(n => n.RecipientUserId).HasMaxLength(450);
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(n => n.SubjectKey).HasMaxLength(100);
        b.Property(n => n.ArgsJson).HasMaxLength(Notice.MaxArgsLength);
        b.Property(n => n.Link).HasMaxLength(300);
        b.Property(n => n.DocumentLink).HasMaxLength(300);
        b.Ignore(n => n.Args);
        b.Ignore(n => n.IsUnread);
        b.HasIndex(n => new { n.RecipientUserId, n.CreatedAt });
    }
}

/// <summary>A list of short texts stored as one JSON column.</summary>
internal static class StringList
{
    public static readonly ValueConverter<List<string>, string> Converter = new(
        v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
        v => JsonSerializer.Deserialize<List<string>>(v, (JsonSerializerOptions?)null) ?? new List<string>());

    public static readonly ValueComparer<List<string>> Comparer = new(
        (a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode())), v => v.ToList());
}
