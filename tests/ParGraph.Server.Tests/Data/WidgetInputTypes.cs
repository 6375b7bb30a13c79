using ParGraph.Server.Filtering;
using ParGraph.Server.Sorting;

namespace ParGraph.Server.Tests.Data;

public sealed class WidgetFilterInputType : FilterInputGraphType<Widget>
{
    public WidgetFilterInputType()
    {
        Configure("WidgetFilterInput", "Conditions on widgets.");
        Filter<StringOperationFilterInputType, string>("name", w => w.Name, "The name.");
        Filter<StringOperationFilterInputType, string?>("colour", w => w.Colour, "The colour, if any.");
        Filter<IntOperationFilterInputType, int?>("size", w => w.Size, "The size, if known.");
        Filter<DateOperationFilterInputType, DateOnly>("madeOn", w => w.MadeOn, "The day it was made.");
        Nested<MakerFilterInputType, Maker>("maker", w => w.Maker!, "Who made it.");
    }
}

public sealed class MakerFilterInputType : FilterInputGraphType<Maker>
{
    public MakerFilterInputType()
    {
        Configure("MakerFilterInput", "Conditions on makers.");
        Filter<StringOperationFilterInputType, string>("name", m => m.Name, "The name.");
    }
}

public sealed class WidgetSortInputType : SortInputGraphType<Widget>
{
    public WidgetSortInputType()
    {
        Name = "WidgetSortInput";
        Sort("name", w => w.Name, "The name.");
        Sort("size", w => w.Size, "The size; unknown sizes last ascending.");
        Sort("madeOn", w => w.MadeOn, "The day it was made.");
        Nested<MakerSortInputType, Maker>("maker", w => w.Maker!, "Who made it.");
    }
}

public sealed class MakerSortInputType : SortInputGraphType<Maker>
{
    public MakerSortInputType()
    {
        Name = "MakerSortInput";
        Sort("name", m => m.Name, "The name.");
    }
}
