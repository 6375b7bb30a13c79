using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace ParGraph.Server.Schema;

/// <summary>Mutations in Hot Chocolate's shape: <c>name(input: XxxInput!): XxxPayload!</c>.</summary>
public static class InputMutationExtensions
{
    public const string InputArgument = "input";

    /// <summary>Adds <c>name(input: TInputType!): TPayloadType!</c>; resolve it with <see cref="Input{TInput}"/>.</summary>
    public static FieldBuilder<object?, object> InputMutation<TInputType, TPayloadType>(
        this ObjectGraphType mutation, string name, string description, string inputDescription)
        where TInputType : IInputObjectGraphType
        where TPayloadType : IGraphType =>
        mutation.Field<NonNullGraphType<TPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>(InputArgument, inputDescription);

    /// <summary>The mutation's <c>input</c> argument.</summary>
    public static TInput Input<TInput>(this IResolveFieldContext context) => context.GetArgument<TInput>(InputArgument);
}
