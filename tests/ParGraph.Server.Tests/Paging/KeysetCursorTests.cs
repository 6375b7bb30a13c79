using ParGraph.Server.Errors;
using ParGraph.Server.Paging;

namespace ParGraph.Server.Tests.Paging;

public class KeysetCursorTests
{
    private sealed record Row(int Id, string Name, DateOnly? Due);

    private static readonly IReadOnlyList<SortKey> Order =
    [
        SortKey.Ascending((Row r) => r.Due),
        SortKey.Descend((Row r) => r.Name),
        SortKey.Ascending((Row r) => r.Id),
    ];

    [Fact]
    public void Encode_ThenDecode_ReturnsEveryKeyValue()
    {
        var cursor = KeysetCursor.Encode([new DateOnly(2024, 3, 31), "Sở Nội vụ", 7]);

        var values = KeysetCursor.Decode(Order, cursor, "after");

        Assert.Equal<object?>([new DateOnly(2024, 3, 31), "Sở Nội vụ", 7], values);
    }

    [Fact]
    public void Encode_NullKey_RoundTripsNull()
    {
        var cursor = KeysetCursor.Encode([null, "x", 1]);
        Assert.Null(KeysetCursor.Decode(Order, cursor, "after")[0]);
    }

    [Theory]
    [InlineData("%%%")]
    [InlineData("WzFd")] // [1]: wrong number of keys
    [InlineData("eyJhIjoxfQ")] // an object, not an array
    [InlineData("WyJ4IiwieCIsIngiXQ")] // ["x","x","x"]: a string where a date is expected
    public void Decode_Invalid_ThrowsValidationNamingTheArgument(string cursor)
    {
        var error = Assert.Throws<ApiException>(() => KeysetCursor.Decode(Order, cursor, "before"));
        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Contains("before", error.Message, StringComparison.Ordinal);
    }
}
