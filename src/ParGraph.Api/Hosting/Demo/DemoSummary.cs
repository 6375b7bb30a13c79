using System.Text;

namespace ParGraph.Api.Hosting.Demo;

/// <summary>Rows written per table and the time it took.</summary>
public sealed record DemoSummary(IReadOnlyDictionary<string, int> Rows, long ElapsedMilliseconds)
{
    public override string ToString()
    {
        var text = new StringBuilder("Demo data replaced:").AppendLine();
        foreach (var (table, count) in Rows)
        {
            text.AppendLine($"  {count,10:N0}  {table}");
        }

        return text.Append($"in {ElapsedMilliseconds:N0} ms.").AppendLine().ToString();
    }
}
