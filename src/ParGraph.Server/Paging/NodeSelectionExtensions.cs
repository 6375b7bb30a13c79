using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;

namespace ParGraph.Server.Paging;

public static class NodeSelectionExtensions
{
    /// <summary>
    /// Whether the connection field being resolved selects <paramref name="field"/> on its nodes
    /// (<c>nodes { field }</c> or <c>edges { node { field } }</c>, fragments included) — e.g. to read a
    /// related row in the page's own statement instead of one more.
    /// </summary>
    public static bool SelectsNodeField(this IResolveFieldContext context, string field)
    {
        var connection = context.FieldAst.SelectionSet;
        return Fields(context, connection, "nodes").Any(nodes => Fields(context, nodes.SelectionSet, field).Any())
            || Fields(context, connection, "edges")
                .SelectMany(edges => Fields(context, edges.SelectionSet, "node"))
                .Any(node => Fields(context, node.SelectionSet, field).Any());
    }

    private static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet? selectionSet, string name)
    {
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            var nested = selection switch
            {
                GraphQLField f when f.Name.Value == name => [f],
                GraphQLInlineFragment inline => Fields(context, inline.SelectionSet, name),
                GraphQLFragmentSpread spread when context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment =>
                    Fields(context, fragment.SelectionSet, name),
                _ => [],
            };
            foreach (var field in nested)
            {
                yield return field;
            }
        }
    }
}
