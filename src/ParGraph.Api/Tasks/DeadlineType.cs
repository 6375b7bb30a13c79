using GraphQL.Types;

namespace ParGraph.Api.Tasks;

public sealed class DeadlineType : ObjectGraphType<Deadline>
{
    public DeadlineType()
    {
        Name = "Deadline";
        Description = "A task's deadline (thời hạn / tiến độ): the text as printed and the dates read from it.";
        Field(d => d.Text, nullable: true).Description("The deadline as printed, e.g. \"Quý III/2024\".");
        Field<NonNullGraphType<DeadlineKindEnum>>("kind").Description("How the deadline was written.").Resolve(c => c.Source.Kind);
        Field(d => d.Start, nullable: true).Description("First day of the period the deadline names, when it names one.");
        Field(d => d.Due, nullable: true).Description("Last day by which the task is due; null for recurring, contingent or unreadable deadlines.");
    }
}
