using GraphQL.Types;

namespace ParGraph.Server.Paging;

public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where this page sits in the whole list, and the cursors to page on with.";
        Field(x => x.HasNextPage).Description("True when more items follow this page (page on with `after: endCursor`).");
        Field(x => x.HasPreviousPage).Description("True when items precede this page (page back with `before: startCursor`).");
        Field(x => x.StartCursor, nullable: true).Description("Cursor of the first item of this page.");
        Field(x => x.EndCursor, nullable: true).Description("Cursor of the last item of this page.");
    }
}
