using GraphQL.Types;
using ParGraph.Server.Schema;

namespace ParGraph.Server.Filtering;

/// <summary>Hot Chocolate's <c>StringOperationFilterInput</c>; text matching ignores case and accents.</summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text. `eq`/`in` are exact; `contains`, `startsWith` and `endsWith` ignore case and Vietnamese accents (\"so hoa\" finds \"số hóa\").";
        Field<StringGraphType>("eq").Description("Equal to (exact).");
        Field<StringGraphType>("neq").Description("Not equal to (exact).");
        Field<ListGraphType<StringGraphType>>("in").Description("One of (exact).");
        Field<ListGraphType<StringGraphType>>("nin").Description("None of (exact).");
        Field<StringGraphType>("contains").Description("Contains, ignoring case and accents.");
        Field<StringGraphType>("ncontains").Description("Does not contain, ignoring case and accents.");
        Field<StringGraphType>("startsWith").Description("Starts with, ignoring case and accents.");
        Field<StringGraphType>("nstartsWith").Description("Does not start with, ignoring case and accents.");
        Field<StringGraphType>("endsWith").Description("Ends with, ignoring case and accents.");
        Field<StringGraphType>("nendsWith").Description("Does not end with, ignoring case and accents.");
    }
}

/// <summary>Comparable operations (<c>IntOperationFilterInput</c>, <c>DateOperationFilterInput</c>, …).</summary>
public abstract class ComparableOperationFilterInputType<TScalar> : InputObjectGraphType
    where TScalar : ScalarGraphType
{
    protected ComparableOperationFilterInputType(string name, string what)
    {
        Name = name;
        Description = $"Conditions on {what}.";
        Field<TScalar>("eq").Description("Equal to.");
        Field<TScalar>("neq").Description("Not equal to.");
        Field<ListGraphType<TScalar>>("in").Description("One of.");
        Field<ListGraphType<TScalar>>("nin").Description("None of.");
        foreach (var (op, text) in new[] { ("gt", "Greater than"), ("gte", "Greater than or equal to"), ("lt", "Less than"), ("lte", "Less than or equal to") })
        {
            Field<TScalar>(op).Description(text + ".");
            Field<TScalar>("n" + op).Description("Not " + char.ToLowerInvariant(text[0]) + text[1..] + ".");
        }
    }
}

public sealed class IntOperationFilterInputType() : ComparableOperationFilterInputType<IntGraphType>("IntOperationFilterInput", "a whole number");

public sealed class FloatOperationFilterInputType() : ComparableOperationFilterInputType<FloatGraphType>("FloatOperationFilterInput", "a number");

public sealed class DateOperationFilterInputType() : ComparableOperationFilterInputType<IsoDateGraphType>("DateOperationFilterInput", "a date");

public sealed class DateTimeOperationFilterInputType() : ComparableOperationFilterInputType<IsoDateTimeGraphType>("DateTimeOperationFilterInput", "an instant");

public sealed class BooleanOperationFilterInputType : InputObjectGraphType
{
    public BooleanOperationFilterInputType()
    {
        Name = "BooleanOperationFilterInput";
        Description = "Conditions on a yes/no value.";
        Field<BooleanGraphType>("eq").Description("Equal to.");
        Field<BooleanGraphType>("neq").Description("Not equal to.");
    }
}

/// <summary>Operations on an enum, named after it: <c>TaskStatusOperationFilterInput</c>.</summary>
public sealed class EnumOperationFilterInputType<TEnumType> : InputObjectGraphType
    where TEnumType : EnumerationGraphType, new()
{
    public EnumOperationFilterInputType()
    {
        var name = new TEnumType().Name;
        Name = name + "OperationFilterInput";
        Description = $"Conditions on a {name} value.";
        Field<TEnumType>("eq").Description("Equal to.");
        Field<TEnumType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<TEnumType>>>("in").Description("One of.");
        Field<ListGraphType<NonNullGraphType<TEnumType>>>("nin").Description("None of.");
    }
}
