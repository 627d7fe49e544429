using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Domain.Submissions;

namespace Portal.Tests.Submissions;

public sealed class CanonicalJson_Canonicalize
{
    [Fact]
    public void SortsKeysOrdinallyAtEveryLevelAndDropsWhiteSpace()
    {
        const string json = """
            {
              "b": { "z": 1, "a": [ { "y": true, "x": null } ] },
              "a": "text",
              "B": 2,
              "_": 0
            }
            """;
        Assert.Equal("""{"B":2,"_":0,"a":"text","b":{"a":[{"x":null,"y":true}],"z":1}}""", CanonicalJson.Canonicalize(json));
    }

    [Fact]
    public void TheSameContentInAnotherKeyOrderHashesTheSame()
    {
        const string one = """{"person":{"family":"山田","given":"太郎"},"period":{"from":"2026-07","to":"2027-06"},"type":"full"}""";
        const string two = """{ "type" : "full", "period" : { "to" : "2027-06", "from" : "2026-07" }, "person" : { "given" : "\u592a\u90ce", "family" : "山田" } }""";
        Assert.Equal(CanonicalJson.Canonicalize(one), CanonicalJson.Canonicalize(two));
        Assert.Equal(CanonicalJson.Hash(one), CanonicalJson.Hash(two));
        Assert.Matches("^[0-9a-f]{64}$", CanonicalJson.Hash(one));
    }

    [Theory]
    [InlineData("""{"type":"half","period":{"from":"2026-07","to":"2027-06"},"income":0}""")]   // a string value
    [InlineData("""{"type":"full","period":{"from":"2026-08","to":"2027-06"},"income":0}""")]   // a nested value
    [InlineData("""{"type":"full","period":{"from":"2026-07","to":"2027-06"},"income":1}""")]   // a number
    [InlineData("""{"type":"full","period":{"from":"2026-07","to":"2027-06"},"income":"0"}""")] // a type
    [InlineData("""{"type":"full","period":{"from":"2026-07","to":"2027-06"},"Income":0}""")]   // a key's case
    [InlineData("""{"type":"full","period":{"from":"2026-07","to":"2027-06"}}""")]              // a member removed
    [InlineData("""{"type":"full ","period":{"from":"2026-07","to":"2027-06"},"income":0}""")]  // white space inside a string
    public void AnyChangeOfAValueChangesTheHash(string changed)
    {
        const string original = """{"type":"full","period":{"from":"2026-07","to":"2027-06"},"income":0}""";
        Assert.NotEqual(CanonicalJson.Hash(original), CanonicalJson.Hash(changed));
    }

    [Fact]
    public void KeepsArrayOrder() =>
        Assert.NotEqual(CanonicalJson.Hash("[1,2]"), CanonicalJson.Hash("[2,1]"));

    [Fact]
    public void WritesStringsOneWayInPureAscii()
    {
        var canonical = CanonicalJson.Canonicalize("""{"name":"髙橋 𠮷","tag":"<b>&'\"","escaped":"\u9ad9\/"}""");
        Assert.Equal("""{"escaped":"\u9AD9/","name":"\u9AD9\u6A4B \uD842\uDFB7","tag":"\u003Cb\u003E\u0026\u0027\u0022"}""", canonical);
        Assert.True(canonical.All(char.IsAscii));
    }

    [Fact]
    public void ANodeBuiltInCodeCanonicalisesLikeItsText()
    {
        var node = new JsonObject
        {
            ["to"] = JsonValue.Create(new DateOnly(2027, 6, 30)),
            ["at"] = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(9)),
            ["amount"] = 16980,
        };
        Assert.Equal("""{"amount":16980,"at":"2026-11-22T10:00:00\u002B09:00","to":"2027-06-30"}""", CanonicalJson.Canonicalize(node));
        Assert.Equal(CanonicalJson.Hash(node), CanonicalJson.Hash("""{"to":"2027-06-30","at":"2026-11-22T10:00:00+09:00","amount":16980}"""));
        Assert.Equal("null", CanonicalJson.Canonicalize((JsonNode?)null));
    }

    [Fact]
    public void IsStableWhenAppliedTwice()
    {
        var once = CanonicalJson.Canonicalize(SubmissionFixtures.Payload);
        Assert.Equal(once, CanonicalJson.Canonicalize(once));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{'a':1}")]
    [InlineData("""{"a":1,}""")]
    [InlineData("""{"a":1,"a":1}""")]
    [InlineData("""{"x":{"a":1,"a":2}}""")]
    [InlineData("""{"a":"\uD800"}""")]
    public void RefusesTextThatIsNotOneJsonValue(string json)
    {
        Assert.ThrowsAny<JsonException>(() => CanonicalJson.Canonicalize(json));
        Assert.False(CanonicalJson.TryCanonicalize(json, out _));
    }
}
