using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace ParGraph.Api.Hosting;

/// <summary>The schema in SDL with descriptions: what <c>schema export</c> writes to <c>schema/schema.graphql</c>.</summary>
public static class SchemaExport
{
    public static string Print(ISchema schema)
    {
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
