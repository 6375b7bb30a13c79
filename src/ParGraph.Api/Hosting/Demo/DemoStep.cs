namespace ParGraph.Api.Hosting.Demo;

/// <summary>One step of <c>seed-demo</c>: a table copied or a statement run, with its row count and duration.</summary>
public sealed record DemoStep(string Name, int Rows, long Milliseconds)
{
    public override string ToString() => $"{Rows,10:N0} rows {Milliseconds,8:N0} ms  {Name}";
}
