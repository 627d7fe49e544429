using Portal.Domain.Common;

namespace Portal.Domain.Benefits;

/// <summary>
/// Outcome of a benefit rule (給付ルールの結果): either a value or a <see cref="RuleError"/>, never both.
/// </summary>
/// <typeparam name="T">The computed type.</typeparam>
public sealed class BenefitResult<T>
{
    private readonly T _value;

    private BenefitResult(T value, RuleError? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">The rule refused; check <see cref="IsSuccess"/> first.</exception>
    public T Value => Error is null
        ? _value
        : throw new InvalidOperationException($"The rule refused ({Error.Code}); check IsSuccess before reading Value.");

    /// <summary>Why the rule refused, or null on success.</summary>
    public RuleError? Error { get; }

    /// <summary>True when <see cref="Value"/> can be read.</summary>
    public bool IsSuccess => Error is null;

    /// <summary>A successful result.</summary>
    public static BenefitResult<T> Ok(T value) => new(value, null);

    /// <summary>A refused result.</summary>
    public static BenefitResult<T> Fail(RuleError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new BenefitResult<T>(default!, error);
    }

    /// <summary>A refused result with the given code and message key.</summary>
    public static BenefitResult<T> Fail(string code, string messageKey) => Fail(new RuleError(code, messageKey));

    /// <inheritdoc />
    public override string ToString() => Error is null ? "Ok" : $"Fail({Error.Code})";
}
