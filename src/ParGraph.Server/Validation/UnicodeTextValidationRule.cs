using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using ParGraph.Server.Errors;

namespace ParGraph.Server.Validation;

/// <summary>
/// Refuses, before anything runs, every string input that is not storable Unicode text: a NUL character
/// (U+0000, which PostgreSQL's text cannot hold) or a lone UTF-16 surrogate. It reads every string literal of
/// the document's arguments and variable defaults and every string in the variables, whatever its type, and
/// answers <c>VALIDATION</c> naming the input (<c>extensions.field</c>: <c>input.title</c> for a literal,
/// <c>$input.title</c> for a variable). Runs for cached documents too, since variables change per request.
/// </summary>
public sealed class UnicodeTextValidationRule : ValidationRuleBase
{
    public static UnicodeTextValidationRule Instance { get; } = new();

    private static readonly INodeVisitor Literals = new MatchingNodeVisitor<GraphQLArgument>(
        (argument, context) => Check(argument.Value, argument.Name.StringValue, context));

    private static readonly INodeVisitor Defaults = new MatchingNodeVisitor<GraphQLVariableDefinition>(
        (definition, context) =>
        {
            if (definition.DefaultValue is { } value)
                Check(value, "$" + definition.Variable.Name.StringValue, context);
        });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        foreach (var (name, value) in context.Variables)
            CheckVariable(value, "$" + name, context);
        return new(new NodeVisitors(Literals, Defaults));
    }

    private static void Check(GraphQLValue value, string path, ValidationContext context)
    {
        switch (value)
        {
            case GraphQLStringValue text when UnicodeText.FindInvalid(text.Value.Span) is { } problem:
                context.ReportError(Error(path, problem, value));
                break;
            case GraphQLListValue { Values: { } items }:
                for (var i = 0; i < items.Count; i++)
                    Check(items[i], $"{path}[{i}]", context);
                break;
            case GraphQLObjectValue { Fields: { } fields }:
                foreach (var field in fields)
                    Check(field.Value, $"{path}.{field.Name.StringValue}", context);
                break;
        }
    }

    private static void CheckVariable(object? value, string path, ValidationContext context)
    {
        switch (value)
        {
            case string text when UnicodeText.FindInvalid(text) is { } problem:
                context.ReportError(Error(path, problem, null));
                break;
            case IDictionary<string, object?> fields:
                foreach (var (name, field) in fields)
                    CheckVariable(field, $"{path}.{name}", context);
                break;
            case IEnumerable<object?> items when value is not string:
                var i = 0;
                foreach (var item in items)
                    CheckVariable(item, $"{path}[{i++}]", context);
                break;
        }
    }

    private static ValidationError Error(string path, string problem, ASTNode? node)
    {
        var message = $"The text of {path} holds {problem}; send Unicode text without it.";
        var error = node is null ? new ValidationError(message) : new ValidationError(default, null, message, node);
        error.Code = ErrorCodes.Validation;
        error.Extensions ??= new Dictionary<string, object?>();
        error.Extensions["field"] = path;
        return error;
    }
}
