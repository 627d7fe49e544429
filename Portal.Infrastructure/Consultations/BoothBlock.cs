namespace Portal.Infrastructure.Consultations;

/// <summary>
/// One 15-minute block of booth time held by a booking (<see cref="Portal.Domain.Consultations.TopicCatalogue.Block"/>).
/// Its primary key (booth, start) makes the database refuse two bookings that overlap on a booth, whatever their
/// lengths; rows are deleted with the booking's cancellation in the same transaction.
/// </summary>
public sealed class BoothBlock
{
    private BoothBlock() { }

    public BoothBlock(Guid boothId, DateTimeOffset startsAt, Guid bookingId)
    {
        BoothId = boothId;
        StartsAt = startsAt;
        BookingId = bookingId;
    }

    public Guid BoothId { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public Guid BookingId { get; private set; }
}
