using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Domain.Audit;

/// <summary>Why a link does not hold.</summary>
public enum AuditBreak
{
    /// <summary>An entry is missing: the next stored sequence number skips one (deleted or never written).</summary>
    Gap = 1,
    /// <summary>The entry's previous-hash is not the hash of the entry before it (an entry before it was changed and re-hashed, or inserted).</summary>
    PreviousHashMismatch = 2,
    /// <summary>The entry's own content no longer gives its stored hash (edited in place).</summary>
    ContentMismatch = 3,
}

/// <summary>The result of walking the chain: intact, or the first entry whose link does not hold and why.</summary>
public sealed record AuditVerification(long EntriesChecked, long? FirstBrokenSequence, string? Problem, string? HeadHash, AuditBreak? Break = null)
{
    public bool Intact => FirstBrokenSequence is null;
}

/// <summary>
/// The hash chain rule, in one place. Canonical content is every field, length-prefixed (so no field can bleed into the
/// next), with the time as UTC ticks; the hash is SHA-256 over the previous hash and that content, in lower-case hex.
/// </summary>
public static class AuditChain
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string CanonicalContent(long sequence, DateTimeOffset at, string action, AuditOutcome outcome,
        string? actorId, string? subject, string? detail)
    {
        var b = new StringBuilder();
        void Field(string? value)
        {
            if (value is null) { b.Append("-;"); return; }
            b.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
        }
        Field(sequence.ToString(CultureInfo.InvariantCulture));
        Field(at.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Field(action);
        Field(((int)outcome).ToString(CultureInfo.InvariantCulture));
        Field(actorId);
        Field(subject);
        Field(detail);
        return b.ToString();
    }

    public static string HashOf(string previousHash, string canonicalContent) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previousHash + "\n" + canonicalContent)));

    /// <summary>The entry that follows <paramref name="previous"/> (null for the first entry).</summary>
    public static AuditEntry Append(AuditEntry? previous, AuditEvent e, DateTimeOffset at)
    {
        var sequence = (previous?.Sequence ?? 0) + 1;
        var previousHash = previous?.Hash ?? GenesisHash;
        var content = CanonicalContent(sequence, at, e.Action, e.Outcome, e.ActorId, e.Subject, e.Detail);
        return new AuditEntry
        {
            Sequence = sequence, At = at, Action = e.Action, Outcome = e.Outcome, ActorId = e.ActorId,
            Subject = e.Subject, Detail = e.Detail, PreviousHash = previousHash, Hash = HashOf(previousHash, content),
        };
    }

    /// <summary>Walks entries in sequence order and reports the first broken link (gap, wrong previous hash, edited content).</summary>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entriesInOrder)
    {
        var walker = new Walker();
        foreach (var entry in entriesInOrder)
            if (!walker.Next(entry)) break;
        return walker.Result;
    }

    /// <summary>Incremental verification, for walking a long chain page by page.</summary>
    public sealed class Walker
    {
        private long _expected = 1;
        private string _previousHash = GenesisHash;
        private long _checked;
        private long? _broken;
        private string? _problem;
        private AuditBreak? _break;

        public AuditVerification Result => new(_checked, _broken, _problem, _checked == 0 ? null : _previousHash, _break);

        /// <summary>Checks one entry; false once the chain is broken (later entries are not checked).</summary>
        public bool Next(AuditEntry entry)
        {
            if (_broken is not null) return false;
            if (entry.Sequence != _expected)
                return Break(_expected, AuditBreak.Gap, $"entry {_expected} is missing (found {entry.Sequence} next)");
            if (!string.Equals(entry.PreviousHash, _previousHash, StringComparison.Ordinal))
                return Break(entry.Sequence, AuditBreak.PreviousHashMismatch, "its previous-hash does not match the entry before it");
            var content = CanonicalContent(entry.Sequence, entry.At, entry.Action, entry.Outcome, entry.ActorId, entry.Subject, entry.Detail);
            if (!string.Equals(HashOf(entry.PreviousHash, content), entry.Hash, StringComparison.Ordinal))
                return Break(entry.Sequence, AuditBreak.ContentMismatch, "its content does not match its hash (edited)");
            _checked++;
            _expected++;
            _previousHash = entry.Hash;
            return true;
        }

        private bool Break(long sequence, AuditBreak kind, string problem)
        {
            _broken = sequence;
            _break = kind;
            _problem = problem;
            return false;
        }
    }
}
