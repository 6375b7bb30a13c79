using System.Text.Json.Nodes;

namespace ParGraph.Api.Tests.Infrastructure;

public static class GraphQLErrorAssert
{
    /// <summary>Asserts a single error with <c>extensions.code</c> and, when given, <c>extensions.field</c>.</summary>
    public static JsonNode Single(JsonArray errors, string code, string? field = null)
    {
        var error = Assert.Single(errors)!;
        Assert.Equal(code, (string?)error["extensions"]?["code"]);
        if (field is not null)
        {
            Assert.Equal(field, (string?)error["extensions"]?["field"]);
        }

        return error;
    }
}
