using System.ComponentModel;

namespace ParGraph.Api.Kpis;

public enum Comparator
{
    [Description("More than the value (\"trên\").")]
    Gt,

    [Description("At least the value (\"tối thiểu\", \"ít nhất\", \"từ … trở lên\").")]
    Gte,

    [Description("Exactly the value.")]
    Eq,

    [Description("At most the value (\"không quá\", \"tối đa\").")]
    Lte,

    [Description("Less than the value (\"dưới\").")]
    Lt,
}
