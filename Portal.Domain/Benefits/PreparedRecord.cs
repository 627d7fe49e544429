using Portal.Domain.Common;
using Portal.Domain.Records;

namespace Portal.Domain.Benefits;

/// <summary>
/// A <see cref="ContributionRecord"/> merged, de-duplicated and sorted once, so that the simulator and its calculators
/// work on plain arrays instead of grouping and ordering the record again for each step.
/// <list type="bullet">
/// <item><see cref="NationalMonths"/>: the national-pension months, first occurrence wins, in month order.</item>
/// <item><see cref="EmployeesMonths"/>: as <see cref="ContributionRecord.DistinctEmployeesPensionMonths"/>.</item>
/// <item><see cref="MergedMonths"/>: as <see cref="ContributionRecord.MergedNationalPensionMonths"/>.</item>
/// <item><see cref="HasDuplicateMonth"/>: a month listed twice on one side.</item>
/// </list>
/// Built by one pass over each side when the record is already in month order (the usual case), otherwise with one
/// stable sort.
/// </summary>
internal sealed class PreparedRecord
{
    private PreparedRecord(ContributionRecord record, NationalPensionMonth[] national, EmployeesPensionMonth[] employees,
        NationalPensionMonth[] merged, bool hasDuplicateMonth)
    {
        Record = record;
        NationalMonths = national;
        EmployeesMonths = employees;
        MergedMonths = merged;
        HasDuplicateMonth = hasDuplicateMonth;
    }

    /// <summary>The record this was prepared from.</summary>
    public ContributionRecord Record { get; }

    /// <summary>Distinct national-pension months (first occurrence wins), in month order.</summary>
    public NationalPensionMonth[] NationalMonths { get; }

    /// <summary>Distinct employees'-pension months (first occurrence wins), in month order.</summary>
    public EmployeesPensionMonth[] EmployeesMonths { get; }

    /// <summary>National-pension months with the employees'-pension months the national side lacks, in month order.</summary>
    public NationalPensionMonth[] MergedMonths { get; }

    /// <summary>True when a month is listed twice on the national-pension side or twice on the employees'-pension side.</summary>
    public bool HasDuplicateMonth { get; }

    /// <summary>A monotonic integer key of a month (year × 12 + month).</summary>
    internal static int Key(YearMonth month) => month.Year * 12 + month.Month;

    /// <summary>Prepares <paramref name="record"/>.</summary>
    public static PreparedRecord From(ContributionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var national = Distinct<NationalPensionMonth, NationalMonthOf>(record.NationalPensionMonths, out var nationalDuplicate);
        var employees = Distinct<EmployeesPensionMonth, EmployeesMonthOf>(record.EmployeesPensionMonths, out var employeesDuplicate);
        return new PreparedRecord(record, national, employees, Merge(national, employees), nationalDuplicate || employeesDuplicate);
    }

    /// <summary>The employees'-pension months before <paramref name="month"/>.</summary>
    public int EmployeesMonthsBefore(YearMonth month)
    {
        var key = Key(month);
        var months = EmployeesMonths;
        int lo = 0, hi = months.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Key(months[mid].Month) < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The distinct items of <paramref name="source"/> by month, first occurrence wins, in month order.</summary>
    private static T[] Distinct<T, TMonthOf>(IReadOnlyList<T> source, out bool hadDuplicate)
        where T : struct
        where TMonthOf : struct, IMonthOf<T>
    {
        var count = source.Count;
        hadDuplicate = false;
        if (count == 0) return [];

        var items = new T[count];
        switch (source)
        {
            case T[] array: array.AsSpan().CopyTo(items); break;
            case List<T> list: System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list).CopyTo(items); break;
            default: for (var i = 0; i < count; i++) items[i] = source[i]; break;
        }
        var sorted = true;
        var previous = int.MinValue;
        foreach (ref readonly var item in items.AsSpan())
        {
            var key = Key(TMonthOf.Of(item));
            if (key <= previous)
            {
                sorted = false;
                break;
            }
            previous = key;
        }
        if (sorted) return items;

        // Stable sort: by month, then by position in the input, so that the first occurrence of a month comes first.
        var keys = new long[count];
        for (var i = 0; i < count; i++) keys[i] = ((long)Key(TMonthOf.Of(items[i])) << 32) | (uint)i;
        Array.Sort(keys, items);

        var written = 0;
        var last = int.MinValue;
        for (var i = 0; i < count; i++)
        {
            var key = (int)(keys[i] >> 32);
            if (key == last)
            {
                hadDuplicate = true;
                continue;
            }
            last = key;
            items[written++] = items[i];
        }
        if (written != count) Array.Resize(ref items, written);
        return items;
    }

    /// <summary>Merges two distinct, sorted sides: the national side wins, a missing month is an employees'-pension month.</summary>
    private static NationalPensionMonth[] Merge(NationalPensionMonth[] national, EmployeesPensionMonth[] employees)
    {
        if (employees.Length == 0) return national;
        var merged = new NationalPensionMonth[national.Length + employees.Length];
        int n = 0, e = 0, written = 0;
        while (n < national.Length || e < employees.Length)
        {
            if (e == employees.Length)
            {
                merged[written++] = national[n++];
                continue;
            }
            var employeesKey = Key(employees[e].Month);
            if (n < national.Length)
            {
                var nationalKey = Key(national[n].Month);
                if (nationalKey < employeesKey)
                {
                    merged[written++] = national[n++];
                    continue;
                }
                if (nationalKey == employeesKey)
                {
                    merged[written++] = national[n++];
                    e++;
                    continue;
                }
            }
            merged[written++] = new NationalPensionMonth(employees[e].Month, MonthStatus.EmployeesPension);
            e++;
        }
        if (written != merged.Length) Array.Resize(ref merged, written);
        return merged;
    }

    /// <summary>The month of a record item, without a delegate call per item.</summary>
    private interface IMonthOf<T>
    {
        static abstract YearMonth Of(in T item);
    }

    private struct NationalMonthOf : IMonthOf<NationalPensionMonth>
    {
        public static YearMonth Of(in NationalPensionMonth item) => item.Month;
    }

    private struct EmployeesMonthOf : IMonthOf<EmployeesPensionMonth>
    {
        public static YearMonth Of(in EmployeesPensionMonth item) => item.Month;
    }
}
