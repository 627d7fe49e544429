using Portal.Domain.Accounts;
using Portal.Domain.Identifiers;
using Portal.Domain.Records;

namespace Portal.Infrastructure.DemoData;

/// <summary>
/// The whole fictional demo population, planned without touching the database or the clock:
/// one <c>new Random(20260401)</c> drawn in a fixed order, so every run plans the same people, records,
/// access keys and invitation codes. Each life course is planned month by month up to the month before
/// age 60 (future months included); the seeder then cuts it at the record-as-of month. Because the plan
/// never depends on "now", the statuses of a given month never change from one fresh database to another.
/// </summary>
internal sealed class DemoDataPlan
{
    public const int Seed = 20260401;

    /// <summary>The record-as-of month the life courses are designed around (October 2026): current
    /// employments start at least 6 months before it, the childcare exemption starts in it.</summary>
    public static readonly int DesignAsOf = Months.Of(2026, 10);

    /// <summary>Cut-off for planned 追納 dates (the plan must not invent payments after it).</summary>
    public static readonly DateOnly LatestPlannedPayment = new(2026, 9, 30);

    public const int Citizen1 = 0, Citizen2 = 1, Citizen3 = 2;
    /// <summary>Persons whose (valid) access keys are printed for the registration demo.</summary>
    public static readonly int[] ValidKeyPersons = [3, 5, 6];
    public const int ExpiredKeyPerson = 7, UsedKeyPerson = 8;

    private static readonly Lazy<DemoDataPlan> shared = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    public static DemoDataPlan Shared => shared.Value;

    private DemoDataPlan(List<PlannedPerson> persons, AccessKey?[] accessKeys, List<PlannedInvitation> invitations)
    {
        Persons = persons;
        AccessKeys = accessKeys;
        Invitations = invitations;
    }

    public IReadOnlyList<PlannedPerson> Persons { get; }
    /// <summary>Per person index: the printed access key, or null for persons with a demo account.</summary>
    public IReadOnlyList<AccessKey?> AccessKeys { get; }
    public IReadOnlyList<PlannedInvitation> Invitations { get; }

    public static DemoDataPlan Create()
    {
        var random = new Random(Seed);
        var planner = new Planner(random);
        var persons = new List<PlannedPerson>();
        foreach (var spec in Specs())
            persons.Add(planner.Plan(persons.Count, spec));

        Verify(persons);

        var keys = new AccessKey?[persons.Count];
        for (var i = 0; i < persons.Count; i++)
            keys[i] = i is Citizen1 or Citizen2 or Citizen3 ? null : AccessKey.Generate(random);

        var invitations = new List<PlannedInvitation>();
        for (var k = 0; k < DemoCatalog.Establishments.Length; k++)
        {
            invitations.Add(new PlannedInvitation(k, 0, MemberRole.Employer, EstablishmentInvitation.Generate(random)));
            invitations.Add(new PlannedInvitation(k, 1, MemberRole.Attorney, EstablishmentInvitation.Generate(random)));
        }
        return new DemoDataPlan(persons, keys, invitations);
    }

    /// <summary>The population: who is planned, in which order (fixed, no randomness here).</summary>
    private static IEnumerable<PersonSpec> Specs()
    {
        yield return new PersonSpec(Kind.Citizen1, 1981, 1981, Sex.Male);
        yield return new PersonSpec(Kind.Company, 1984, 1984, null, Establishment: 0, University: true); // citizen2
        yield return new PersonSpec(Kind.Spouse, 1968, 1968, Sex.Female, Establishment: 1);               // citizen3
        yield return new PersonSpec(Kind.Mother, 1985, 1985, Sex.Female);
        yield return new PersonSpec(Kind.Statutory, 1972, 1972, Sex.Male);
        yield return new PersonSpec(Kind.Palette, 1975, 1975, Sex.Female);

        // Current employees of the five portal establishments (citizen2 and citizen3 already count).
        var n = 0;
        for (var k = 0; k < DemoCatalog.Establishments.Length; k++)
        {
            var count = DemoCatalog.Establishments[k].CurrentEmployees - (k is 0 or 1 ? 1 : 0);
            for (var i = 0; i < count; i++, n++)
                yield return (n % 10) switch
                {
                    7 => new PersonSpec(Kind.Spouse, 1968, 1985, Sex.Female, Establishment: k),
                    3 => new PersonSpec(Kind.Mixed, 1968, 1985, null, Establishment: k),
                    _ => new PersonSpec(Kind.Company, 1968, 1985, null, Establishment: k),
                };
        }

        // Persons who reached 60 already (record complete).
        for (var i = 0; i < 5; i++) yield return new PersonSpec(Kind.Company, 1961, 1965, null);
        for (var i = 0; i < 3; i++) yield return new PersonSpec(Kind.Spouse, 1961, 1965, Sex.Female, StaysCategory3: true);
        for (var i = 0; i < 2; i++) yield return new PersonSpec(Kind.SelfEmployed, 1961, 1965, null);
        // Others under 60, not employed by a portal establishment.
        for (var i = 0; i < 6; i++) yield return new PersonSpec(Kind.SelfEmployed, 1967, 1985, null);
        for (var i = 0; i < 4; i++) yield return new PersonSpec(Kind.Spouse, 1970, 1985, Sex.Female, StaysCategory3: i < 2);
        for (var i = 0; i < 5; i++) yield return new PersonSpec(Kind.Company, 1967, 1985, null);
        for (var i = 0; i < 3; i++) yield return new PersonSpec(Kind.Mixed, 1970, 1985, null);
    }

    /// <summary>Planner self-check: every month planned, and every status present by the design month.</summary>
    private static void Verify(List<PlannedPerson> persons)
    {
        var seen = new HashSet<MonthStatus>();
        foreach (var p in persons)
        {
            for (var m = p.FirstMonth; m <= p.LastMonth; m++)
            {
                var month = p.Months[m - p.FirstMonth];
                if (month.Status == 0)
                    throw new InvalidOperationException($"Demo plan bug: person {p.Index} has no status for month {m}.");
                if (m <= DesignAsOf) seen.Add(month.Status);
            }
        }
        var missing = Enum.GetValues<MonthStatus>().Except(seen).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException("Demo plan bug: statuses never used: " + string.Join(", ", missing));
    }

    internal enum Kind { Citizen1, Mother, Statutory, Palette, Company, Spouse, SelfEmployed, Mixed }

    internal sealed record PersonSpec(Kind Kind, int BirthYearFrom, int BirthYearTo, Sex? Sex,
        int? Establishment = null, bool? University = null, bool StaysCategory3 = false);

    private readonly record struct Employer(string Name, string Symbol, int? Establishment);

    private sealed record Cat1Style(double LaxP, double ExemptP, double AdditionalP);

    /// <summary>Draws one person after another from the shared random, in a fixed order.</summary>
    private sealed class Planner(Random r)
    {
        private readonly HashSet<string> pensionNumbers = [];
        private readonly HashSet<string> fullNames = [];

        public PlannedPerson Plan(int index, PersonSpec spec)
        {
            var sex = spec.Sex ?? (spec.Kind == Kind.Company ? (r.NextDouble() < 0.65 ? Sex.Male : Sex.Female)
                                                            : (r.NextDouble() < 0.5 ? Sex.Male : Sex.Female));
            (string Kanji, string Kana) family, given;
            do
            {
                family = DemoCatalog.FamilyNames[r.Next(DemoCatalog.FamilyNames.Length)];
                var givenNames = sex == Sex.Male ? DemoCatalog.MaleGivenNames : DemoCatalog.FemaleGivenNames;
                given = givenNames[r.Next(givenNames.Length)];
            } while (!fullNames.Add(family.Kanji + given.Kanji));

            var birth = spec.Kind switch
            {
                Kind.Citizen1 => new DateOnly(1981, 6, 14),
                Kind.Mother => new DateOnly(1985, 3, 8),
                Kind.Statutory => new DateOnly(1972, 9, 20),
                Kind.Palette => new DateOnly(1975, 11, 3),
                _ => new DateOnly(r.Next(spec.BirthYearFrom, spec.BirthYearTo + 1), r.Next(1, 13), r.Next(1, 29)),
            };

            var prefecture = spec.Establishment is { } est && r.NextDouble() < 0.8
                ? DemoCatalog.Establishments[est].Prefecture
                : DemoCatalog.Prefectures[r.Next(DemoCatalog.Prefectures.Length)];

            string pensionNumber;
            do pensionNumber = $"9{r.Next(0, 1000):D3}{r.Next(0, 1_000_000):D6}";
            while (!pensionNumbers.Add(pensionNumber));

            var person = new PlannedPerson
            {
                Index = index,
                Id = DemoIds.For($"person/{index}"),
                PensionNumber = pensionNumber,
                FamilyName = family.Kanji,
                FamilyNameKana = family.Kana,
                GivenName = given.Kanji,
                GivenNameKana = given.Kana,
                BirthDate = birth,
                Sex = sex,
                Prefecture = prefecture,
                CurrentEstablishment = spec.Establishment,
            };
            new Life(r, person).Build(spec);
            return person;
        }
    }

    /// <summary>Builds one person's month-by-month record and employment periods.</summary>
    private sealed class Life
    {
        private static readonly int StudentDeferralFrom = Months.Of(2000, 4);
        private static readonly int StudentsCompulsoryFrom = Months.Of(1991, 4);
        private static readonly int HalfExemptionFrom = Months.Of(2002, 7);
        private static readonly int PartialExemptionsFrom = Months.Of(2006, 7);
        private static readonly int PaymentDeferralFrom = Months.Of(2005, 7);
        private static readonly int PaymentDeferralUnder50From = Months.Of(2016, 7);
        private static readonly int BonusesFrom = Months.Of(2003, 4);

        private readonly Random r;
        private readonly PlannedPerson p;
        private readonly int first, last, age30Month, age50Month;
        private int grade;       // current pay grade (1-based), 0 before the first job
        private int gradeCap;

        public Life(Random random, PlannedPerson person)
        {
            r = random;
            p = person;
            first = Months.Of(p.BirthDate.AddYears(20).AddDays(-1));   // the month age 20 is reached
            last = Months.Of(p.BirthDate.AddYears(60).AddDays(-1)) - 1; // the month before age 60 is reached
            age30Month = Months.Of(p.BirthDate.AddYears(30).AddDays(-1));
            age50Month = Months.Of(p.BirthDate.AddYears(50).AddDays(-1));
            p.FirstMonth = first;
            p.LastMonth = last;
            p.Months = new PlannedMonth[last - first + 1];
            gradeCap = r.Next(20, 33);
        }

        public void Build(PersonSpec spec)
        {
            switch (spec.Kind)
            {
                case Kind.Citizen1: Citizen1(); break;
                case Kind.Mother: Mother(); break;
                case Kind.Statutory: Statutory(); break;
                case Kind.Palette: Palette(); break;
                case Kind.Company: Company(spec); break;
                case Kind.Spouse: Spouse(spec); break;
                case Kind.SelfEmployed: SelfEmployed(); break;
                case Kind.Mixed: Mixed(spec); break;
            }
        }

        // ---- hand-written life courses ---------------------------------------------------------

        /// <summary>citizen1: student deferral, two jobs, then category 1 with 付加, unpaid months (old and
        /// still payable), half exemption partly paid back (追納), full exemption and payment deferral.</summary>
        private void Citizen1()
        {
            Fill(first, Months.Of(2004, 3), MonthStatus.StudentDeferral);
            grade = 13;
            AddJob(Months.Of(2004, 4), Months.Of(2012, 3), Other(0), lostOn: new DateOnly(2012, 4, 1));
            Fill(Months.Of(2012, 4), Months.Of(2012, 4), MonthStatus.Paid);
            AddJob(Months.Of(2012, 5), Months.Of(2016, 5), Other(1), lostOn: new DateOnly(2016, 6, 16)); // left 15 June
            Fill(Months.Of(2016, 6), Months.Of(2016, 6), MonthStatus.Unpaid);
            Fill(Months.Of(2016, 7), Months.Of(2019, 6), MonthStatus.Paid);
            Additional(Months.Of(2017, 4), Months.Of(2019, 6));
            Fill(Months.Of(2019, 7), Months.Of(2019, 12), MonthStatus.Unpaid);   // time-barred by now
            Fill(Months.Of(2020, 1), Months.Of(2020, 6), MonthStatus.Paid);
            Fill(Months.Of(2020, 7), Months.Of(2021, 6), MonthStatus.HalfExemption);
            LatePaid(Months.Of(2020, 7), Months.Of(2020, 12), new DateOnly(2024, 5, 31));
            Fill(Months.Of(2021, 7), Months.Of(2023, 6), MonthStatus.FullExemption);
            Fill(Months.Of(2023, 7), Months.Of(2024, 6), MonthStatus.PaymentDeferral);
            Fill(Months.Of(2024, 7), Months.Of(2025, 12), MonthStatus.Paid);
            Fill(Months.Of(2026, 1), Months.Of(2026, 4), MonthStatus.Unpaid);    // still payable
            Fill(Months.Of(2026, 5), last, MonthStatus.Paid);
        }

        /// <summary>A category-1 mother: maternity exemption in 2021, and again in 2026 followed by the
        /// childcare exemption from October 2026 (the first month it exists).</summary>
        private void Mother()
        {
            Fill(first, Months.Of(2007, 3), MonthStatus.StudentDeferral);
            grade = 13;
            AddJob(Months.Of(2007, 4), Months.Of(2016, 3), PickOther(), lostOn: new DateOnly(2016, 4, 1));
            Fill(Months.Of(2016, 4), Months.Of(2021, 3), MonthStatus.Paid);
            Additional(Months.Of(2017, 4), Months.Of(2021, 3));
            Fill(Months.Of(2021, 4), Months.Of(2021, 7), MonthStatus.MaternityExemption); // due May 2021
            Fill(Months.Of(2021, 8), Months.Of(2026, 5), MonthStatus.Paid);
            Fill(Months.Of(2026, 6), Months.Of(2026, 9), MonthStatus.MaternityExemption); // due July 2026
            Fill(Months.Of(2026, 10), Months.Of(2027, 6), MonthStatus.ChildcareExemption);
            Fill(Months.Of(2027, 7), last, MonthStatus.Paid);
        }

        /// <summary>Self-employed after a job, with a statutory exemption (public assistance) spell.</summary>
        private void Statutory()
        {
            var cursor = Education(false);
            Career(cursor, Months.Of(2005, 4), followedByJob: false);
            Cat1(Months.Of(2005, 4), last, new Cat1Style(0.004, 0, 0));
            Overlay(Months.Of(2011, 4), Months.Of(2016, 3), MonthStatus.StatutoryExemption);
        }

        /// <summary>Self-employed with one spell of each income-tested exemption type and a payment deferral.</summary>
        private void Palette()
        {
            var cursor = Education(true);
            Career(cursor, Months.Of(2005, 4), followedByJob: false);
            Cat1(Months.Of(2005, 4), last, new Cat1Style(0.003, 0, 0));
            Overlay(Months.Of(2008, 7), Months.Of(2009, 6), MonthStatus.FullExemption);
            Overlay(Months.Of(2010, 7), Months.Of(2011, 6), MonthStatus.ThreeQuarterExemption);
            Overlay(Months.Of(2012, 7), Months.Of(2013, 6), MonthStatus.HalfExemption);
            Overlay(Months.Of(2014, 7), Months.Of(2015, 6), MonthStatus.QuarterExemption);
            Overlay(Months.Of(2017, 7), Months.Of(2019, 6), MonthStatus.PaymentDeferral);
            LatePaid(Months.Of(2017, 7), Months.Of(2018, 6), new DateOnly(2023, 3, 31));
        }

        // ---- drawn life courses ----------------------------------------------------------------

        private void Company(PersonSpec spec)
        {
            var cursor = Education(spec.University);
            if (spec.Establishment is { } est)
            {
                var start = FinalJobStart(Math.Max(cursor, DesignAsOf - 12 * 25), lifetimeChance: 0.35);
                Career(cursor, start, followedByJob: true);
                AddJob(start, last, Portal(est));
            }
            else
            {
                Career(cursor, last + 1, followedByJob: false);
            }
        }

        private void Spouse(PersonSpec spec)
        {
            var cursor = Education(null);
            var latestWorkEnd = spec.Establishment is null ? last + 1 : DesignAsOf - 6 - 36;
            var workEnd = Math.Min(cursor + r.Next(36, 121), Math.Max(cursor, latestWorkEnd));
            Career(cursor, workEnd, followedByJob: false);
            var c3From = workEnd;
            var gap = Math.Min(r.Next(0, 3), last + 1 - c3From);
            GapCat1(c3From, c3From + gap - 1);
            c3From += gap;

            if (spec.Establishment is { } est)
            {
                var start = FinalJobStart(c3From + 36, lifetimeChance: 0);
                Fill(c3From, start - 1, MonthStatus.Category3);
                grade = r.Next(4, 10);        // part-time work
                gradeCap = 12;
                AddJob(start, last, Portal(est));
            }
            else if (spec.StaysCategory3)
            {
                Fill(c3From, last, MonthStatus.Category3);
            }
            else
            {
                var c3End = Math.Min(last, c3From + r.Next(96, 301) - 1);
                Fill(c3From, c3End, MonthStatus.Category3);
                Cat1(c3End + 1, last, DrawStyle());
            }
        }

        private void SelfEmployed()
        {
            var cursor = Education(null);
            if (r.NextDouble() < 0.5)
            {
                var end = Math.Min(cursor + r.Next(36, 97), last + 1);
                Career(cursor, end, followedByJob: false);
                cursor = end;
            }
            Cat1(cursor, last, DrawStyle());
        }

        private void Mixed(PersonSpec spec)
        {
            var cursor = Education(null);
            var jobsEnd = Math.Max(cursor, Math.Min(cursor + r.Next(60, 145), DesignAsOf - 48));
            Career(cursor, jobsEnd, followedByJob: false);
            if (spec.Establishment is { } est)
            {
                var start = FinalJobStart(jobsEnd + 36, lifetimeChance: 0);
                Cat1(jobsEnd, start - 1, DrawStyle());
                AddJob(start, last, Portal(est));
            }
            else
            {
                Cat1(jobsEnd, last, DrawStyle() with { LaxP = 0.03 });
            }
        }

        /// <summary>The month the current (open-ended) job starts: at least 6 months before the design month.</summary>
        private int FinalJobStart(int earliest, double lifetimeChance)
        {
            var latest = DesignAsOf - 6;
            earliest = Math.Clamp(earliest, first, latest);
            return r.NextDouble() < lifetimeChance ? earliest : r.Next(earliest, latest + 1);
        }

        // ---- building blocks -------------------------------------------------------------------

        /// <summary>University (student months by era) or a short spell of category-1 months; returns the next month.</summary>
        private int Education(bool? university)
        {
            if (university ?? r.NextDouble() < 0.55)
            {
                var b = p.BirthDate;
                var entryYear = b.Month > 4 || (b.Month == 4 && b.Day >= 2) ? b.Year + 19 : b.Year + 18;
                var graduation = Months.Of(entryYear + (r.NextDouble() < 0.12 ? 5 : 4), 3);
                Student(first, graduation);
                if (r.NextDouble() < 0.15) // student deferral paid back after starting work (追納)
                {
                    var paidBack = Months.LastDay(graduation + r.Next(24, 97));
                    LatePaidWhere(first, graduation, MonthStatus.StudentDeferral, paidBack);
                }
                return graduation + 1;
            }
            var months = r.Next(0, 25);
            GapCat1(first, first + months - 1);
            return first + months;
        }

        /// <summary>Student months, one decision per April–March year, by era.</summary>
        private void Student(int from, int to)
        {
            var fiscalYear = -1;
            var status = MonthStatus.Paid;
            for (var m = from; m <= to; m++)
            {
                if (Months.FiscalYear(m) != fiscalYear)
                {
                    fiscalYear = Months.FiscalYear(m);
                    var april = Months.Of(fiscalYear, 4);
                    var x = r.NextDouble();
                    status = april < StudentsCompulsoryFrom ? (x < 0.9 ? MonthStatus.NotEnrolled : MonthStatus.Paid)  // students were voluntary before April 1991
                        : april < StudentDeferralFrom ? (x < 0.75 ? MonthStatus.Paid : MonthStatus.Unpaid)
                        : (x < 0.8 ? MonthStatus.StudentDeferral : MonthStatus.Paid);
                }
                Set(m, status);
            }
        }

        /// <summary>Jobs and short gaps filling [from, toExclusive); the last job may run to the end.</summary>
        private void Career(int from, int toExclusive, bool followedByJob)
        {
            var c = from;
            while (c < toExclusive)
            {
                var remain = toExclusive - c;
                if (remain < 12)
                {
                    GapCat1(c, toExclusive - 1);
                    break;
                }
                var duration = r.Next(36, 181);
                if (remain - duration < 12) duration = remain;
                var end = c + duration - 1;
                var after = end + 1;
                var gap = after < toExclusive ? Math.Min(r.Next(0, 5), toExclusive - after) : 0;
                var nextStartsSameMonth = gap == 0 && (after < toExclusive || followedByJob);
                // A job still running at the design month must not be at a portal establishment: their
                // current employees are exactly the planned ones (DemoCatalog.Establishments).
                AddJob(c, end, PickOther(allowPortal: end < DesignAsOf), nextStartsSameMonth: nextStartsSameMonth);
                GapCat1(after, after + gap - 1);
                c = after + gap;
            }
        }

        /// <summary>Months between jobs: paid, unpaid, not enrolled (no change filed) or exempt (失業特例).</summary>
        private void GapCat1(int from, int to)
        {
            if (to < from) return;
            var x = r.NextDouble();
            var status = x < 0.5 ? MonthStatus.Paid
                : x < 0.8 ? MonthStatus.Unpaid
                : x < 0.9 ? MonthStatus.NotEnrolled
                : from >= HalfExemptionFrom && to > from ? MonthStatus.FullExemption
                : MonthStatus.Paid;
            Fill(from, to, status);
        }

        private Cat1Style DrawStyle() => new(
            LaxP: 0.002 + r.NextDouble() * 0.02,
            ExemptP: 0.05 + r.NextDouble() * 0.25,
            AdditionalP: r.NextDouble() < 0.4 ? 0.03 : 0);

        /// <summary>Category-1 months: paid (some with 付加), unpaid streaks, and exemption spells of
        /// whole July–June years.</summary>
        private void Cat1(int from, int to, Cat1Style style)
        {
            var additional = false;
            var unpaidLeft = 0;
            var m = from;
            while (m <= to)
            {
                if (Months.MonthOfYear(m) == 7 && unpaidLeft == 0 && r.NextDouble() < style.ExemptP)
                {
                    var end = Math.Min(to, m + 12 * r.Next(1, 4) - 1);
                    var type = PickExemption(m, end);
                    Fill(m, end, type);
                    if (type != MonthStatus.PaymentDeferral && r.NextDouble() < 0.2)
                    {
                        var paidBack = Months.LastDay(end + r.Next(12, 61));
                        if (Months.Of(paidBack) - m < 120) LatePaid(m, Math.Min(end, m + 11), paidBack);
                    }
                    additional = false; // an approved exemption ends 付加
                    m = end + 1;
                    continue;
                }
                if (!additional && style.AdditionalP > 0 && r.NextDouble() < style.AdditionalP) additional = true;
                if (unpaidLeft == 0 && r.NextDouble() < style.LaxP) unpaidLeft = r.Next(1, 13);
                if (unpaidLeft > 0)
                {
                    Set(m, MonthStatus.Unpaid);
                    unpaidLeft--;
                }
                else
                {
                    Set(m, MonthStatus.Paid, additional: additional);
                }
                m++;
            }
        }

        private MonthStatus PickExemption(int from, int to)
        {
            var options = new List<MonthStatus> { MonthStatus.FullExemption, MonthStatus.FullExemption };
            if (from >= HalfExemptionFrom) options.Add(MonthStatus.HalfExemption);
            if (from >= PartialExemptionsFrom) { options.Add(MonthStatus.ThreeQuarterExemption); options.Add(MonthStatus.QuarterExemption); }
            var deferralAllowed = from >= PaymentDeferralUnder50From ? to < age50Month
                : from >= PaymentDeferralFrom && to < age30Month;
            if (deferralAllowed) options.Add(MonthStatus.PaymentDeferral);
            return options[r.Next(options.Count)];
        }

        private Employer Portal(int establishment) =>
            new(DemoCatalog.Establishments[establishment].Name, DemoCatalog.Establishments[establishment].OfficeSymbol, establishment);

        private static Employer Other(int index) =>
            new(DemoCatalog.OtherEmployers[index].Name, DemoCatalog.OtherEmployers[index].Symbol, null);

        /// <summary>A former employer: mostly one that does not use the portal, sometimes a portal establishment.</summary>
        private Employer PickOther(bool allowPortal = true)
        {
            if (r.NextDouble() < 0.1 && allowPortal)
                return Portal(r.Next(DemoCatalog.Establishments.Length));
            return Other(r.Next(DemoCatalog.OtherEmployers.Length));
        }

        private int StartGrade(int month) =>
            Months.Year(month) < 1990 ? r.Next(8, 11)
            : Months.Year(month) < 2000 ? r.Next(10, 13)
            : r.Next(12, 15);

        /// <summary>
        /// One employment period covering the 厚生年金 months [start, end] (DOMAIN.md §4.2): acquisition in
        /// the start month, loss date (the day after leaving) in the month after the end month. A period
        /// running to the month before age 60 ends with retirement on the 60th birthday.
        /// </summary>
        private void AddJob(int start, int end, Employer employer, bool nextStartsSameMonth = false, DateOnly? lostOn = null)
        {
            var previousIsJob = start > first && p.Months[start - 1 - first].Status == MonthStatus.EmployeesPension;
            var acquired = Months.FirstDay(start);
            if (!previousIsJob && Months.MonthOfYear(start) != 4 && r.NextDouble() < 0.3) acquired = acquired.AddDays(15);

            DateOnly lost;
            if (lostOn is { } given) lost = given;
            else if (end >= last) lost = p.BirthDate.AddYears(60).AddDays(1);
            else if (nextStartsSameMonth || r.NextDouble() < 0.6) lost = Months.FirstDay(end + 1);
            else lost = Months.FirstDay(end + 1).AddDays(r.Next(1, 27)); // left mid-month: that month is not covered

            var job = new PlannedJob
            {
                Id = DemoIds.For($"person/{p.Index}/job/{p.Jobs.Count}"),
                EmployerName = employer.Name,
                Symbol = employer.Symbol,
                Establishment = employer.Establishment,
                AcquiredOn = acquired,
                LostOn = lost,
                FirstMonth = start,
                LastMonth = end,
            };
            var jobIndex = p.Jobs.Count;
            p.Jobs.Add(job);

            grade = grade == 0 ? StartGrade(start) : Math.Clamp(grade + r.Next(-2, 3), 1, 32);
            for (var m = start; m <= end; m++)
            {
                if (m > start && Months.MonthOfYear(m) == 9) // 算定基礎: new grade each September
                {
                    var x = r.NextDouble();
                    grade += x < 0.5 ? 1 : x < 0.7 ? 2 : 0;
                }
                grade = Math.Clamp(grade, 1, Math.Min(gradeCap, DemoCatalog.TopGrade(m)));
                Set(m, MonthStatus.EmployeesPension, pay: DemoCatalog.StandardMonthlyPayGrades[grade - 1], job: jobIndex);
            }

            if (r.NextDouble() < 0.85) // most employers pay bonuses twice a year
            {
                var summer = r.NextDouble() < 0.5 ? (Month: 6, Day: 30) : (Month: 7, Day: 10);
                for (var year = Months.Year(start); year <= Months.Year(end); year++)
                {
                    foreach (var date in new[] { new DateOnly(year, summer.Month, summer.Day), new DateOnly(year, 12, 10) })
                    {
                        var m = Months.Of(date);
                        if (m < start || m > end || m < BonusesFrom || date < acquired || date >= lost) continue;
                        var pay = p.Months[m - first].Pay!.Value;
                        var bonus = pay * r.Next(8, 26) / 10 + r.Next(0, 50_000);
                        var standardBonus = Math.Min(1_500_000, bonus / 1000 * 1000); // rounded down to 1,000 yen, capped
                        job.Bonuses.Add((date, standardBonus));
                    }
                }
            }
        }

        private void Set(int month, MonthStatus status, bool additional = false, long? pay = null, int job = -1)
        {
            if (month < first || month > last) return;
            p.Months[month - first] = new PlannedMonth { Status = status, Additional = additional, Pay = pay, Job = job };
        }

        private void Fill(int from, int to, MonthStatus status)
        {
            for (var m = from; m <= to; m++) Set(m, status);
        }

        private void Additional(int from, int to)
        {
            for (var m = Math.Max(from, first); m <= Math.Min(to, last); m++)
                if (p.Months[m - first].Status == MonthStatus.Paid) p.Months[m - first].Additional = true;
        }

        /// <summary>Replaces category-1 months in the range (employment and category 3 stay).</summary>
        private void Overlay(int from, int to, MonthStatus status)
        {
            for (var m = Math.Max(from, first); m <= Math.Min(to, last); m++)
            {
                ref var month = ref p.Months[m - first];
                if (month.Status is MonthStatus.EmployeesPension or MonthStatus.Category3 or MonthStatus.NotEnrolled) continue;
                month = new PlannedMonth { Status = status, Job = -1 };
            }
        }

        private void LatePaid(int from, int to, DateOnly paidOn) => LatePaidWhere(from, to, null, paidOn);

        /// <summary>追納 of exempt or deferred months, paid back on <paramref name="paidOn"/> (never after the plan's cut-off).</summary>
        private void LatePaidWhere(int from, int to, MonthStatus? only, DateOnly paidOn)
        {
            if (paidOn > LatestPlannedPayment) return;
            for (var m = Math.Max(from, first); m <= Math.Min(to, last); m++)
            {
                ref var month = ref p.Months[m - first];
                if (only is { } s && month.Status != s) continue;
                if (month.Status is MonthStatus.StatutoryExemption or MonthStatus.FullExemption or MonthStatus.ThreeQuarterExemption
                    or MonthStatus.HalfExemption or MonthStatus.QuarterExemption or MonthStatus.PaymentDeferral or MonthStatus.StudentDeferral
                    && Months.Of(paidOn) - m < 120) // within 10 years
                    month.LatePaidOn = paidOn;
            }
        }
    }
}

internal struct PlannedMonth
{
    public MonthStatus Status;
    public bool Additional;
    public long? Pay;
    /// <summary>Index into <see cref="PlannedPerson.Jobs"/>, or −1.</summary>
    public int Job;
    public DateOnly? LatePaidOn;
}

internal sealed class PlannedJob
{
    public required Guid Id { get; init; }
    public required string EmployerName { get; init; }
    public required string Symbol { get; init; }
    /// <summary>Index of the portal establishment, when the employer is one.</summary>
    public int? Establishment { get; init; }
    public required DateOnly AcquiredOn { get; init; }
    /// <summary>Planned loss date; the seeder leaves it out while it is still in the future.</summary>
    public required DateOnly LostOn { get; init; }
    public required int FirstMonth { get; init; }
    public required int LastMonth { get; init; }
    public List<(DateOnly PaidOn, long StandardBonus)> Bonuses { get; } = [];
}

internal sealed class PlannedPerson
{
    public required int Index { get; init; }
    public required Guid Id { get; init; }
    /// <summary>10 digits, symbol 9xxx (fictional range).</summary>
    public required string PensionNumber { get; init; }
    public required string FamilyName { get; init; }
    public required string GivenName { get; init; }
    public required string FamilyNameKana { get; init; }
    public required string GivenNameKana { get; init; }
    public required DateOnly BirthDate { get; init; }
    public required Sex Sex { get; init; }
    public required string Prefecture { get; init; }
    /// <summary>The portal establishment the person currently works for, if any.</summary>
    public int? CurrentEstablishment { get; init; }
    public int FirstMonth { get; set; }
    /// <summary>The month before the month age 60 is reached (planned even when in the future).</summary>
    public int LastMonth { get; set; }
    public PlannedMonth[] Months { get; set; } = [];
    public List<PlannedJob> Jobs { get; } = [];

    public string FullName => $"{FamilyName} {GivenName}";
    public string PensionNumberDisplay => $"{PensionNumber[..4]}-{PensionNumber[4..]}";
}

internal sealed record PlannedInvitation(int Establishment, int Ordinal, MemberRole Role, string Code);
