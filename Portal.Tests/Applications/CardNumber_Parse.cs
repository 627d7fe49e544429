using Portal.Domain.Common;
using System.Text.Json;
using Portal.Domain.Applications;
using static Portal.Tests.Applications.ApplicationFixtures;

namespace Portal.Tests.Applications;

public sealed class CardNumber_Parse
{
    [Theory]
    [InlineData("4111111111111111", CardBrand.Visa)]
    [InlineData("4111 1111 1111 1111", CardBrand.Visa)]
    [InlineData("４１１１-１１１１-１１１１-１１１１", CardBrand.Visa)]
    [InlineData("5555555555554444", CardBrand.Mastercard)]
    [InlineData("2223003122003222", CardBrand.Mastercard)]
    [InlineData("3530111333300000", CardBrand.Jcb)]
    [InlineData("378282246310005", CardBrand.Amex)]
    [InlineData("30569309025904", CardBrand.Diners)]
    public void ValidNumbersGiveBrandAndLast4(string input, CardBrand brand)
    {
        var card = CardNumber.Parse(input).Value;
        Assert.Equal(brand, card.Brand);
        var digits = new string(System.Text.RegularExpressions.Regex.Replace(input.Normalize(System.Text.NormalizationForm.FormKC), "[^0-9]", ""));
        Assert.Equal(digits[^4..], card.Last4);
        Assert.Equal(new string('*', digits.Length - 4) + digits[^4..], card.Masked);
        Assert.Equal(card.Masked, card.ToString());
    }

    [Theory]
    [InlineData("4111111111111112", IssueCodes.CheckDigit)]
    [InlineData("5555555555554445", IssueCodes.CheckDigit)]
    [InlineData("", IssueCodes.Required)]
    [InlineData("4111-1111-1111-111a", IssueCodes.Format)]
    [InlineData("4111111", "length")]
    [InlineData("6011111111111117", IssueCodes.Brand)] // Discover: Luhn-valid, brand not accepted
    [InlineData("411111111111116", "length")]   // Visa with 15 digits (Luhn-valid)
    public void InvalidNumbersAreRefusedWithoutThrowing(string input, string code)
    {
        var result = CardNumber.Parse(input);
        Assert.False(result.IsValid);
        Assert.Equal(code, result.Error!.Code);
        Assert.StartsWith("Applications.Card.", result.Error.MessageKey);
    }

    [Theory]
    [InlineData("79927398713", true)]
    [InlineData("79927398710", false)]
    [InlineData("0", true)]
    [InlineData("", false)]
    [InlineData("12a", false)]
    public void Luhn(string digits, bool valid) => Assert.Equal(valid, CardNumber.LuhnValid(digits));

    [Fact]
    public void TheWholeNumberIsNeverStored()
    {
        var app = Card();
        var json = ApplicationForms.Serialize(app);
        Assert.DoesNotContain(VisaTest, json);
        Assert.DoesNotContain("41111111", json);
        Assert.Contains("\"last4\":\"1111\"", json);
        Assert.Contains("\"brand\":\"Visa\"", json);
        Assert.Contains("\"expiry\":\"2028-05\"", json);

        // no property of the payload can carry more than the last 4 digits
        Assert.Equal(["Brand", "Last4", "Expiry"], typeof(CardDetails).GetProperties().Select(p => p.Name));
        Assert.DoesNotContain(typeof(PaymentSetupApplication).GetProperties(), p => p.PropertyType == typeof(CardNumber));
        Assert.DoesNotContain(VisaTest, JsonSerializer.Serialize(CardNumber.Parse(VisaTest).Value));
    }

    [Fact]
    public void ASmuggledNumberFieldIsDroppedOnRead()
    {
        var json = """{"method":"CreditCard","card":{"number":"4111111111111111","brand":"Visa","last4":"1111","expiry":"2028-05"}}""";
        var app = ApplicationForms.Deserialize<PaymentSetupApplication>(json, out var issue);
        Assert.Null(issue);
        Assert.DoesNotContain(VisaTest, ApplicationForms.Serialize(app!));
    }
}
