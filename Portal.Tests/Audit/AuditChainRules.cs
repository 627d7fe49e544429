using Portal.Domain.Audit;

namespace Portal.Tests.Audit;

public sealed class AuditChainRules
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    private static List<AuditEntry> Chain(int length)
    {
        var entries = new List<AuditEntry>();
        for (var i = 0; i < length; i++)
            entries.Add(AuditChain.Append(entries.LastOrDefault(),
                new AuditEvent(AuditActions.RecordViewed, AuditOutcome.Succeeded, $"user-{i % 3}", $"record:{i}"), T0.AddSeconds(i)));
        return entries;
    }

    [Fact]
    public void AnUntouchedChainVerifies()
    {
        var chain = Chain(5);
        var result = AuditChain.Verify(chain);
        Assert.True(result.Intact);
        Assert.Equal(5, result.EntriesChecked);
        Assert.Equal(chain[^1].Hash, result.HeadHash);
        Assert.Equal(AuditChain.GenesisHash, chain[0].PreviousHash);
        Assert.Equal(chain[0].Hash, chain[1].PreviousHash);
    }

    [Fact]
    public void AnEditedEntryIsTheFirstBrokenLink()
    {
        var chain = Chain(5);
        var e = chain[2];
        chain[2] = new AuditEntry
        {
            Sequence = e.Sequence, At = e.At, Action = e.Action, Outcome = AuditOutcome.Refused, ActorId = e.ActorId,
            Subject = e.Subject, Detail = e.Detail, PreviousHash = e.PreviousHash, Hash = e.Hash,
        };
        var result = AuditChain.Verify(chain);
        Assert.False(result.Intact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal(2, result.EntriesChecked);
    }

    [Fact]
    public void ARemovedEntryIsReportedAsAGap()
    {
        var chain = Chain(5);
        chain.RemoveAt(1);
        var result = AuditChain.Verify(chain);
        Assert.Equal(2, result.FirstBrokenSequence);
        Assert.Contains("missing", result.Problem);
    }

    [Fact]
    public void ARehashedEntryStillBreaksTheNextLink()
    {
        // Someone who edits an entry and recomputes its own hash breaks the link from the entry after it.
        var chain = Chain(4);
        var e = chain[1];
        var content = AuditChain.CanonicalContent(e.Sequence, e.At, e.Action, e.Outcome, "someone-else", e.Subject, e.Detail);
        chain[1] = new AuditEntry
        {
            Sequence = e.Sequence, At = e.At, Action = e.Action, Outcome = e.Outcome, ActorId = "someone-else",
            Subject = e.Subject, Detail = e.Detail, PreviousHash = e.PreviousHash, Hash = AuditChain.HashOf(e.PreviousHash, content),
        };
        Assert.Equal(3, AuditChain.Verify(chain).FirstBrokenSequence);
    }

    [Fact]
    public void FieldsCannotBleedIntoEachOther()
    {
        var a = AuditChain.CanonicalContent(1, T0, "a", AuditOutcome.Succeeded, "x;y", null, null);
        var b = AuditChain.CanonicalContent(1, T0, "a", AuditOutcome.Succeeded, "x", "y", null);
        Assert.NotEqual(a, b);
        Assert.NotEqual(AuditChain.CanonicalContent(1, T0, "a", AuditOutcome.Succeeded, null, null, null),
            AuditChain.CanonicalContent(1, T0, "a", AuditOutcome.Succeeded, "", null, null));
    }

    [Fact]
    public void AnEmptyChainIsIntact() => Assert.True(AuditChain.Verify([]).Intact);
}
