using System.Text;

namespace ParGraph.Api.Hosting.Demo;

/// <summary>Rows written per table (and deleted, ensured, analysed) and the time each step and the whole took.</summary>
public sealed record DemoSummary(IReadOnlyList<DemoStep> Steps, long ElapsedMilliseconds)
{
    public override string ToString()
    {
        var text = new StringBuilder("Demo data replaced:").AppendLine();
        foreach (var step in Steps)
        {
            text.AppendLine($"  {step}");
        }

        return text.Append($"in {ElapsedMilliseconds:N0} ms.").AppendLine().ToString();
    }
}
