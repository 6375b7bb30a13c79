using ParGraph.Server.Errors;
using ParGraph.Server.Mutations;

namespace ParGraph.Server.Tests.Mutations;

public class RowVersionTests
{
    [Fact]
    public void Require_TheSameVersion_Passes() => RowVersion.Require(3_000_000_000, unchecked((int)3_000_000_000u), "Task 1");

    [Fact]
    public void Require_AnotherVersion_IsAConflictCarryingTheCurrentVersion()
    {
        var error = Assert.Throws<ApiException>(() => RowVersion.Require(812, 811, "Task 1.2"));

        Assert.Equal((ErrorCodes.Conflict, 812, "input.expectedVersion"), (error.Code, error.Extensions!["currentVersion"], error.Extensions["field"]));
        Assert.StartsWith("Task 1.2 was changed by someone else", error.Message, StringComparison.Ordinal);
    }
}
