using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Hosting;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Hosting;

/// <summary><c>schema/schema.graphql</c> is the published contract: the running schema must equal it.</summary>
public class SchemaContractTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private static readonly string ContractPath =
        Path.Combine(ParGraphHome.FindRepositoryRoot(AppContext.BaseDirectory), "schema", "schema.graphql");

    private string PrintedSchema => SchemaExport.Print(factory.Services.GetRequiredService<ISchema>());

    [Fact]
    public async Task Schema_AsPrinted_EqualsPublishedContract()
    {
        var printed = PrintedSchema;
        var published = File.Exists(ContractPath) ? await File.ReadAllTextAsync(ContractPath) : "";
        if (printed == published)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("CI") != "true")
        {
            await File.WriteAllTextAsync(ContractPath, printed);
        }

        Assert.Fail(
            "The GraphQL schema differs from schema/schema.graphql. " +
            (Environment.GetEnvironmentVariable("CI") == "true"
                ? "Refresh it with `dotnet run --project src/ParGraph.Api -- schema export schema/schema.graphql` (or run the tests locally) and commit it."
                : "The file has been refreshed: review the change, commit it, and run the tests again."));
    }

    [Fact]
    public void Schema_EveryMutation_IsVerbNounWithOneInputAndItsOwnPayload()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();

        var outliers = schema.Mutation!.Fields
            .Select(f => (f.Name, Pascal: char.ToUpperInvariant(f.Name[0]) + f.Name[1..], Arguments: f.Arguments?.ToList() ?? [], Type: f.ResolvedType))
            .Where(f => f.Arguments.Count != 1 || f.Arguments[0].Name != "input"
                || f.Arguments[0].ResolvedType?.ToString() != f.Pascal + "Input!"
                || f.Type?.ToString() != f.Pascal + "Payload!")
            .Select(f => $"{f.Name}({string.Join(", ", f.Arguments.Select(a => $"{a.Name}: {a.ResolvedType}"))}): {f.Type}")
            .ToList();

        Assert.Empty(outliers);
    }

    [Fact]
    public void Schema_EveryTypeFieldArgumentAndEnumValue_HasDescription()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        var missing = new List<string>();
        string[] specified = ["String", "Boolean", "ID", "Int", "Float"];
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !specified.Contains(t.Name)))
        {
            Check(type.Name, type.Description);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    Check($"{type.Name}.{field.Name}", field.Description);
                    foreach (var argument in field.Arguments ?? [])
                    {
                        Check($"{type.Name}.{field.Name}({argument.Name})", argument.Description);
                    }
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values)
                {
                    Check($"{type.Name}.{value.Name}", value.Description);
                }
            }
        }

        Assert.True(missing.Count == 0, "Without a description: " + string.Join(", ", missing));

        void Check(string what, string? description)
        {
            if (string.IsNullOrWhiteSpace(description))
            {
                missing.Add(what);
            }
        }
    }
}
