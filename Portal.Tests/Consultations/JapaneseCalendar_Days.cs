using Portal.Domain.Consultations;

namespace Portal.Tests.Consultations;

public sealed class JapaneseCalendar_Days
{
    [Fact]
    public void The2026HolidaysIncludeSubstituteAndCitizensHolidays()
    {
        var expected = new[]
        {
            "2026-01-01", "2026-01-12", "2026-02-11", "2026-02-23", "2026-03-20", "2026-04-29", "2026-05-03", "2026-05-04",
            "2026-05-05", "2026-05-06", "2026-07-20", "2026-08-11", "2026-09-21", "2026-09-22", "2026-09-23", "2026-10-12",
            "2026-11-03", "2026-11-23",
        }.Select(DateOnly.Parse);
        Assert.Equal(expected, JapaneseCalendar.HolidaysOf(2026).Order());
    }

    [Fact]
    public void WeekendsHolidaysAndTheYearEndBreakAreNotWorkingDays()
    {
        Assert.False(JapaneseCalendar.IsWorkingDay(new DateOnly(2026, 11, 23))); // 勤労感謝の日 (Monday)
        Assert.False(JapaneseCalendar.IsWorkingDay(new DateOnly(2026, 11, 21))); // Saturday
        Assert.False(JapaneseCalendar.IsWorkingDay(new DateOnly(2026, 12, 29))); // year-end break (Tuesday)
        Assert.True(JapaneseCalendar.IsWorkingDay(new DateOnly(2027, 1, 4))); // first working day of 2027 (Monday)
        Assert.True(JapaneseCalendar.IsWorkingDay(new DateOnly(2026, 11, 24)));
    }

    [Fact]
    public void ThePreviousWorkingDaySkipsWeekendsAndHolidays()
    {
        Assert.Equal(new DateOnly(2026, 11, 20), JapaneseCalendar.PreviousWorkingDay(new DateOnly(2026, 11, 24)));
        Assert.Equal(new DateOnly(2026, 12, 28), JapaneseCalendar.PreviousWorkingDay(new DateOnly(2027, 1, 4)));
        Assert.Equal(new DateOnly(2026, 5, 1), JapaneseCalendar.PreviousWorkingDay(new DateOnly(2026, 5, 7)));
    }
}
