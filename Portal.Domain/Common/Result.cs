namespace Portal.Domain.Common;

/// <summary>
/// A rule a user can fix was broken (ルール違反): a stable machine-readable <paramref name="Code"/>
/// (e.g. <c>check_digit</c>) and a <paramref name="MessageKey"/> the UI looks up in its resources
/// (e.g. <c>Identifier.MyNumber.CheckDigit</c>). Rule results carry these instead of throwing.
/// </summary>
/// <param name="Code">Stable, lower-case code for programs and tests.</param>
/// <param name="MessageKey">Resource key of the message shown to the user.</param>
public sealed record RuleError(string Code, string MessageKey);

/// <summary>
/// Outcome of parsing user input (入力値の解析結果): either a value or a <see cref="RuleError"/>, never both.
/// Works for class and struct <typeparamref name="T"/> alike.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
public sealed class ParseResult<T>
{
    private readonly T _value;

    private ParseResult(T value, RuleError? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>The parsed value.</summary>
    /// <exception cref="InvalidOperationException">The input was not valid; check <see cref="IsValid"/> first.</exception>
    public T Value => Error is null
        ? _value
        : throw new InvalidOperationException($"The input was not valid ({Error.Code}); check IsValid before reading Value.");

    /// <summary>Why the input was refused, or null when it was valid.</summary>
    public RuleError? Error { get; }

    /// <summary>True when the input was valid and <see cref="Value"/> can be read.</summary>
    public bool IsValid => Error is null;

    /// <summary>A valid result holding <paramref name="value"/>.</summary>
    public static ParseResult<T> Ok(T value) => new(value, null);

    /// <summary>A refused result with the given error.</summary>
    public static ParseResult<T> Fail(RuleError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ParseResult<T>(default!, error);
    }

    /// <summary>A refused result with the given code and message key.</summary>
    public static ParseResult<T> Fail(string code, string messageKey) => Fail(new RuleError(code, messageKey));

    /// <summary>Gets the value when the input was valid.</summary>
    public bool TryGetValue(out T value)
    {
        value = _value;
        return Error is null;
    }

    /// <inheritdoc />
    public override string ToString() => Error is null ? "Ok" : $"Fail({Error.Code})";
}
