using FluentValidation;

namespace FactCheck.Features.Users;

/// <summary>
/// The one password rule, as NIST SP 800-63B puts it: at least 12 and at most 256 characters, not the user's name, and
/// not a common or easily guessed password (zxcvbn's dictionaries of common passwords, names and words, with its
/// estimate of guesses: a score of at least 3 of 4). No composition rules (no "one digit, one symbol").
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 12;
    public const int MaxLength = 256;

    /// <summary>What is wrong with a password, or null when it is acceptable.</summary>
    public static string? Problem(string? password, string? userName)
    {
        if (string.IsNullOrEmpty(password)) return "give a password";
        if (password.Length < MinLength) return $"a password needs at least {MinLength} characters";
        if (password.Length > MaxLength) return $"a password has at most {MaxLength} characters";
        if (!string.IsNullOrEmpty(userName) && password.Contains(userName, StringComparison.OrdinalIgnoreCase) && userName.Length >= 3)
            return "a password must not contain the user name";
        var score = global::Zxcvbn.Zxcvbn.MatchPassword(password, string.IsNullOrEmpty(userName) ? null : [userName, "factcheck", "fact", "check", "desk"]).Score;
        if (score < 3) return "this password is too common or too easy to guess; use a longer phrase of unrelated words";
        return null;
    }

    /// <summary>The rule for a validator: <paramref name="name"/> gives the user the password is for.</summary>
    public static IRuleBuilderOptions<T, string?> StrongPassword<T>(this IRuleBuilder<T, string?> rule, Func<T, string?> name) =>
        rule.Must((o, p) => Problem(p, name(o)) is null).WithMessage((o, p) => Problem(p, name(o)) ?? "");
}
