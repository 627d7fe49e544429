using Portal.Domain.Submissions;

namespace Portal.Tests.Submissions;

public sealed class SubmissionKind_Catalogue
{
    [Fact]
    public void HasTheSevenCitizenFormsAndTheSevenEmployerNotifications()
    {
        Assert.Equal(7, SubmissionKind.All.Count(k => k.Audience == SubmissionAudience.Citizen));
        Assert.Equal(7, SubmissionKind.All.Count(k => k.Audience == SubmissionAudience.Employer));
        Assert.Equal(14, SubmissionKind.All.Select(k => k.Code).Distinct().Count());
        Assert.Equal(14, SubmissionKind.All.Select(k => k.Name).Distinct().Count());
        Assert.Equal(14, SubmissionKind.All.Select(k => k.ReceiptCode).Distinct().Count());
    }

    [Theory]
    [InlineData("citizen.exemption", "Submissions.Kind.Exemption", "EXM")]
    [InlineData("employer.acquisition", "Submissions.Kind.Acquisition", "ACQ")]
    [InlineData("employer.category3-notification", "Submissions.Kind.Category3Notification", "C3N")]
    public void FindsAKindByItsStoredCode(string code, string messageKey, string receiptCode)
    {
        var kind = SubmissionKind.FromCode(code).Value;
        Assert.Equal((code, messageKey, receiptCode), (kind.Code, kind.MessageKey, kind.ReceiptCode));
        Assert.Same(kind, SubmissionKind.Find(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Citizen.Exemption")]
    [InlineData("citizen.childcare-exemption")]
    public void RefusesAnUnknownCode(string? code)
    {
        var result = SubmissionKind.FromCode(code);
        Assert.Equal(("unknown_kind", "Submissions.Kind.Unknown"), (result.Error?.Code, result.Error?.MessageKey));
    }

    [Fact]
    public void ANewFormIsOneMoreValueAndEqualityIsByCode()
    {
        var childcare = new SubmissionKind("citizen.childcare-exemption", "ChildcareExemption", "CHL");
        Assert.Equal(SubmissionAudience.Citizen, childcare.Audience);
        Assert.Equal("Submissions.Kind.ChildcareExemption", childcare.MessageKey);
        Assert.Equal(SubmissionKind.Exemption, new SubmissionKind("citizen.exemption", "Other", "ZZZ"));
        Assert.NotEqual(SubmissionKind.Exemption, childcare);
    }

    [Theory]
    [InlineData("exemption", "Exemption", "EXM")]
    [InlineData("staff.exemption", "Exemption", "EXM")]
    [InlineData("citizen.Exemption", "Exemption", "EXM")]
    [InlineData("citizen.exemption", "exemption", "EXM")]
    [InlineData("citizen.exemption", "Exemption", "EX")]
    [InlineData("citizen.exemption", "Exemption", "exm")]
    public void ThrowsForAMalformedDefinition(string code, string name, string receiptCode) =>
        Assert.Throws<ArgumentException>(() => new SubmissionKind(code, name, receiptCode));
}
