using GraphQL.Types;

namespace ParGraph.Api.Agencies;

/// <summary>Dissolves the agencies <see cref="From"/> into <see cref="Into"/> from the day <see cref="On"/>.</summary>
public sealed record MergeAgenciesInput
{
    public List<string> From { get; init; } = [];

    public string Into { get; init; } = "";

    public DateOnly On { get; init; }
}

public sealed class MergeAgenciesInputType : InputObjectGraphType<MergeAgenciesInput>
{
    public MergeAgenciesInputType()
    {
        Name = "MergeAgenciesInput";
        Description = "A merger: the agencies `from` are dissolved and `into` takes over their open tasks from the day `on`.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("from")
            .Description("Codes of the agencies that are dissolved (at least one; none of them a group or already dissolved).");
        Field(x => x.Into).Description("Code of the successor agency, which must exist on `on` and must not be a group.");
        Field(x => x.On).Description("The first day the successor acts for them; the dissolved agencies' `validTo` becomes the day before.");
    }
}
