using GraphQL.Types;

namespace ParGraph.Api.Agencies;

/// <summary>Creates the agency with <see cref="Code"/>, or replaces its details.</summary>
public sealed record UpsertAgencyInput
{
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public string? ShortName { get; init; }

    public AgencyKind Kind { get; init; }

    public List<string>? Aliases { get; init; }

    public string? ParentCode { get; init; }

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }
}

public sealed class UpsertAgencyInputType : InputObjectGraphType<UpsertAgencyInput>
{
    public UpsertAgencyInputType()
    {
        Name = "UpsertAgencyInput";
        Description = "An agency to create, or the new details of the agency with this code.";
        Field(x => x.Code).Description("Code: upper-case ASCII letters and digits, parts joined by '-', e.g. `SNV`, `UBND-NHATRANG`.");
        Field(x => x.Name).Description("Official Vietnamese name.");
        Field(x => x.ShortName, nullable: true).Description("Short name as the documents use it.");
        Field<NonNullGraphType<AgencyKindEnum>>("kind").Description("What kind of body it is.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("aliases").Description("Other spellings used in documents; replaces the current list when given.");
        Field(x => x.ParentCode, nullable: true).Description("Code of the agency this one belongs to.");
        Field(x => x.ValidFrom, nullable: true).Description("First day the agency exists.");
        Field(x => x.ValidTo, nullable: true).Description("Last day the agency exists.");
    }
}
