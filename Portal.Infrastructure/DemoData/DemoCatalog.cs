using Portal.Domain.Common;
using Portal.Domain.Records;

namespace Portal.Infrastructure.DemoData;

/// <summary>
/// Fixed lists the demo generator draws from. Everything here is fictional: common surnames and given
/// names combined at random, made-up company names and street addresses (real prefecture and city names
/// with invented town names), pension numbers in the 9xxx symbol range.
/// </summary>
internal static class DemoCatalog
{
    public static readonly (string Kanji, string Kana)[] FamilyNames =
    [
        ("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"), ("伊藤", "イトウ"),
        ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("加藤", "カトウ"),
        ("吉田", "ヨシダ"), ("山田", "ヤマダ"), ("佐々木", "ササキ"), ("山口", "ヤマグチ"), ("松本", "マツモト"),
        ("井上", "イノウエ"), ("木村", "キムラ"), ("林", "ハヤシ"), ("斎藤", "サイトウ"), ("清水", "シミズ"),
        ("山崎", "ヤマザキ"), ("森", "モリ"), ("池田", "イケダ"), ("橋本", "ハシモト"), ("阿部", "アベ"),
        ("石川", "イシカワ"), ("山下", "ヤマシタ"), ("中島", "ナカジマ"), ("石井", "イシイ"), ("小川", "オガワ"),
        ("前田", "マエダ"), ("岡田", "オカダ"), ("長谷川", "ハセガワ"), ("藤田", "フジタ"), ("後藤", "ゴトウ"),
        ("近藤", "コンドウ"), ("村上", "ムラカミ"), ("遠藤", "エンドウ"), ("青木", "アオキ"), ("坂本", "サカモト"),
    ];

    public static readonly (string Kanji, string Kana)[] MaleGivenNames =
    [
        ("大輔", "ダイスケ"), ("健太", "ケンタ"), ("翔太", "ショウタ"), ("拓也", "タクヤ"), ("直樹", "ナオキ"),
        ("和也", "カズヤ"), ("達也", "タツヤ"), ("誠", "マコト"), ("浩", "ヒロシ"), ("隆", "タカシ"),
        ("健一", "ケンイチ"), ("剛", "ツヨシ"), ("哲也", "テツヤ"), ("修", "オサム"), ("学", "マナブ"),
        ("聡", "サトシ"), ("洋平", "ヨウヘイ"), ("雄一", "ユウイチ"), ("光", "ヒカル"), ("亮", "リョウ"),
        ("昌弘", "マサヒロ"), ("秀樹", "ヒデキ"), ("健二", "ケンジ"), ("茂", "シゲル"), ("裕介", "ユウスケ"),
    ];

    public static readonly (string Kanji, string Kana)[] FemaleGivenNames =
    [
        ("陽子", "ヨウコ"), ("恵子", "ケイコ"), ("裕子", "ユウコ"), ("直美", "ナオミ"), ("久美子", "クミコ"),
        ("由美", "ユミ"), ("智子", "トモコ"), ("真由美", "マユミ"), ("美穂", "ミホ"), ("愛", "アイ"),
        ("彩", "アヤ"), ("恵", "メグミ"), ("舞", "マイ"), ("香織", "カオリ"), ("明美", "アケミ"),
        ("幸子", "サチコ"), ("奈美", "ナミ"), ("千尋", "チヒロ"), ("沙織", "サオリ"), ("理恵", "リエ"),
        ("美紀", "ミキ"), ("綾", "アヤ"), ("純子", "ジュンコ"), ("早苗", "サナエ"), ("春香", "ハルカ"),
    ];

    public static readonly string[] Prefectures =
    [
        "北海道", "宮城県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "静岡県",
        "愛知県", "京都府", "大阪府", "兵庫県", "広島県", "福岡県", "沖縄県",
    ];

    /// <summary>The five establishments that use the portal (fictional).</summary>
    public static readonly DemoEstablishmentSpec[] Establishments =
    [
        new("株式会社さくら精機", "12-サクラ", "10245", "東京都", "東京都大田区さくら台一丁目2番3号", CurrentEmployees: 30),
        new("青葉フーズ株式会社", "13-アオバ", "20817", "神奈川県", "神奈川県横浜市港北区あおば町4-5-6", CurrentEmployees: 16),
        new("有限会社みなと運輸", "14-ミナト", "3356", "千葉県", "千葉県千葉市美浜区みなと通り7-8", CurrentEmployees: 10),
        new("株式会社ひかり情報システム", "21-ヒカリ", "41102", "大阪府", "大阪府大阪市北区ひかり町2-10-1", CurrentEmployees: 7),
        new("医療法人社団やまびこ会", "23-ヤマビ", "562", "埼玉県", "埼玉県さいたま市浦和区やまびこ1-1-1", CurrentEmployees: 5),
    ];

    /// <summary>Former employers that do not use the portal (fictional).</summary>
    public static readonly (string Name, string Symbol)[] OtherEmployers =
    [
        ("株式会社みどり商事", "11-ミドリ"), ("東西電機株式会社", "15-トウザ"), ("株式会社はるかぜ建設", "16-ハルカ"),
        ("北斗物産株式会社", "22-ホクト"), ("株式会社こだま印刷", "24-コダマ"), ("株式会社つばさ食品", "31-ツバサ"),
        ("株式会社いろは製作所", "32-イロハ"), ("株式会社ゆうなぎ物流", "33-ユウナ"), ("株式会社しらかば不動産", "41-シラカ"),
        ("合同会社ほしぞら企画", "42-ホシゾ"), ("株式会社かえでソフト", "51-カエデ"), ("株式会社なごみ介護サービス", "52-ナゴミ"),
    ];

    /// <summary>Ten offices and centres (fictional addresses); booth counts fixed here.</summary>
    public static readonly DemoOfficeSpec[] Offices =
    [
        new("OF01", "千代田年金事務所", "Chiyoda Pension Office", "東京都", "千代田区", "100-0001", "東京都千代田区さくら通り1-1-1", InPerson: 6, Video: 2, Saturday: true),
        new("OF02", "新宿年金事務所", "Shinjuku Pension Office", "東京都", "新宿区", "160-0001", "東京都新宿区みどり坂2-3-4", InPerson: 5, Video: 1, Saturday: false),
        new("OF03", "横浜中央年金事務所", "Yokohama Chuo Pension Office", "神奈川県", "横浜市", "231-0001", "神奈川県横浜市中区かもめ町5-6", InPerson: 4, Video: 1, Saturday: false),
        new("OF04", "さいたま北年金事務所", "Saitama Kita Pension Office", "埼玉県", "さいたま市", "330-0001", "埼玉県さいたま市北区つつじ野3-2-1", InPerson: 3, Video: 0, Saturday: false),
        new("OF05", "大阪梅田年金事務所", "Osaka Umeda Pension Office", "大阪府", "大阪市", "530-0001", "大阪府大阪市北区ひばり町8-1-2", InPerson: 5, Video: 2, Saturday: true),
        new("OF06", "名古屋栄年金事務所", "Nagoya Sakae Pension Office", "愛知県", "名古屋市", "460-0001", "愛知県名古屋市中区いちょう通り4-4-4", InPerson: 4, Video: 1, Saturday: false),
        new("OF07", "札幌中央年金事務所", "Sapporo Chuo Pension Office", "北海道", "札幌市", "060-0001", "北海道札幌市中央区すずらん通り6-1", InPerson: 3, Video: 1, Saturday: false),
        new("OF08", "福岡天神年金事務所", "Fukuoka Tenjin Pension Office", "福岡県", "福岡市", "810-0001", "福岡県福岡市中央区うめの木1-9-3", InPerson: 4, Video: 0, Saturday: false),
        new("OF09", "街角の年金相談センター 仙台", "Pension Consultation Centre Sendai", "宮城県", "仙台市", "980-0001", "宮城県仙台市青葉区けやき通り2-7", InPerson: 2, Video: 0, Saturday: false),
        new("OF10", "街角の年金相談センター 広島", "Pension Consultation Centre Hiroshima", "広島県", "広島市", "730-0001", "広島県広島市中区もみじ町3-3-5", InPerson: 2, Video: 1, Saturday: false),
    ];

    /// <summary>Standard monthly pay grades of 厚生年金 (DOMAIN.md §7); index 0 = grade 1.</summary>
    public static readonly long[] StandardMonthlyPayGrades =
    [
        88_000, 98_000, 104_000, 110_000, 118_000, 126_000, 134_000, 142_000,
        150_000, 160_000, 170_000, 180_000, 190_000, 200_000, 220_000, 240_000,
        260_000, 280_000, 300_000, 320_000, 340_000, 360_000, 380_000, 410_000,
        440_000, 470_000, 500_000, 530_000, 560_000, 590_000, 620_000, 650_000,
    ];

    /// <summary>Highest grade in force in a month: grade 32 exists since September 2020 (DOMAIN.md §7).</summary>
    public static int TopGrade(int month) => month >= Months.Of(2020, 9) ? 32 : 31;

    /// <summary>
    /// National-pension monthly premium for a month: the domain's dated <see cref="PremiumSchedule"/> where it has a
    /// row (FY2015 onwards; FY2025–2026 from DOMAIN.md §5.1), else the demo table below.
    /// </summary>
    public static long NationalPensionPremium(YearMonth month) =>
        PremiumSchedule.Default.MonthlyPremium(month) ?? EarlierPremium(month.FiscalYear);

    /// <summary>
    /// Plausible premiums for fiscal years before the domain schedule starts: DEMO DATA only (not a dated-parameter
    /// source for the app). FY2015 onwards here equal the schedule's rows and are only a fallback.
    /// </summary>
    private static long EarlierPremium(int fiscalYear) => fiscalYear switch
    {
        <= 1980 => 3_770,
        1981 => 4_500,
        1982 => 5_220,
        1983 => 5_830,
        1984 => 6_220,
        1985 => 6_740,
        1986 => 7_100,
        1987 => 7_400,
        1988 => 7_700,
        1989 => 8_000,
        1990 => 8_400,
        1991 => 9_000,
        1992 => 9_700,
        1993 => 10_500,
        1994 => 11_100,
        1995 => 11_700,
        1996 => 12_300,
        1997 => 12_800,
        >= 1998 and <= 2004 => 13_300,
        2005 => 13_580,
        2006 => 13_860,
        2007 => 14_100,
        2008 => 14_410,
        2009 => 14_660,
        2010 => 15_100,
        2011 => 15_020,
        2012 => 14_980,
        2013 => 15_040,
        2014 => 15_250,
        2015 => 15_590,
        2016 => 16_260,
        2017 => 16_490,
        2018 => 16_340,
        2019 => 16_410,
        2020 => 16_540,
        2021 => 16_610,
        2022 => 16_590,
        2023 => 16_520,
        2024 => 16_980,
        2025 => 17_510,
        _ => 17_920, // FY2026 (later years are never seeded: the record stops at the record-as-of month)
    };
}

internal sealed record DemoEstablishmentSpec(string Name, string OfficeSymbol, string EstablishmentNumber,
    string Prefecture, string Address, int CurrentEmployees);

internal sealed record DemoOfficeSpec(string Code, string Name, string NameEn, string Prefecture, string City,
    string Postcode, string Address, int InPerson, int Video, bool Saturday);
