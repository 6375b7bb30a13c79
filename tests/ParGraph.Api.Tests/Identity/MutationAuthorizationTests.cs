using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Errors;

namespace ParGraph.Api.Tests.Identity;

/// <summary>Every mutation declares who may call it on its field; the rules per row come after.</summary>
public sealed class MutationAuthorizationTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    [Fact]
    public void EveryMutationField_DeclaresRolesOrAPolicy()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();

        var undeclared = schema.Mutation!.Fields.Where(f => !f.IsAuthorizationRequired()).Select(f => f.Name).ToList();

        Assert.Empty(undeclared);
        Assert.True(schema.Mutation.Fields.Count() > 15);
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("ioc.viewer")]
    [InlineData("syt.viewer")]
    public async Task ReaderWhoEditsNoAgency_IsForbiddenBeforeTheTaskIsLookedUp(string username)
    {
        var client = new GraphQLClient(factory, username);

        var errors = await client.ErrorsAsync(
            """mutation { setTaskProgress(input: { taskId: "VGFzazo5OTk5OTk5", progress: 10, expectedVersion: 1 }) { task { id } } }""");

        GraphQLErrorAssert.Single(errors, ErrorCodes.Forbidden);
    }
}
