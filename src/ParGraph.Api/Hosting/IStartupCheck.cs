namespace ParGraph.Api.Hosting;

/// <summary>
/// A reason the server must not start (the verbs still run), said in one message without a stack
/// trace: e.g. missing PostgreSQL binaries, or Production without Keycloak.
/// </summary>
public interface IStartupCheck
{
    /// <summary>Null when all is well; otherwise what is wrong and how to fix it.</summary>
    string? FindProblem();
}
