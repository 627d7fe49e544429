namespace Portal.Web.Features.Accounts;

/// <summary>The outcome of an account use case: success, or message keys per form field.</summary>
public sealed class FieldErrors
{
    private readonly List<(string Field, string MessageKey)> _errors = [];

    public IReadOnlyList<(string Field, string MessageKey)> All => _errors;
    public bool Any => _errors.Count > 0;

    public FieldErrors Add(string field, string messageKey)
    {
        _errors.Add((field, messageKey));
        return this;
    }

    private static readonly HashSet<string> TranslatedIdentityCodes =
    [
        "PasswordTooShort", "PasswordRequiresNonAlphanumeric", "PasswordRequiresDigit", "PasswordRequiresLower",
        "PasswordRequiresUpper", "PasswordRequiresUniqueChars", "DuplicateUserName", "DuplicateEmail",
        "InvalidEmail", "InvalidUserName",
    ];

    /// <summary>Identity's own errors (password rules, duplicate e-mail) mapped to our message keys.</summary>
    public FieldErrors AddIdentityErrors(IEnumerable<Microsoft.AspNetCore.Identity.IdentityError> errors, string passwordField, string emailField)
    {
        foreach (var e in errors)
        {
            var field = e.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField : emailField;
            _errors.Add((field, TranslatedIdentityCodes.Contains(e.Code) ? "Identity." + e.Code : "Identity.DefaultError"));
        }
        return this;
    }
}
