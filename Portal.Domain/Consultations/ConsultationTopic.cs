namespace Portal.Domain.Consultations;

/// <summary>What a consultation is about (相談内容). The page shows <c>Consultations.Topic.{name}</c>.</summary>
public enum ConsultationTopic
{
    /// <summary>老齢年金の請求</summary>
    OldAgeClaim = 1,
    /// <summary>保険料の免除・納付</summary>
    ExemptionAndPayment = 2,
    /// <summary>年金記録</summary>
    Records = 3,
    /// <summary>障害年金</summary>
    Disability = 4,
    /// <summary>遺族年金</summary>
    Survivors = 5,
    /// <summary>その他</summary>
    Other = 6,
}

/// <summary>
/// One topic as data: its slot length (DOMAIN.md §8: 45 minutes, 60 for disability and survivors) and whether it is
/// offered (an office's own slot template may stop offering a topic).
/// </summary>
public sealed record TopicDefinition(ConsultationTopic Topic, TimeSpan Duration, bool Offered = true)
{
    /// <summary>Resource key of the topic's name.</summary>
    public string MessageKey => TopicCatalogue.MessageKeyOf(Topic);
}

/// <summary>
/// The topics and their slot lengths (configuration, DOMAIN.md assumption 9). Every length is a whole number of
/// <see cref="TopicCatalogue.Block"/>s, the unit in which booth time is reserved.
/// </summary>
public sealed class TopicCatalogue
{
    /// <summary>The unit of booth time (15 minutes): slot lengths and slot starts are multiples of it.</summary>
    public static readonly TimeSpan Block = TimeSpan.FromMinutes(15);

    private readonly Dictionary<ConsultationTopic, TopicDefinition> _topics;

    public TopicCatalogue(IEnumerable<TopicDefinition> topics)
    {
        _topics = new Dictionary<ConsultationTopic, TopicDefinition>();
        foreach (var t in topics)
        {
            if (t.Duration <= TimeSpan.Zero || t.Duration.Ticks % Block.Ticks != 0)
                throw new ArgumentException($"The length of {t.Topic} must be a positive multiple of {Block.TotalMinutes} minutes.", nameof(topics));
            _topics[t.Topic] = t;
        }
        foreach (var topic in Enum.GetValues<ConsultationTopic>())
            if (!_topics.ContainsKey(topic))
                throw new ArgumentException($"Topic {topic} has no length.", nameof(topics));
    }

    /// <summary>Project defaults (DOMAIN.md §8): 45 minutes; 60 for disability and survivors.</summary>
    public static TopicCatalogue Default { get; } = new(
    [
        new(ConsultationTopic.OldAgeClaim, TimeSpan.FromMinutes(45)),
        new(ConsultationTopic.ExemptionAndPayment, TimeSpan.FromMinutes(45)),
        new(ConsultationTopic.Records, TimeSpan.FromMinutes(45)),
        new(ConsultationTopic.Disability, TimeSpan.FromMinutes(60)),
        new(ConsultationTopic.Survivors, TimeSpan.FromMinutes(60)),
        new(ConsultationTopic.Other, TimeSpan.FromMinutes(45)),
    ]);

    /// <summary>All topics in display order.</summary>
    public IReadOnlyList<TopicDefinition> All => _topics.Values.OrderBy(t => t.Topic).ToList();

    public TopicDefinition this[ConsultationTopic topic] => _topics[topic];

    public TimeSpan DurationOf(ConsultationTopic topic) => _topics[topic].Duration;

    /// <summary>Whether the topic can be booked (always, nationally; an office template may turn it off).</summary>
    public bool IsOffered(ConsultationTopic topic) => _topics[topic].Offered;

    /// <summary>
    /// The catalogue of one office: this (national) catalogue with the office's own slot templates laid over it. A topic
    /// without an office template keeps the national length and is offered.
    /// </summary>
    public TopicCatalogue WithOfficeTemplates(IEnumerable<OfficeSlotTemplate> templates)
    {
        var byTopic = templates.ToDictionary(t => t.Topic);
        return new TopicCatalogue(All.Select(t => byTopic.TryGetValue(t.Topic, out var o)
            ? new TopicDefinition(t.Topic, o.Duration, o.Offered)
            : t));
    }

    /// <summary><c>Consultations.Topic.OldAgeClaim</c> etc.</summary>
    public static string MessageKeyOf(ConsultationTopic topic) => topic switch
    {
        ConsultationTopic.OldAgeClaim => "Consultations.Topic.OldAgeClaim",
        ConsultationTopic.ExemptionAndPayment => "Consultations.Topic.ExemptionAndPayment",
        ConsultationTopic.Records => "Consultations.Topic.Records",
        ConsultationTopic.Disability => "Consultations.Topic.Disability",
        ConsultationTopic.Survivors => "Consultations.Topic.Survivors",
        _ => "Consultations.Topic.Other",
    };
}

/// <summary>Booking limits and horizon (configuration; DOMAIN.md §8 and assumption 9).</summary>
public sealed record BookingPolicy
{
    /// <summary>Last bookable date is today + this many days (Japan time).</summary>
    public int HorizonDays { get; init; } = 30;

    /// <summary>Most future bookings one account may hold at once.</summary>
    public int MaxFutureBookings { get; init; } = 3;

    /// <summary>A video booking's join link opens this long before the start …</summary>
    public TimeSpan VideoOpensBefore { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>… and closes this long after the end.</summary>
    public TimeSpan VideoClosesAfter { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Staff may mark a no-show this long after the start.</summary>
    public TimeSpan NoShowAfter { get; init; } = TimeSpan.FromMinutes(15);

    public static BookingPolicy Default { get; } = new();
}
