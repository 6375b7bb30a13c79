using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Server.Errors;

namespace ParGraph.Server.Tests.TestHost;

/// <summary>A tiny schema exercising every transport rule: no domain, nothing shared between tests.</summary>
public sealed class TestSchema : GraphQL.Types.Schema
{
    public const string AgencyName = "Sở Nội vụ";

    public TestSchema(IServiceProvider services) : base(services)
    {
        Query = new TestQuery();
        Mutation = new TestMutation();
        Subscription = new TestSubscription();
    }
}

public sealed class TestQuery : ObjectGraphType
{
    public TestQuery()
    {
        Name = "Query";
        Field<NonNullGraphType<StringGraphType>>("hello")
            .Argument<StringGraphType>("name")
            .Resolve(ctx => $"Hello, {ctx.GetArgument<string?>("name") ?? "world"}!");
        Field<NonNullGraphType<StringGraphType>>("agencyName").Resolve(_ => TestSchema.AgencyName);
        Field<StringGraphType>("notFound").Resolve(_ => throw ApiException.NotFound("Agency XYZ does not exist."));
        Field<StringGraphType>("invalid")
            .Resolve(_ => throw ApiException.Validation("Progress must be between 0 and 100.", "progress"));
        Field<StringGraphType>("boom").Resolve(_ => throw new InvalidOperationException("secret connection string"));
        Field<StringGraphType>("slow")
            .Argument<NonNullGraphType<IntGraphType>>("ms")
            .ResolveAsync(async ctx =>
            {
                await Task.Delay(ctx.GetArgument<int>("ms"), ctx.CancellationToken);
                return "done";
            });
        Field<NonNullGraphType<StringGraphType>>("scopeId")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ScopeProbe>().Id.ToString());
        Field<StringGraphType>("me").Resolve(ctx => ctx.User?.Identity?.Name);
        Field<NestedType>("nested").Resolve(_ => 0);
    }
}

public sealed class NestedType : ObjectGraphType<int>
{
    public NestedType()
    {
        Name = "Nested";
        Field<NonNullGraphType<IntGraphType>>("level").Resolve(ctx => ctx.Source);
        Field<NestedType>("child").Resolve(ctx => ctx.Source + 1);
    }
}

public sealed class TestMutation : ObjectGraphType
{
    public TestMutation()
    {
        Name = "Mutation";
        Field<NonNullGraphType<StringGraphType>>("echo")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Resolve(ctx => ctx.GetArgument<string>("text"));
    }
}

/// <summary>A scoped service: equal ids mean the same DI scope.</summary>
public sealed class ScopeProbe
{
    public Guid Id { get; } = Guid.NewGuid();
}
