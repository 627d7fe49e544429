namespace Portal.Domain.Consultations;

/// <summary>Where an alternative to a closed booking comes from.</summary>
public enum AlternativeKind
{
    /// <summary>The same office on another day.</summary>
    SameOffice = 1,
    /// <summary>A nearby office.</summary>
    NearbyOffice = 2,
    /// <summary>A video consultation (any office that offers it).</summary>
    Video = 3,
}

/// <summary>One alternative offered to a booking hit by a site closure.</summary>
public sealed record ClosureAlternative(AlternativeKind Kind, OfferedSlot Slot);

/// <summary>The alternatives for one affected booking; none means it is simply cancelled.</summary>
public sealed record ClosureOffer(Guid BookingId, string? HolderUserId, IReadOnlyList<ClosureAlternative> Alternatives);

/// <summary>
/// Site closure (会場閉鎖): for each affected booking, the nearest alternatives: the same office on the nearest other
/// days, then nearby offices (by rank, nearest dates first), then video. Pure: the caller supplies free slots.
/// </summary>
public static class ClosurePlanner
{
    /// <summary>
    /// Alternatives for <paramref name="affected"/>: at most <paramref name="perKind"/> of each kind, in the order same
    /// office, nearby office, video; each kind ordered by distance in days from the original date, then by time of day,
    /// preferring different days.
    /// <paramref name="officeRank"/> ranks the nearby offices (0 = nearest); offices not in it are not offered in person.
    /// Slots already handed to an earlier booking in <paramref name="handedOut"/> are skipped and the chosen ones added, so
    /// that two affected bookings are not sent to the same last booth.
    /// <paramref name="officeTopics"/> holds each office's own topics (its slot templates over the national catalogue): a slot
    /// is offered only when its office still offers the booking's topic, and only in that office's length for it (the length a
    /// new booking there gets). Offices missing from it are not offered. Without it, every office is taken to offer the topic
    /// in the booking's own length.
    /// </summary>
    public static IReadOnlyList<ClosureAlternative> Alternatives(Booking affected, IEnumerable<OfferedSlot> freeSlots,
        IReadOnlyDictionary<Guid, int> officeRank, int perKind = 2, Dictionary<(Guid, BoothMode, DateTimeOffset), int>? handedOut = null,
        IReadOnlyDictionary<Guid, TopicCatalogue>? officeTopics = null)
    {
        handedOut ??= new Dictionary<(Guid, BoothMode, DateTimeOffset), int>();
        var original = affected.StartsAt;
        var candidates = freeSlots
            .Where(s => OffersTopicInLength(affected, s, officeTopics))
            .Where(s => s.FreeBooths > handedOut.GetValueOrDefault((s.OfficeId, s.Mode, s.StartsAt)))
            .Select(s => (Slot: s, Kind: KindOf(affected, s, officeRank)))
            .Where(x => x.Kind is not null)
            .OrderBy(x => x.Kind)
            .ThenBy(x => x.Kind == AlternativeKind.NearbyOffice ? officeRank[x.Slot.OfficeId] : 0)
            .ThenBy(x => Math.Abs(x.Slot.Date.DayNumber - affected.Date.DayNumber))
            .ThenBy(x => x.Slot.Date.DayNumber)
            .ThenBy(x => Math.Abs((x.Slot.StartsAt.ToOffset(Common.JapanTime.Offset).TimeOfDay - original.ToOffset(Common.JapanTime.Offset).TimeOfDay).Ticks))
            .ToList();

        var result = new List<ClosureAlternative>();
        foreach (var kind in new[] { AlternativeKind.SameOffice, AlternativeKind.NearbyOffice, AlternativeKind.Video })
        {
            // Different days first (a choice of days is worth more than two times on one day), then the rest in order.
            var ofKind = candidates.Where(c => c.Kind == kind).ToList();
            var firstPerDay = ofKind.GroupBy(c => (c.Slot.OfficeId, c.Slot.Date)).Select(g => g.First()).ToList();
            var chosen = firstPerDay.Concat(ofKind.Except(firstPerDay)).Take(perKind)
                .OrderBy(c => ofKind.IndexOf(c)).ToList();
            foreach (var c in chosen)
            {
                var key = (c.Slot.OfficeId, c.Slot.Mode, c.Slot.StartsAt);
                handedOut[key] = handedOut.GetValueOrDefault(key) + 1;
                result.Add(new ClosureAlternative(kind, c.Slot));
            }
        }
        return result;
    }

    /// <summary>Whether the slot's office offers the booking's topic, in a slot of the length it books that topic with.</summary>
    private static bool OffersTopicInLength(Booking affected, OfferedSlot slot, IReadOnlyDictionary<Guid, TopicCatalogue>? officeTopics)
    {
        if (officeTopics is null) return slot.EndsAt - slot.StartsAt == affected.Duration;
        return officeTopics.TryGetValue(slot.OfficeId, out var topics) && topics.IsOffered(affected.Topic)
            && slot.EndsAt - slot.StartsAt == topics.DurationOf(affected.Topic);
    }

    private static AlternativeKind? KindOf(Booking affected, OfferedSlot slot, IReadOnlyDictionary<Guid, int> officeRank)
    {
        if (slot.Mode == BoothMode.Video) return AlternativeKind.Video;
        if (slot.OfficeId == affected.OfficeId) return slot.Date == affected.Date ? null : AlternativeKind.SameOffice;
        return officeRank.ContainsKey(slot.OfficeId) ? AlternativeKind.NearbyOffice : null;
    }
}
