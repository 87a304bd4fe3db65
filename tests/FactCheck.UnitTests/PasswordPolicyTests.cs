using FactCheck.Features.Users;

namespace FactCheck.UnitTests;

/// <summary>The password rule (NIST SP 800-63B): length 12–256, not the user name, not common or easily guessed.</summary>
public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("1234567890", "alice", "at least 12 characters")]
    [InlineData("123456789012", "alice", "too common")]
    [InlineData("password1234", "alice", "too common")]
    [InlineData("qwertyuiop12", "alice", "too common")]
    [InlineData("aliceinwonderland", "alice", "must not contain the user name")]
    [InlineData("xALICEx-1999-x", "alice", "must not contain the user name")]
    [InlineData("factcheck2026", "bob", "too common")]
    [InlineData("yet another password", "bob", "too common")]
    public void Refuses(string password, string user, string reason) =>
        Assert.Contains(reason, PasswordPolicy.Problem(password, user));

    [Fact]
    public void Refuses_a_password_over_256_characters() =>
        Assert.Contains("at most 256", PasswordPolicy.Problem(new string('x', 3 * 1024 * 1024), "alice"));

    [Theory]
    [InlineData("correct horse battery")]
    [InlineData("plum quartz ferry 41")]
    [InlineData("violet anchor gravel 7")]
    [InlineData("a long enough password")]
    [InlineData("a brand new password")]
    [InlineData("harbour kestrel 2041")]
    [InlineData("demo-3fa94c0e17bd")]
    public void Accepts(string password) => Assert.Null(PasswordPolicy.Problem(password, "alice"));
}
