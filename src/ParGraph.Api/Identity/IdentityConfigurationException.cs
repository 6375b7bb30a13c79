namespace ParGraph.Api.Identity;

/// <summary>
/// The identity configuration cannot work (e.g. Production without Keycloak). Thrown while
/// registering services; <c>Program</c> prints the message and exits with code 1.
/// </summary>
public sealed class IdentityConfigurationException(string message) : InvalidOperationException(message);
