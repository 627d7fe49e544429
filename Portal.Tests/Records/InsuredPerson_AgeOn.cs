using Portal.Domain.Identifiers;
using Portal.Domain.Records;

namespace Portal.Tests.Records;

public sealed class InsuredPerson_AgeOn
{
    private static InsuredPerson BornOn(DateOnly birth) =>
        new(Guid.NewGuid(), BasicPensionNumber.From("9000123456"), "年金", "花子", "ネンキン", "ハナコ", birth, Sex.Female, "東京都");

    [Fact]
    public void AnAgeIsReachedTheDayBeforeTheBirthday()
    {
        var person = BornOn(new DateOnly(1966, 4, 2));
        Assert.Equal(59, person.AgeOn(new DateOnly(2026, 3, 31)));
        Assert.Equal(60, person.AgeOn(new DateOnly(2026, 4, 1)));
    }

    [Fact]
    public void BornOnTheFirstOfAMonthReachesTheAgeOnTheLastDayOfThePreviousMonth()
    {
        var person = BornOn(new DateOnly(1966, 4, 1));
        Assert.Equal(59, person.AgeOn(new DateOnly(2026, 3, 30)));
        Assert.Equal(60, person.AgeOn(new DateOnly(2026, 3, 31)));
    }
}
