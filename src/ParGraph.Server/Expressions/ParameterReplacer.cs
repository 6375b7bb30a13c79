using System.Linq.Expressions;

namespace ParGraph.Server.Expressions;

/// <summary>
/// Puts an expression in place of a lambda's parameter — how a member selector is applied to another
/// row or path inline, so EF Core sees plain member access instead of an <c>Invoke</c>.
/// </summary>
internal sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    /// <summary>The body of <paramref name="lambda"/> with <paramref name="argument"/> for its (only) parameter.</summary>
    public static Expression Apply(LambdaExpression lambda, Expression argument) =>
        new ParameterReplacer(lambda.Parameters[0], argument).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}
