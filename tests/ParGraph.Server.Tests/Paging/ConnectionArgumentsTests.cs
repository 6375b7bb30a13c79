using ParGraph.Server.Errors;
using ParGraph.Server.Paging;

namespace ParGraph.Server.Tests.Paging;

public class ConnectionArgumentsTests
{
    private static readonly PagingOptions Options = new() { DefaultPageSize = 20, MaxPageSize = 100 };

    [Fact]
    public void PageSize_NoArguments_IsTheDefault() =>
        Assert.Equal(20, new ConnectionArguments(null, null, null, null).PageSize(Options));

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void PageSize_WithinLimits_IsFirst(int first) =>
        Assert.Equal(first, new ConnectionArguments(first, null, null, null).PageSize(Options));

    [Theory]
    [InlineData(101, null, "first")]
    [InlineData(-1, null, "first")]
    [InlineData(null, 500, "last")]
    [InlineData(5, 5, "first")]
    public void PageSize_OutOfLimits_ThrowsValidation(int? first, int? last, string field)
    {
        var error = Assert.Throws<ApiException>(() => new ConnectionArguments(first, null, last, null).PageSize(Options));
        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Equal(field, error.Extensions?["field"]);
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData(null, "c", true)]
    [InlineData(3, "c", false)]
    public void Backward_DependsOnLastOrBeforeAlone(int? first, string? before, bool expected) =>
        Assert.Equal(expected, new ConnectionArguments(first, null, null, before).Backward);
}
