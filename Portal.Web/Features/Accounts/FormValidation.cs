using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using Portal.Web.Resources;

namespace Portal.Web.Features.Accounts;

/// <summary>Puts a use case's field errors next to the fields of a form, in the user's language.</summary>
public static class FormValidation
{
    public static void Show(this ValidationMessageStore store, EditContext context, FieldErrors errors,
        IStringLocalizer<SharedResource> localizer)
    {
        store.Clear();
        foreach (var (field, key) in errors.All)
            store.Add(context.Field(field), localizer[key]);
        context.NotifyValidationStateChanged();
    }
}
