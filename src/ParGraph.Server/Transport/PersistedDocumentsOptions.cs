using System.ComponentModel.DataAnnotations;

namespace ParGraph.Server.Transport;

/// <summary>Which clients may only run persisted documents, bound from the <c>PersistedDocuments</c> section.</summary>
public sealed class PersistedDocumentsOptions
{
    public const string SectionName = "PersistedDocuments";

    /// <summary>
    /// Client ids (the token's <see cref="ClientClaimType"/> claim) whose requests must carry a
    /// <c>documentId</c>; a request with query text from one of them is refused with <c>FORBIDDEN</c>.
    /// </summary>
    public string[] RequiredForClients { get; set; } = [];

    [Required]
    public string ClientClaimType { get; set; } = "azp";
}
