using ParGraph.Server.Schema;

namespace ParGraph.Server.Tests.Schema;

public class GlobalIdTests
{
    [Theory]
    [InlineData("Task", "42")]
    [InlineData("Agency", "UBND-NHATRANG")]
    [InlineData("Plan", "a:b")]
    public void Encode_ThenDecode_ReturnsTypeAndKey(string type, string key)
    {
        var id = GlobalId.Encode(type, key);

        Assert.True(GlobalId.TryDecode(id, out var decodedType, out var decodedKey));
        Assert.Equal((type, key), (decodedType, decodedKey));
        Assert.DoesNotContain(type, id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("VGFzaw")] // "Task" without a key
    [InlineData("OjQy")] // ":42" without a type
    public void TryDecode_Malformed_ReturnsFalse(string id) =>
        Assert.False(GlobalId.TryDecode(id, out _, out _));

    [Fact]
    public void DecodeInt32_OfTheRightType_ReturnsTheKey() =>
        Assert.Equal(42, GlobalId.DecodeInt32(GlobalId.Encode("Task", 42), "Task", "input.taskId"));

    [Theory]
    [InlineData(null)]
    [InlineData("not an id")]
    [InlineData("UGxhbjo0Mg")] // Plan:42, another type
    [InlineData("VGFzazotNA")] // Task:-4
    [InlineData("VGFzazphYmM")] // Task:abc
    public void DecodeInt32_OfAnythingElse_IsAValidationErrorNamingTheField(string? id)
    {
        var error = Assert.Throws<ParGraph.Server.Errors.ApiException>(() => GlobalId.DecodeInt32(id, "Task", "input.taskId"));

        Assert.Equal(("VALIDATION", "input.taskId"), (error.Code, error.Extensions!["field"]));
    }
}
