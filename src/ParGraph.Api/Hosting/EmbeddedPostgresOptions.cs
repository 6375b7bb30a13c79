namespace ParGraph.Api.Hosting;

/// <summary>Where and how the embedded PostgreSQL runs.</summary>
public sealed class EmbeddedPostgresOptions
{
    /// <summary>The ParGraph home: the cluster goes to <c>pg/</c>, its password to <c>pg-password</c>.</summary>
    public required string Home { get; set; }

    /// <summary>Folder with initdb and pg_ctl; found automatically when null.</summary>
    public string? BinDirectory { get; set; }

    /// <summary>The application database, created when missing.</summary>
    public string Database { get; set; } = "pargraph";

    /// <summary>Trade durability for speed (no fsync): for test runs, never for real data.</summary>
    public bool Ephemeral { get; set; }

    /// <summary>Extra server settings passed as <c>-c name=value</c>.</summary>
    public Dictionary<string, string> Settings { get; set; } = [];

    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
