using Portal.Domain.Records;
using Portal.Tests.TestSupport;
using static Portal.Tests.Records.RecordBuilder;

namespace Portal.Tests.Records;

public sealed class RecordMessageKeys_Listed
{
    [Fact]
    public void EveryKeyHasAJapaneseAndAnEnglishText() =>
        Assert.Empty(UiResources.MissingOrEmpty(RecordMessageKeys.All));

    [Fact]
    public void EveryAttentionItemUsesAListedKey()
    {
        var record = new RecordBuilder()
            .Add(M(2010, 4), M(2012, 3), MonthStatus.EmployeesPension, pay: 200_000)
            .Add(M(2012, 4), M(2012, 6), MonthStatus.NotEnrolled)
            .Add(M(2012, 7), M(2016, 3), MonthStatus.EmployeesPension, pay: 200_000)
            .Add(M(2016, 4), M(2016, 9), MonthStatus.FullExemption)
            .Add(M(2016, 10), M(2024, 3), MonthStatus.Category3)
            .Add(M(2024, 4), M(2024, 9), MonthStatus.Unpaid)
            .Add(M(2024, 10), M(2025, 3), MonthStatus.NotEnrolled);
        var items = RecordAttention.Find(D(1990, 4, 2), record.Months, [], D(2026, 4, 10));
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Contains(i.MessageKey, RecordMessageKeys.All));
        Assert.All(items, i => Assert.Contains(AttentionActions.MessageKey(i.ActionCode), RecordMessageKeys.All));
    }
}
