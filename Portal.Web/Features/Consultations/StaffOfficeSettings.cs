using System.Security.Claims;
using Portal.Domain.Common;
using Portal.Domain.Consultations;
using Portal.Infrastructure.Consultations;

namespace Portal.Web.Features.Consultations;

/// <summary>
/// A booking as a refused capacity change lists it: its time, topic and reference only (no name, no phone: not more than the
/// staff's day view shows, and less).
/// </summary>
public sealed record AffectedBooking(Guid Id, DateOnly Date, DateTimeOffset StartsAt, DateTimeOffset EndsAt, ConsultationTopic Topic, string Reference)
{
    public static AffectedBooking Of(Booking b) => new(b.Id, b.Date, b.StartsAt, b.EndsAt, b.Topic, b.Reference);
}

/// <summary>
/// The answer to a capacity command: saved, or refused with nothing saved — a message key per field id (the page shows each
/// next to its field) and the bookings that stood in the way.
/// </summary>
public sealed record SettingsChange(bool Saved, IReadOnlyDictionary<string, string> FieldErrors, IReadOnlyList<AffectedBooking> Affected)
{
    public static SettingsChange Done { get; } = new(true, new Dictionary<string, string>(), []);

    public static SettingsChange Refused(string field, string messageKey, IEnumerable<Booking>? affected = null) =>
        new(false, new Dictionary<string, string> { [field] = messageKey }, (affected ?? []).Select(AffectedBooking.Of).ToList());
}

/// <summary>One topic of the office's slot templates as the editor shows it: the office's length and whether it is offered.</summary>
public sealed record TemplateSetting(ConsultationTopic Topic, int Minutes, bool Offered, int NationalMinutes);

/// <summary>The office's own settings the capacity page edits besides booths and hours.</summary>
public sealed record OfficeSettings(Office Office, IReadOnlyList<TemplateSetting> Templates, IReadOnlyList<OfficeHoliday> Holidays);

/// <summary>The field ids of the template editor and the holiday form (errors are keyed by them).</summary>
public static class SettingsFields
{
    public const string Templates = "templates", HolidayDate = "holiday-date", HolidayReason = "holiday-reason", Holidays = "holidays";

    /// <summary>The length field of one topic's template.</summary>
    public static string Length(ConsultationTopic topic) => "template-length-" + topic;
}

/// <summary>
/// The staff's capacity use cases beyond booths and hours: slot templates per topic and office holidays. Every command takes
/// the signed-in user and the office the page shows; an office other than the user's own is "not found" and nothing is
/// saved. The rules (lengths, no dropped booking, holiday reason and date) are the domain's, applied by the store; every
/// change goes through <see cref="StaffConsultations"/>, which writes it to the audit trail.
/// </summary>
public sealed class StaffOfficeSettings(StaffConsultations staff)
{
    private BookingStore Store => staff.Store;

    /// <summary>The refusal of a command on an office other than the user's own.</summary>
    public const string NotYourOffice = "Consultations.Staff.NotYourOffice";

    /// <summary>The user's office with its templates and its holidays from today on, or null when the account has no office.</summary>
    public async Task<OfficeSettings?> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var office = await staff.OfficeOfAsync(user, ct);
        if (office is null) return null;
        var topics = await Store.TopicsOfAsync(office.Id, ct);
        var templates = topics.All.Select(t => new TemplateSetting(t.Topic, (int)t.Duration.TotalMinutes, t.Offered,
            (int)Store.Topics.DurationOf(t.Topic).TotalMinutes)).ToList();
        return new OfficeSettings(office, templates, await Store.HolidaysAsync(office.Id, staff.Today, ct));
    }

    /// <summary>
    /// Saves the slot templates of every topic given, all or nothing. Refused per field for a length that is not 15–180
    /// minutes in steps of 15; refused as a whole, with the bookings, when a topic it stops offering has bookings to come.
    /// </summary>
    public async Task<SettingsChange> ChangeTemplatesAsync(ClaimsPrincipal user, Guid officeId, IReadOnlyList<TemplateSetting> templates,
        CancellationToken ct = default)
    {
        if (await OwnOfficeAsync(user, officeId, ct) is not { } office) return SettingsChange.Refused(SettingsFields.Templates, NotYourOffice);
        var invalid = templates.Where(t => !OfficeSlotTemplate.IsValidLength(t.Minutes))
            .ToDictionary(t => SettingsFields.Length(t.Topic), _ => "Consultations.Template.LengthInvalid");
        if (invalid.Count > 0) return new SettingsChange(false, invalid, []);

        var result = await staff.ChangeTemplatesAsync(office,
            templates.Select(t => new TopicDefinition(t.Topic, TimeSpan.FromMinutes(t.Minutes), t.Offered)).ToList(), ct);
        return result.Applied ? SettingsChange.Done : SettingsChange.Refused(SettingsFields.Templates, result.Error!.MessageKey, result.NoLongerFitting);
    }

    /// <summary>
    /// Adds an office holiday. Refused next to the date (none given, not in the future, already a holiday, or a day with
    /// bookings — listed) or next to the reason (empty or longer than 200 characters).
    /// </summary>
    public async Task<SettingsChange> AddHolidayAsync(ClaimsPrincipal user, Guid officeId, DateOnly? date, string? reason, CancellationToken ct = default)
    {
        if (await OwnOfficeAsync(user, officeId, ct) is not { } office) return SettingsChange.Refused(SettingsFields.HolidayDate, NotYourOffice);
        if (date is not { } day) return SettingsChange.Refused(SettingsFields.HolidayDate, "Consultations.Holiday.DateRequired");
        var result = await staff.AddHolidayAsync(office, day, reason, ct);
        if (result.Applied) return SettingsChange.Done;
        var field = result.Error!.Code == "holiday_reason" ? SettingsFields.HolidayReason : SettingsFields.HolidayDate;
        return SettingsChange.Refused(field, result.Error.MessageKey, result.NoLongerFitting);
    }

    /// <summary>Removes an office holiday of the user's office (another office's is "not found").</summary>
    public async Task<SettingsChange> RemoveHolidayAsync(ClaimsPrincipal user, Guid officeId, Guid holidayId, CancellationToken ct = default)
    {
        if (await OwnOfficeAsync(user, officeId, ct) is not { } office || !await staff.RemoveHolidayAsync(office, holidayId, ct))
            return SettingsChange.Refused(SettingsFields.Holidays, "Consultations.Holiday.NotFound");
        return SettingsChange.Done;
    }

    /// <summary>The user's office when it is the one asked for; null otherwise (the command is refused, nothing saved).</summary>
    private async Task<Office?> OwnOfficeAsync(ClaimsPrincipal user, Guid officeId, CancellationToken ct) =>
        await staff.OfficeOfAsync(user, ct) is { } office && office.Id == officeId ? office : null;
}
